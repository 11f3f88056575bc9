package org.parley.link.internal;

import java.util.Arrays;

/**
 * Compact LSH index of MinHash signatures: each signature is cut into bands; a band's hash is a bucket
 * key. Buckets live in one open-addressing table of primitive longs with intrusive chains (one int per
 * article and band), so an article costs its signature plus about 0.6 KB of index. Not thread-safe:
 * the caller synchronises.
 */
public final class MinHashIndex {
    public static final int BANDS = 20;
    public static final int ROWS = 5;

    private long[] keys = new long[1024];
    private int[] heads = new int[1024]; // node id of the newest node in the bucket, or -1 (empty slot)
    private int used;
    private int[] next = new int[BANDS * 64]; // per node (article * BANDS + band): older node in bucket, or -1
    private MinHashSignature[] signatures = new MinHashSignature[64];
    private int size;

    public MinHashIndex() {
        Arrays.fill(heads, -1);
    }

    public int size() { return size; }

    public MinHashSignature signature(int article) { return signatures[article]; }

    /** The bucket keys of a signature, one per band. */
    public static long[] keys(MinHashSignature sig) {
        long[] k = new long[BANDS];
        for (int b = 0; b < BANDS; b++) k[b] = sig.band(b * ROWS, ROWS);
        return k;
    }

    /** Visits the articles sharing at least one band with {@code keys} (an article may be visited more than once). */
    public void candidates(long[] bandKeys, java.util.function.IntConsumer visit) {
        for (long key : bandKeys) {
            int slot = find(key);
            if (slot < 0) continue;
            for (int node = heads[slot]; node >= 0; node = next[node]) visit.accept(node / BANDS);
        }
    }

    /** Adds a signature with its band keys; returns its article number (0, 1, 2...). */
    public int add(MinHashSignature sig, long[] bandKeys) {
        int article = size++;
        if (article == signatures.length) {
            signatures = Arrays.copyOf(signatures, article * 2);
            next = Arrays.copyOf(next, article * 2 * BANDS);
        }
        signatures[article] = sig;
        for (int b = 0; b < BANDS; b++) {
            if ((used + 1) * 2 > keys.length) grow();
            int slot = slotFor(bandKeys[b]);
            int node = article * BANDS + b;
            if (heads[slot] < 0) {
                keys[slot] = bandKeys[b];
                used++;
            }
            next[node] = heads[slot];
            heads[slot] = node;
        }
        return article;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int i = spread(key) & mask; heads[i] >= 0; i = (i + 1) & mask) {
            if (keys[i] == key) return i;
        }
        return -1;
    }

    /** The slot holding {@code key}, or the empty slot where it goes. */
    private int slotFor(long key) {
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (heads[i] >= 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        Arrays.fill(heads, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] < 0) continue;
            int slot = slotFor(oldKeys[i]);
            keys[slot] = oldKeys[i];
            heads[slot] = oldHeads[i];
        }
    }

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32)) * 0x9E3779B9;
    }
}
