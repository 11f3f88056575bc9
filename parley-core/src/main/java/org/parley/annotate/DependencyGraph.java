package org.parley.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The one view of a parsed sentence's dependency graph that every stage reads (events, quotations,
 * actor coding). It keeps the whole enhanced++ graph for relations and derives from it one tree, for
 * spans, subtrees and dominance.
 *
 * <p><b>The head rule.</b> Enhanced++ graphs give some tokens several governors: the shared subject of
 * conjoined verbs, the antecedent of a relative clause, the controller of an open complement. The tree
 * head of a token is, among its incoming edges that are not {@code ref}, {@code :xsubj}, {@code :relsubj}
 * or {@code :relobj} (edges enhanced++ adds only to make implicit arguments explicit), the governor nearest
 * the root (fewest edges from it); a tie goes to the governor nearest in the text. For every token of a
 * basic tree this gives its basic head, except that an argument shared by conjoined predicates ("Putin
 * and Macron met") hangs from the predicate, not from the first conjunct, which is what argument finding
 * wants. Immutable and cheap to build (linear in the edges); build it once per sentence and pass it on.
 */
public final class DependencyGraph {
    private final Sentence sentence;
    private final int[] head;
    private final Dependency[] headEdge;
    private final boolean[] root;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;
    private final List<List<Integer>> kids;

    public DependencyGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) { out.add(new ArrayList<>()); in.add(new ArrayList<>()); }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            in.get(d.dependent()).add(d);
            if (d.governor() >= 0 && d.governor() < n) out.get(d.governor()).add(d);
        }
        head = new int[n];
        headEdge = new Dependency[n];
        root = new boolean[n];
        Arrays.fill(head, -1);
        int[] depth = depths(n);
        for (int dep = 0; dep < n; dep++) {
            for (Dependency d : in.get(dep)) {
                if (d.governor() < 0) { root[dep] = true; continue; }
                if (!countsForTree(d.relation()) || d.governor() == dep || d.governor() >= n) continue;
                Dependency cur = headEdge[dep];
                if (cur == null || closer(d.governor(), cur.governor(), dep, depth)) headEdge[dep] = d;
            }
            if (root[dep]) headEdge[dep] = null; // a root stays the tree's root, whatever else points at it
            if (headEdge[dep] != null) head[dep] = headEdge[dep].governor();
        }
        kids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) kids.add(new ArrayList<>());
        for (int i = 0; i < n; i++) if (head[i] >= 0) kids.get(head[i]).add(i);
    }

    private static boolean countsForTree(String rel) {
        return !rel.equals("ref") && !rel.endsWith(":xsubj") && !rel.endsWith(":relsubj") && !rel.endsWith(":relobj");
    }

    /** True when governor {@code g} is a better tree head for {@code dep} than {@code cur}. */
    private static boolean closer(int g, int cur, int dep, int[] depth) {
        int gd = g < 0 ? -1 : depth[g], cd = cur < 0 ? -1 : depth[cur];
        return gd < cd || gd == cd && Math.abs(g - dep) < Math.abs(cur - dep);
    }

    /** Edges from the root, ignoring {@code ref}; unreachable tokens get a large depth. */
    private int[] depths(int n) {
        int[] depth = new int[n];
        Arrays.fill(depth, Integer.MAX_VALUE / 2);
        Deque<Integer> queue = new ArrayDeque<>();
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() < 0 && d.dependent() >= 0 && d.dependent() < n) { depth[d.dependent()] = 0; queue.add(d.dependent()); }
        }
        while (!queue.isEmpty()) {
            int t = queue.poll();
            for (Dependency d : out.get(t)) {
                if (d.relation().equals("ref")) continue;
                int c = d.dependent();
                if (depth[c] > depth[t] + 1) { depth[c] = depth[t] + 1; queue.add(c); }
            }
        }
        return depth;
    }

    public Sentence sentence() { return sentence; }

    public int size() { return head.length; }

    public Token token(int i) { return sentence.tokens().get(i); }

    /** Tree head of token i (the head rule above), or -1 for the root and unattached tokens. */
    public int head(int i) { return head[i]; }

    /** The edge from the tree head to token i, or null for the root and unattached tokens. */
    public Dependency headEdge(int i) { return headEdge[i]; }

    /** True when the parse makes token i a root of the sentence (it may also have other incoming edges). */
    public boolean isRoot(int i) { return root[i]; }

    /** Relation of token i to its tree head, with its subtype ("nsubj:pass", "obl:with"); "root" for the root. */
    public String relation(int i) { return headEdge[i] == null ? "root" : headEdge[i].relation(); }

    /** The relation without its subtype: "obl:with" -> "obl". */
    public static String base(String relation) {
        int c = relation.indexOf(':');
        return c < 0 ? relation : relation.substring(0, c);
    }

    /** The subtype of a relation ("obl:with" -> "with"), or "" when none. */
    public static String subtype(String relation) {
        int c = relation.indexOf(':');
        return c < 0 ? "" : relation.substring(c + 1);
    }

    /** True when {@code relation} is {@code rel} or {@code rel} with a subtype ("nsubj:pass" matches "nsubj"). */
    public static boolean matches(String relation, String rel) {
        return relation.equals(rel) || relation.startsWith(rel) && relation.length() > rel.length() && relation.charAt(rel.length()) == ':';
    }

    /** Every graph edge leaving token i (enhanced edges included). */
    public List<Dependency> edgesFrom(int i) { return out.get(i); }

    /** Every graph edge entering token i (several in enhanced graphs). */
    public List<Dependency> edgesTo(int i) { return in.get(i); }

    /** Tree children of token i. */
    public List<Integer> children(int i) { return kids.get(i); }

    /** Tree children of token i whose relation has the given base ("obl" finds "obl:with"). */
    public List<Integer> children(int i, String baseRelation) {
        List<Integer> r = new ArrayList<>();
        for (int c : kids.get(i)) if (base(relation(c)).equals(baseRelation)) r.add(c);
        return r;
    }

    /** Graph dependents of token i whose relation has the given base (enhanced edges included). */
    public List<Integer> graphChildren(int i, String baseRelation) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : out.get(i)) if (d.dependent() != i && base(d.relation()).equals(baseRelation)) r.add(d.dependent());
        return r;
    }

    /** Tokens of the subtree of i (tree view), minus the subtrees rooted at {@code excluded}. */
    public boolean[] subtree(int i, int... excluded) {
        boolean[] inTree = new boolean[head.length];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(i);
        while (!stack.isEmpty()) {
            int t = stack.pop();
            if (inTree[t]) continue;
            boolean skip = false;
            for (int e : excluded) if (e == t && t != i) skip = true;
            if (skip) continue;
            inTree[t] = true;
            for (int c : kids.get(t)) stack.push(c);
        }
        return inTree;
    }

    /** True if a is b or an ancestor of b in the tree. */
    public boolean dominates(int a, int b) {
        for (int t = b, guard = 0; t >= 0 && guard <= head.length; t = head(t), guard++) if (t == a) return true;
        return false;
    }
}
