package org.parley.quotes.internal;

import org.parley.annotate.DependencyGraph;

/** Token ranges of quotation parts: a token set's extent without the punctuation at its edges. */
public final class QuoteSpans {
    private QuoteSpans() {}

    /**
     * First and last token of a token set, skipping punctuation at both edges (quotation marks and a
     * closing bracket whose opening one is inside stay); null when empty.
     */
    public static int[] range(DependencyGraph g, boolean[] in) {
        int first = -1, last = -1;
        for (int t = 0; t < in.length; t++) if (in[t]) { if (first < 0) first = t; last = t; }
        if (first < 0) return null;
        while (first <= last && isEdgePunct(g, first)) first++;
        while (last >= first && isEdgePunct(g, last) && !closesBracket(g, first, last)) last--;
        return first > last ? null : new int[] {first, last};
    }

    private static boolean closesBracket(DependencyGraph g, int first, int last) {
        String w = g.token(last).word();
        if (!w.equals(")") && !w.equals("]")) return false;
        for (int t = first; t < last; t++) if (g.token(t).word().equals("(") || g.token(t).word().equals("[")) return true;
        return false;
    }

    private static boolean isEdgePunct(DependencyGraph g, int t) {
        String w = g.token(t).word();
        return w.matches("[\\p{Punct}\\p{Pd}\\p{Pi}\\p{Pf}…]+") && !QuoteMarks.isQuoteChar(w.charAt(0));
    }
}
