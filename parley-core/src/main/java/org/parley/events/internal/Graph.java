package org.parley.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * Read-only view of one parsed sentence's dependency graph (UD, enhanced++), indexed for the lookups
 * the event coder makes: children by relation, the governor of a token, the span of a noun phrase.
 */
public final class Graph {
    private final Sentence sentence;
    private final List<List<Dependency>> children = new ArrayList<>();
    private final List<List<Dependency>> heads = new ArrayList<>();

    public Graph(Sentence sentence) {
        this.sentence = sentence;
        for (int i = 0; i < sentence.tokens().size(); i++) { children.add(new ArrayList<>()); heads.add(new ArrayList<>()); }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= heads.size()) continue;
            heads.get(d.dependent()).add(d);
            if (d.governor() >= 0 && d.governor() < children.size()) children.get(d.governor()).add(d);
        }
    }

    public Sentence sentence() { return sentence; }

    public int size() { return sentence.tokens().size(); }

    public Token token(int i) { return sentence.tokens().get(i); }

    public String lemma(int i) { return token(i).lemma().toLowerCase(Locale.ROOT); }

    public String lower(int i) { return token(i).word().toLowerCase(Locale.ROOT); }

    /** The sentence's lemmas and its lower-cased words, each space-separated and space-padded; built on first use. */
    private String lemmaLine, wordLine;

    /**
     * True when one of {@code keywords} occurs in the sentence as a lemma or a lower-cased word; a keyword with
     * a space matches consecutive tokens. How the keyword files (contexts, figures) are matched.
     */
    public boolean containsAny(java.util.Collection<String> keywords) {
        if (lemmaLine == null) {
            StringBuilder lem = new StringBuilder(" "), low = new StringBuilder(" ");
            for (int i = 0; i < size(); i++) { lem.append(lemma(i)).append(' '); low.append(lower(i)).append(' '); }
            lemmaLine = lem.toString();
            wordLine = low.toString();
        }
        for (String w : keywords) {
            String probe = " " + w + " ";
            if (lemmaLine.contains(probe) || wordLine.contains(probe)) return true;
        }
        return false;
    }

    public List<Dependency> children(int i) { return children.get(i); }

    /** Children whose relation is {@code rel} or starts with {@code rel + ":"}. */
    public List<Integer> childrenRel(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) if (matches(d.relation(), rel)) out.add(d.dependent());
        return out;
    }

    /** Children with exactly relation {@code rel} (e.g. "obl:on"). */
    public List<Integer> childrenExact(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) if (d.relation().equals(rel)) out.add(d.dependent());
        return out;
    }

    public boolean hasChild(int i, String rel) { return !childrenRel(i, rel).isEmpty(); }

    /** The main (basic-tree) governor edge of {@code i}: the first non-"ref" head, or null for the root. */
    public Dependency head(int i) {
        Dependency best = null;
        for (Dependency d : heads.get(i)) {
            if (d.governor() < 0 || d.relation().equals("ref")) continue;
            // enhanced graphs add propagated edges (conj, xsubj): prefer the plain ones
            if (best == null || isDerived(best.relation()) && !isDerived(d.relation())) best = d;
        }
        return best;
    }

    public List<Dependency> heads(int i) { return heads.get(i); }

    private static boolean isDerived(String rel) { return rel.endsWith(":xsubj") || rel.startsWith("conj"); }

    public static boolean matches(String relation, String rel) {
        return relation.equals(rel) || relation.startsWith(rel + ":");
    }

    /** The preposition of an enhanced relation ("obl:with" -> "with"), or "" when none. */
    public static String prep(String relation) {
        int c = relation.indexOf(':');
        return c < 0 ? "" : relation.substring(c + 1);
    }

    /** Conjuncts of {@code i} ("Putin and Macron": Macron for Putin), not including i. */
    public List<Integer> conjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) if (matches(d.relation(), "conj")) out.add(d.dependent());
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
            for (Dependency d : children.get(t)) {
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
