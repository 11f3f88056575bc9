package org.parley.events.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.knowledge.TsvLoader;

/**
 * The words of {@code status-words.tsv} (format in its header): words that attribute a deed to someone (an
 * event told as their content is an allegation) and nouns of a contested statement (an event in their clause is
 * a claim). Data for {@link EventStatusRules}.
 */
final class StatusWords {
    static final StatusWords BUILT_IN = load("/org/parley/events/status-words.tsv");

    /** Attribution lemma -> the dependent lemma it needs ("" when none). */
    private final Map<String, Set<String>> attribute = new HashMap<>();
    private final Set<String> claim = new HashSet<>();
    private final Set<String> claimOf = new HashSet<>();
    private final Set<String> prepositions = new HashSet<>();
    private final Map<String, Set<String>> goal = new HashMap<>();
    private final Set<String> goalPrepositions = new HashSet<>();
    private final Set<String> attain = new HashSet<>();

    private StatusWords() {}

    static StatusWords load(String resource) {
        StatusWords s = new StatusWords();
        for (TsvLoader.Row r : TsvLoader.resource(resource)) {
            switch (r.cell(0)) {
                case "attribute" -> {
                    String with = r.size() > 3 ? lower(r.cell(2)) : ""; // a WITH row always has its why column
                    s.attribute.computeIfAbsent(lower(r.cell(1)), k -> new HashSet<>()).add(with);
                }
                case "claim" -> {
                    s.claim.add(lower(r.cell(1)));
                    if (r.cell(2).contains("of")) s.claimOf.add(lower(r.cell(1)));
                }
                case "preposition" -> s.prepositions.add(lower(r.cell(1)));
                case "goal" -> s.goal.computeIfAbsent(lower(r.cell(1)), k -> new HashSet<>()).add(r.size() > 3 ? lower(r.cell(2)) : "");
                case "goalpreposition" -> s.goalPrepositions.add(lower(r.cell(1)));
                case "attain" -> s.attain.add(lower(r.cell(1)));
                default -> throw new IllegalArgumentException(r.where() + ": unknown kind " + r.cell(0));
            }
        }
        return s;
    }

    /** Whether token {@code t} attributes a deed: its lemma is listed, with its required dependent if any. */
    boolean attributes(SentenceView g, int t) { return listed(attribute, g, t); }

    /**
     * Whether token {@code t} works towards an act: a listed word (with its required dependent), or a verb whose
     * object is one ("lodged a request for").
     */
    boolean goal(SentenceView g, int t) {
        if (listed(goal, g, t)) return true;
        for (int o : g.childrenExact(t, "obj")) if (listed(goal, g, o)) return true;
        return false;
    }

    /** Whether {@code lemma} is a verb of attaining or bringing about what its object names ("secure a ceasefire"). */
    boolean attains(String lemma) { return attain.contains(lemma); }

    /** Whether a phrase with preposition {@code p} can hold what is worked towards ("on", "for"). */
    boolean goalPreposition(String p) { return p != null && goalPrepositions.contains(lower(p)); }

    private static boolean listed(Map<String, Set<String>> words, SentenceView g, int t) {
        Set<String> withs = words.get(g.lemma(t));
        if (withs == null) return false;
        if (withs.contains("")) return true;
        for (Dependency d : g.children(t)) if (withs.contains(g.lemma(d.dependent()))) return true;
        return false;
    }

    /** Whether token {@code t} is a noun of a contested statement (whose that-clause is claimed). */
    boolean claimNoun(SentenceView g, int t) {
        return claim.contains(g.lemma(t)) && g.token(t).pos().startsWith("NN");
    }

    /** Whether the of-phrase of claim noun {@code t} is claimed too ("rumours of a coup"). */
    boolean claimOf(SentenceView g, int t) { return claimOf.contains(g.lemma(t)) && claimNoun(g, t); }

    /** Whether a phrase with preposition {@code p} can hold what a word attributes or claims ("for", "of"). */
    boolean contentPreposition(String p) { return p != null && prepositions.contains(lower(p)); }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
