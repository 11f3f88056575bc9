package org.parley.events.internal;

/**
 * A request verb that asks a question demands nothing: no REQUEST event. One of the seams of
 * {@link SentenceCoder}.
 */
final class QuestionRule {
    private QuestionRule() {}

    /**
     * "asked whether the talks would resume", "asked if Russia would attend", "asked why": a REQUEST verb
     * whose complement is an interrogative clause (introduced by an `interrogative` cue of cues.tsv or a wh-word) asks a question;
     * it demands nothing. The second largest class of false REQUEST events in the judged PolNeAR sample.
     */
    static boolean asksAQuestion(SentenceView g, Candidate c, Lexicon lexicon) {
        if (c.type != org.parley.events.EventType.REQUEST) return false;
        int v = c.match.head();
        // "asked about the deal", "the moderator asked Trump": an inquire verb with nothing to be done
        // ("asked Russia to withdraw", "asked for aid", "asked that troops leave") is a question
        if (c.match.tokens().size() == 1 && lexicon.cue(g, "inquire", v) && !g.hasChild(v, "xcomp")
                && !g.hasChild(v, "obl:for") && !g.hasChild(v, "ccomp")) {
            return true;
        }
        for (int k : g.childrenRel(v, "ccomp")) {
            for (int m : g.childrenRel(k, "mark")) if (lexicon.cue(g, "interrogative", m)) return true;
            int first = k;
            for (int i = 0; i < k; i++) if (dominated(g, i, k)) { first = i; break; }
            String pos = g.token(first).pos();
            if (pos.startsWith("W")) return true;
        }
        return false;
    }

    private static boolean dominated(SentenceView g, int i, int top) {
        for (int cur = i, hops = 0; cur >= 0 && hops < 20; hops++) {
            if (cur == top) return true;
            org.parley.annotate.Dependency d = g.head(cur);
            if (d == null) return false;
            cur = d.governor();
        }
        return false;
    }
}
