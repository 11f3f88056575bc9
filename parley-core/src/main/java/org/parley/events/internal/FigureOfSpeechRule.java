package org.parley.events.internal;

import java.util.List;
import java.util.Set;
import org.parley.model.Event;

/**
 * Force and coercion verbs are the words of contests too: candidates "beat" or "battle" each other in a
 * primary, a team "crushed" another, a campaign "attacks" a rival's plan. An ASSAULT or COERCE event whose
 * sentence speaks of a contest (figures.tsv: elections and sport, by category), names no means of force
 * (no mode) and has no military, terrorist, criminal or CBRN context is such a figure of speech, not an
 * event. One of the seams of {@link SentenceCoder}; judged precision on PolNeAR news showed this as the
 * largest class of false ASSAULT events.
 */
final class FigureOfSpeechRule {
    private final Lexicon lexicon;

    FigureOfSpeechRule(Lexicon lexicon) { this.lexicon = lexicon; }

    /** True when {@code e}, built from sentence graph {@code g}, is a figure of speech. */
    boolean figurative(Graph g, Event e) {
        if (e.mode() != null) return false;
        String lemmas = words(g, true), lower = words(g, false);
        for (Lexicon.Keywords f : lexicon.figures()) {
            if (!f.type().equals(e.type())) continue;
            if (licensed(e.contexts(), f.label())) continue;
            for (String w : f.words()) {
                String probe = " " + w + " ";
                if (lemmas.contains(probe) || lower.contains(probe)) return true;
            }
        }
        return false;
    }

    /**
     * "asked whether the talks would resume", "asked if Russia would attend", "asked why": a REQUEST verb
     * whose complement is an interrogative clause (introduced by whether, if or a wh-word) asks a question;
     * it demands nothing. The second largest class of false REQUEST events in the judged PolNeAR sample.
     */
    static boolean asksAQuestion(Graph g, Candidate c, Lexicon lexicon) {
        if (c.type != org.parley.events.EventType.REQUEST) return false;
        int v = c.match.head();
        // "asked about the deal", "the moderator asked Trump": an inquire verb with nothing to be done
        // ("asked Russia to withdraw", "asked for aid", "asked that troops leave") is a question
        if (c.match.tokens().size() == 1 && lexicon.cue(g, "inquire", v) && !g.hasChild(v, "xcomp")
                && !g.hasChild(v, "obl:for") && !g.hasChild(v, "ccomp")) {
            return true;
        }
        for (int k : g.childrenRel(v, "ccomp")) {
            for (int m : g.childrenRel(k, "mark")) {
                String w = g.lower(m);
                if (w.equals("whether") || w.equals("if")) return true;
            }
            int first = k;
            for (int i = 0; i < k; i++) if (dominated(g, i, k)) { first = i; break; }
            String pos = g.token(first).pos();
            if (pos.startsWith("W")) return true;
        }
        return false;
    }

    private static boolean dominated(Graph g, int i, int top) {
        for (int cur = i, hops = 0; cur >= 0 && hops < 20; hops++) {
            if (cur == top) return true;
            org.parley.annotate.Dependency d = g.head(cur);
            if (d == null) return false;
            cur = d.governor();
        }
        return false;
    }

    private static boolean licensed(List<String> contexts, String licensing) {
        Set<String> ok = Lexicon.alts(licensing);
        for (String c : contexts) if (ok.contains(c)) return true;
        return false;
    }

    private static String words(Graph g, boolean lemma) {
        StringBuilder b = new StringBuilder(" ");
        for (int i = 0; i < g.size(); i++) b.append(lemma ? g.lemma(i) : g.lower(i)).append(' ');
        return b.toString();
    }
}
