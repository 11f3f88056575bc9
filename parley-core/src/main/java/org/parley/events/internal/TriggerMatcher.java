package org.parley.events.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.annotate.Dependency;

/**
 * Finds the trigger patterns of a sentence. Each token is tried as the head of every pattern listing its
 * lemma or form; the other words must follow (or precede, for words before the head) within
 * {@link #WINDOW} tokens. Overlapping matches are resolved greedily: more words first, then higher
 * reliability, so "imposed sanctions" is one SANCTION rather than a SANCTION plus a bare "sanctions".
 */
public final class TriggerMatcher {
    static final int WINDOW = 5;

    /** A pattern matched at {@code head}, using tokens {@code tokens} (ascending). */
    public record Match(Pattern pattern, int head, List<Integer> tokens) {
        public int first() { return tokens.get(0); }
        public int last() { return tokens.get(tokens.size() - 1); }
    }

    private final Lexicon lexicon;

    public TriggerMatcher(Lexicon lexicon) { this.lexicon = lexicon; }

    public List<Match> match(SentenceView g) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            String lemma = g.lemma(i), lower = g.lower(i);
            List<Pattern> cands = new ArrayList<>(lexicon.patternsForHead(lemma));
            if (!lower.equals(lemma)) for (Pattern p : lexicon.patternsForHead(lower)) if (!cands.contains(p)) cands.add(p);
            for (Pattern p : cands) {
                if (!posOk(g, i, p.pos())) continue;
                List<Integer> toks = align(g, i, p);
                if (toks == null || excluded(g, i, p, toks)) continue;
                all.add(new Match(p, i, toks));
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> -m.pattern().size())
                .thenComparingDouble(m -> -m.pattern().reliability()));
        List<Match> chosen = new ArrayList<>();
        boolean[] used = new boolean[g.size()];
        for (Match m : all) {
            boolean free = true;
            for (int t : m.tokens()) if (used[t]) { free = false; break; }
            if (!free) continue;
            chosen.add(m);
            for (int t : m.tokens()) used[t] = true;
        }
        chosen.sort(Comparator.comparingInt(Match::head));
        return chosen;
    }

    private static boolean posOk(SentenceView g, int i, char pos) {
        String tag = g.token(i).pos();
        String ner = g.token(i).ner();
        // Names are not triggers: "Summit Avenue", "Strike Force One", the month "March".
        boolean named = !"O".equals(ner) && !"TITLE".equals(ner) && !"CAUSE_OF_DEATH".equals(ner)
                && !"CRIMINAL_CHARGE".equals(ner) && !"MISC".equals(ner);
        return switch (pos) {
            case 'V' -> tag.startsWith("VB");
            case 'N' -> (tag.equals("NN") || tag.equals("NNS") || (tag.startsWith("NNP") && i == 0) || tag.startsWith("JJ")
                    && g.lower(i).matches("talks|summit")) && !named;
            default -> !named || tag.startsWith("VB");
        };
    }

    private static boolean hits(SentenceView g, int t, Set<String> alts) {
        return alts.contains(g.lemma(t)) || alts.contains(g.lower(t));
    }

    /** Token positions of the pattern's words around head {@code i}, or null. */
    private List<Integer> align(SentenceView g, int i, Pattern p) {
        List<Integer> toks = new ArrayList<>();
        toks.add(i);
        int prev = i;
        for (int w = p.head() + 1; w < p.size(); w++) {
            int found = -1;
            for (int t = prev + 1; t <= Math.min(g.size() - 1, prev + WINDOW); t++) {
                if (hits(g, t, p.words().get(w)) && (t == prev + 1 || !g.token(t).pos().matches("IN|RP|TO") || belongsTo(g, t, i))
                        && !nestedInAnotherNoun(g, t, toks)) { found = t; break; }
                if (g.token(t).pos().equals(".") || g.token(t).pos().equals(":")) break;
            }
            // a frame's noun out of the window: the head's own object ("supplied Damascus with S-300 air
            // defence systems", "handed over to U.S. authorities a senior suspect", "information was passed")
            if (found < 0 && w == p.size() - 1 && p.pos() != 'A') found = argumentNoun(g, i, p.pos(), p.words().get(w), toks);
            if (found < 0) return null;
            toks.add(found);
            prev = found;
        }
        java.util.Collections.sort(toks);
        prev = i;
        for (int w = p.head() - 1; w >= 0; w--) {
            int found = -1;
            for (int t = prev - 1; t >= Math.max(0, prev - WINDOW); t--) {
                if (hits(g, t, p.words().get(w))) { found = t; break; }
            }
            if (found < 0) return null;
            toks.add(0, found);
            prev = found;
        }
        return toks;
    }

    /**
     * Relations by which a verb's argument is the thing its frame names: its object, "with" phrase, passive
     * subject, "under" phrase ("placed the leader under house arrest"), "for" phrase ("gathered in the capital
     * for talks", "turned to the bloc for help") and secondary predicate ("held the group responsible").
     */
    private static final List<String> FRAME_ARGS = List.of("obj", "obl:with", "nsubj:pass", "obl:under", "obl:for", "xcomp");

    /** Relations by which an event noun's argument is the thing it names: "the delivery of rice", "a gift of loans". */
    private static final List<String> NOUN_FRAME_ARGS = List.of("nmod:of");

    /**
     * The last word of a frame found by syntax rather than by distance: a noun the head verb takes as its
     * object, "with", "under" or "for" phrase ("provided Kiev with equipment") or passive subject ("information
     * was passed to"), an adjective or noun it takes as a secondary predicate ("held the front responsible"),
     * or the "of" phrase of a head noun ("the delivery of 40,000 tonnes of rice"); one of their conjuncts; or,
     * through a noun of quantity, unit, money or batch, or any noun counted by a number, its "of" or "in" phrase
     * ("sent a planeload of medical supplies", "suspended 300 million dollars in military aid", "a gift of one
     * billion dollars in loans"), also when the parser hangs that "in" phrase on the verb beside the amount
     * ("froze two billion dollars in military aid"): an amount names what is counted, not a thing of its own.
     * Returns -1 when none is among {@code alts}.
     */
    private int argumentNoun(SentenceView g, int head, char pos, Set<String> alts, List<Integer> matched) {
        List<Integer> args = new ArrayList<>();
        Set<Integer> predicates = new java.util.HashSet<>();
        for (Dependency d : g.children(head)) {
            String r = d.relation();
            if (pos == 'V' ? FRAME_ARGS.contains(r) || SentenceView.matches(r, "obj") : NOUN_FRAME_ARGS.contains(r)) args.add(d.dependent());
            if (pos == 'V' && r.equals("xcomp")) predicates.add(d.dependent());
        }
        for (int k = 0; k < args.size() && k < 12; k++) {
            int a = args.get(k);
            boolean adjectivePredicate = predicates.contains(a) && g.token(a).pos().startsWith("JJ");
            if ((!g.isNoun(a) && !adjectivePredicate) || matched.contains(a)) continue;
            if (hits(g, a, alts)) return a;
            if (adjectivePredicate) continue;
            for (int c : g.conjuncts(a)) if (!args.contains(c)) args.add(c);
            if (amount(g, a)) {
                for (Dependency d : g.children(a)) {
                    if ((d.relation().equals("nmod:of") || d.relation().equals("nmod:in")) && !args.contains(d.dependent())) args.add(d.dependent());
                }
                if (pos == 'V' && g.head(a) != null && g.head(a).governor() == head && SentenceView.matches(g.head(a).relation(), "obj")) {
                    for (int in : g.childrenRel(head, "obl:in")) if (!args.contains(in)) args.add(in);
                }
            }
        }
        return -1;
    }

    /** A noun that counts or measures what its "of"/"in" phrase names: a unit, measure, batch or money word, or a noun with a number. */
    private boolean amount(SentenceView g, int a) {
        return lexicon.cue(g, "unit", a) || lexicon.cue(g, "measure", a) || lexicon.cue(g, "batch", a) || lexicon.cue(g, "money", a)
                || g.hasChild(a, "nummod");
    }

    /**
     * A later word that hangs, through a preposition, from a noun outside the match belongs to that noun's
     * phrase, not to the trigger: "launched an investigation into the attack" is no "launch ... attack", "held
     * a vigil for the talks" no "hold ... talks". Walks up from {@code t} until a matched token; the first
     * step that leaves an unmatched common noun (other than a noun of quantity or a unit, cue classes {@code measure} and {@code unit})
     * by a prepositional relation rejects the word.
     */
    private boolean nestedInAnotherNoun(SentenceView g, int t, List<Integer> matched) {
        int cur = t;
        for (int step = 0; step < 4; step++) {
            Dependency d = g.head(cur);
            if (d == null) return false;
            int gov = d.governor();
            if (matched.contains(gov)) return false;
            String rel = d.relation();
            // a noun of quantity holds its "of" phrase's thing: "handed over 700 kg of medicine"
            if (g.token(gov).pos().startsWith("NN") && !g.token(gov).pos().startsWith("NNP") && !lexicon.cue(g, "measure", gov) && !lexicon.cue(g, "unit", gov)
                    && (SentenceView.matches(rel, "nmod") || SentenceView.matches(rel, "acl"))) return true;
            cur = gov;
        }
        return false;
    }

    /**
     * A preposition or particle away from the head must still be the head's: its particle, or the case
     * marker of one of its own arguments ("called Thursday on Arabs", not "called the attack on X").
     */
    private static boolean belongsTo(SentenceView g, int t, int head) {
        Dependency d = g.head(t);
        if (d == null) return false;
        if (d.governor() == head) return true;
        Dependency up = g.head(d.governor());
        return up != null && up.governor() == head;
    }

    /**
     * The exclude word for "an object that names a thing": {@code release|free} with it fires on "released
     * three hostages" but not on "released its report", whatever the thing is.
     */
    static final String NON_AGENT = "@thing";

    /** The exclude word for "an object that is something said or thought": "offered an opinion" is no offer to act. */
    static final String IDEA = "@idea";

    /** The exclude word for "the head takes a clause complement". */
    static final String CLAUSE = "@clause";

    /** The head's direct object is a common noun for a thing: not a person or body (knowledge/agent-nouns.tsv), not a name. */
    private boolean thingObject(SentenceView g, int i) {
        return commonNounObject(g, i, o -> !lexicon.agentNoun(g.lemma(o)));
    }

    /** The head's direct object is a common noun of something said or thought (idea-nouns.tsv). */
    private boolean ideaObject(SentenceView g, int i) {
        return commonNounObject(g, i, o -> lexicon.ideaNoun(g.lemma(o)));
    }

    private static boolean commonNounObject(SentenceView g, int i, java.util.function.IntPredicate test) {
        for (int o : g.childrenRel(i, "obj")) {
            String pos = g.token(o).pos();
            if (!pos.equals("NN") && !pos.equals("NNS")) return false;
            if (!"O".equals(g.token(o).ner())) return false;
            return test.test(o);
        }
        return false;
    }

    /** Whether token t is a cue of a class the pattern excludes ('@comment': "declined to discuss"). */
    private boolean inExcludedClass(SentenceView g, Pattern p, int t) {
        for (String x : p.exclude()) {
            if (x.length() > 1 && x.charAt(0) == '@' && !x.equals(NON_AGENT) && !x.equals(IDEA) && !x.equals(CLAUSE) && lexicon.cue(g, x.substring(1), t)) return true;
        }
        return false;
    }

    /** True when the head's object, particle or complement is one of the pattern's excluded lemmas. */
    private boolean excluded(SentenceView g, int i, Pattern p, List<Integer> toks) {
        if (p.exclude().isEmpty()) return false;
        if (p.exclude().contains(NON_AGENT) && thingObject(g, i)) return true;
        if (p.exclude().contains(IDEA) && ideaObject(g, i)) return true;
        // '@clause': the head takes a clause of what is to be done ("ordered troops to withdraw"): that clause
        // is the event, not the head's frame ("ordered troops to the border")
        if (p.exclude().contains(CLAUSE) && (g.hasChild(i, "xcomp") || g.hasChild(i, "ccomp"))) return true;
        for (int t : toks) {
            // the later words' own modifiers too: "held a press conference" is no meeting
            if (t == i) continue;
            for (Dependency d : g.children(t)) {
                if (SentenceView.matches(d.relation(), "compound") && p.exclude().contains(g.lemma(d.dependent()))) return true;
            }
        }
        for (Dependency d : g.children(i)) {
            String r = d.relation();
            if (SentenceView.matches(r, "obj") || SentenceView.matches(r, "obl") || SentenceView.matches(r, "nmod") || SentenceView.matches(r, "xcomp")
                    || SentenceView.matches(r, "compound") || SentenceView.matches(r, "nsubj:pass") || SentenceView.matches(r, "advmod")
                    || r.equals("amod") || r.equals("nummod")) {
                if (p.exclude().contains(g.lemma(d.dependent())) || p.exclude().contains(g.lower(d.dependent()))) return true;
                if (inExcludedClass(g, p, d.dependent())) return true;
                if (!SentenceView.prep(r).isEmpty() && p.exclude().contains(SentenceView.prep(r))) return true;
            }
        }
        int next = toks.get(toks.size() - 1) + 1;
        if (next < g.size() && g.token(next).pos().matches("IN|RP|TO")
                && (p.exclude().contains(g.lemma(next)) || p.exclude().contains(g.lower(next)))) return true;
        // passive/reduced relative: "the statement released by", "sanctions imposed"
        Dependency h = g.head(i);
        return h != null && (SentenceView.matches(h.relation(), "acl") || SentenceView.matches(h.relation(), "amod"))
                && p.exclude().contains(g.lemma(h.governor()));
    }
}
