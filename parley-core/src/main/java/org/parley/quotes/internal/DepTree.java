package org.parley.quotes.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * A tree view of a sentence's (possibly enhanced++) dependency graph. Enhanced graphs give some
 * tokens several heads (shared subjects of conjuncts, antecedents of relative clauses); for spans
 * we need one head per token, so each token keeps the head nearest the root, which is the head of
 * the basic tree in all the cases enhanced++ adds. The full graph stays available for relations.
 */
public final class DepTree {
    private final Sentence sentence;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> kids;

    public DepTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        rel = new String[n];
        Arrays.fill(head, -2);
        int[] depth = depths(sentence, n);
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent();
            if (dep < 0 || dep >= n) continue;
            String r = d.relation();
            if (r.equals("ref") || r.endsWith(":xsubj") || r.endsWith(":relsubj") || r.endsWith(":relobj")) continue;
            int g = d.governor();
            int gd = g < 0 ? -1 : depth[g];
            int cur = head[dep];
            boolean better = cur == -2
                    || gd < (cur < 0 ? -1 : depth[cur])
                    || (gd == (cur < 0 ? -1 : depth[cur]) && Math.abs(g - dep) < Math.abs(cur - dep));
            if (better && g != dep) { head[dep] = g; rel[dep] = r; }
        }
        kids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) kids.add(new ArrayList<>());
        for (int i = 0; i < n; i++) if (head[i] >= 0) kids.get(head[i]).add(i);
    }

    private static int[] depths(Sentence s, int n) {
        int[] depth = new int[n];
        Arrays.fill(depth, Integer.MAX_VALUE / 2);
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        Deque<Integer> queue = new ArrayDeque<>();
        for (Dependency d : s.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            if (d.governor() < 0) { depth[d.dependent()] = 0; queue.add(d.dependent()); }
            else if (d.governor() < n && !d.relation().equals("ref")) out.get(d.governor()).add(d.dependent());
        }
        while (!queue.isEmpty()) {
            int t = queue.poll();
            for (int c : out.get(t)) if (depth[c] > depth[t] + 1) { depth[c] = depth[t] + 1; queue.add(c); }
        }
        return depth;
    }

    public Sentence sentence() { return sentence; }

    public int size() { return head.length; }

    public Token token(int i) { return sentence.tokens().get(i); }

    public int head(int i) { return head[i] < -1 ? -1 : head[i]; }

    /** Relation of token i to its tree head, without subtype ("nsubj:pass" stays whole; see {@link #base}). */
    public String relation(int i) { return rel[i] == null ? "root" : rel[i]; }

    public static String base(String relation) {
        int c = relation.indexOf(':');
        return c < 0 ? relation : relation.substring(0, c);
    }

    /** Tree children of token i. */
    public List<Integer> children(int i) { return kids.get(i); }

    /** All graph dependents of token i with the given base relation (enhanced edges included). */
    public List<Integer> graphChildren(int i, String baseRelation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == i && base(d.relation()).equals(baseRelation) && d.dependent() != i) out.add(d.dependent());
        }
        return out;
    }

    /** Tree children of token i with the given base relation. */
    public List<Integer> children(int i, String baseRelation) {
        List<Integer> out = new ArrayList<>();
        for (int c : kids.get(i)) if (base(relation(c)).equals(baseRelation)) out.add(c);
        return out;
    }

    /** Token indices of the subtree of i (tree view), minus the subtrees rooted at {@code excluded}. */
    public boolean[] subtree(int i, int... excluded) {
        boolean[] in = new boolean[head.length];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(i);
        while (!stack.isEmpty()) {
            int t = stack.pop();
            if (in[t]) continue;
            boolean skip = false;
            for (int e : excluded) if (e == t && t != i) skip = true;
            if (skip) continue;
            in[t] = true;
            for (int c : kids.get(t)) stack.push(c);
        }
        return in;
    }

    /** First and last token of a token set, skipping punctuation at both edges; null when empty. */
    public int[] range(boolean[] in) {
        int first = -1, last = -1;
        for (int t = 0; t < in.length; t++) if (in[t]) { if (first < 0) first = t; last = t; }
        if (first < 0) return null;
        while (first <= last && isEdgePunct(first)) first++;
        while (last >= first && isEdgePunct(last) && !closesBracket(first, last)) last--;
        return first > last ? null : new int[] {first, last};
    }

    private boolean closesBracket(int first, int last) {
        String w = token(last).word();
        if (!w.equals(")") && !w.equals("]")) return false;
        for (int t = first; t < last; t++) if (token(t).word().equals("(") || token(t).word().equals("[")) return true;
        return false;
    }

    private boolean isEdgePunct(int t) {
        String w = token(t).word();
        return w.matches("[\\p{Punct}\\p{Pd}\\p{Pi}\\p{Pf}…]+") && !QuoteMarks.isQuoteChar(w.charAt(0));
    }

    /** True if a is b or an ancestor of b in the tree. */
    public boolean dominates(int a, int b) {
        for (int t = b, guard = 0; t >= 0 && guard <= head.length; t = head(t), guard++) if (t == a) return true;
        return false;
    }
}
