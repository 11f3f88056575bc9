package org.parley.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.annotate.Dependency;
import org.parley.annotate.DependencyGraph;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * The event coder's lookups over a sentence's one dependency graph ({@link DependencyGraph}): lemmas and
 * lower-cased words, children by relation, noun-phrase spans, keyword matching. It adds no head rule
 * and no edges of its own; {@link #head} is the graph's documented head rule, and {@link #children} and
 * {@link #heads} are the graph's enhanced++ edges.
 */
public final class SentenceView {
    private final Sentence sentence;
    private final DependencyGraph graph;

    public SentenceView(Sentence sentence) { this(sentence.graph()); }

    public SentenceView(DependencyGraph graph) {
        this.graph = graph;
        this.sentence = graph.sentence();
    }

    /** The underlying graph, for stages that share it. */
    public DependencyGraph graph() { return graph; }

    public Sentence sentence() { return sentence; }

    public int size() { return sentence.tokens().size(); }

    public Token token(int i) { return sentence.tokens().get(i); }

    public String lemma(int i) { return token(i).lemma().toLowerCase(Locale.ROOT); }

    public String lower(int i) { return token(i).word().toLowerCase(Locale.ROOT); }

    private KeywordLine keywordLine;

    /**
     * True when one of {@code keywords} occurs in the sentence as a lemma or a lower-cased word; a keyword with
     * a space matches consecutive tokens. How the keyword files (contexts, figures) are matched.
     */
    public boolean containsAny(java.util.Collection<String> keywords) {
        if (keywordLine == null) keywordLine = new KeywordLine(sentence);
        return keywordLine.containsAny(keywords);
    }

    /** Every enhanced++ edge leaving token i. */
    public List<Dependency> children(int i) { return graph.edgesFrom(i); }

    /** Children whose relation is {@code rel} or starts with {@code rel + ":"}. */
    public List<Integer> childrenRel(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) if (matches(d.relation(), rel)) out.add(d.dependent());
        return out;
    }

    /** Children with exactly relation {@code rel} (e.g. "obl:on"). */
    public List<Integer> childrenExact(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) if (d.relation().equals(rel)) out.add(d.dependent());
        return out;
    }

    public boolean hasChild(int i, String rel) { return !childrenRel(i, rel).isEmpty(); }

    /** The tree head's edge of {@code i} under the graph's head rule, or null for the root. */
    public Dependency head(int i) { return graph.headEdge(i); }

    /** Every enhanced++ edge entering token i. */
    public List<Dependency> heads(int i) { return graph.edgesTo(i); }

    public static boolean matches(String relation, String rel) { return DependencyGraph.matches(relation, rel); }

    /** The preposition of an enhanced relation ("obl:with" -> "with"), or "" when none. */
    public static String prep(String relation) { return DependencyGraph.subtype(relation); }

    /** Conjuncts of {@code i} ("Putin and Macron": Macron for Putin), not including i. */
    public List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) if (matches(d.relation(), "conj")) out.add(d.dependent());
        return out;
    }

    /**
     * Token range [first, last] of the noun phrase core headed by {@code i}: the head with its compound,
     * flat, amod, nummod and possessive modifiers (recursively), kept contiguous.
     */
    public int[] phrase(int i) {
        int lo = i, hi = i;
        List<Integer> stack = new ArrayList<>(List.of(i));
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            for (Dependency d : children(t)) {
                String r = d.relation();
                if (matches(r, "compound") || matches(r, "flat") || r.equals("amod") || r.equals("nmod:poss")
                        || r.equals("case") && d.governor() != i || r.equals("nummod") || r.equals("det")) {
                    int dep = d.dependent();
                    if (Math.abs(dep - t) > 6) continue;
                    if (dep < lo) lo = dep;
                    if (dep > hi) hi = dep;
                    stack.add(dep);
                }
            }
        }
        // drop a leading determiner: "the Kremlin" is coded as "Kremlin" just as well, and texts stay tidy
        while (lo < hi && (token(lo).pos().equals("DT") || token(lo).pos().equals(","))) lo++;
        return new int[] {lo, hi};
    }

    public String text(String articleText, int first, int last) {
        return articleText.substring(token(first).start(), token(last).end());
    }

    public boolean isVerb(int i) { return token(i).pos().startsWith("VB"); }

    public boolean isNoun(int i) { return token(i).pos().startsWith("NN"); }

    public boolean isPronoun(int i) { return token(i).pos().startsWith("PRP") || token(i).pos().equals("WP"); }
}
