package org.parley.stories.internal;

import java.util.Collection;

/**
 * How many articles seen so far contain each term or entity key, in a fixed table of hashed counters (a
 * collision only merges two rare keys' counts), so memory does not grow with the vocabulary or the corpus.
 * Counted when an article arrives, before the reorder buffer releases it, so that the first articles of a
 * batch are already weighed against the whole buffer.
 */
public final class DocumentFrequencies {
    private static final int BITS = 20;
    private final int[] counts = new int[1 << BITS];
    private long documents;

    public void add(Collection<Integer> keys) {
        documents++;
        for (int k : keys) counts[k & ((1 << BITS) - 1)]++;
    }

    public long documents() { return documents; }

    /** BM25's inverse document frequency: near 0 for a key in almost every article, ~ln(N) for a rare one. */
    public double idf(int key) {
        int df = counts[key & ((1 << BITS) - 1)];
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }
}
