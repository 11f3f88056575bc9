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
    private final int[] counts;
    /** Counts of some buckets counted elsewhere ({@link #counted}), or null. */
    private final java.util.Map<Integer, Integer> given;
    private long documents;

    public DocumentFrequencies() {
        this.counts = new int[1 << BITS];
        this.given = null;
    }

    private DocumentFrequencies(long documents, java.util.Map<Integer, Integer> given) {
        this.counts = null;
        this.given = given;
        this.documents = documents;
    }

    /**
     * The frequencies as this table would hold them after {@code documents} articles, counted elsewhere (a distributed
     * run counts them by bucket, parley-spark): {@code byBucket} holds the count of the {@link #bucket} of every key
     * that will be asked; other buckets count 0. Read-only.
     */
    public static DocumentFrequencies counted(long documents, java.util.Map<Integer, Integer> byBucket) {
        return new DocumentFrequencies(documents, byBucket);
    }

    /** The table slot of a key: two keys of one slot share a count. */
    public static int bucket(int key) { return key & ((1 << BITS) - 1); }

    public void add(Collection<Integer> keys) {
        if (counts == null) throw new IllegalStateException("frequencies counted elsewhere are read-only");
        documents++;
        for (int k : keys) counts[k & ((1 << BITS) - 1)]++;
    }

    public long documents() { return documents; }

    /** BM25's inverse document frequency: near 0 for a key in almost every article, ~ln(N) for a rare one. */
    public double idf(int key) {
        int df = counts != null ? counts[bucket(key)] : given.getOrDefault(bucket(key), 0);
        return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    }
}
