package org.parley.link.internal;

import java.util.Arrays;

/**
 * MinHash signature of a text's word 5-shingles. Words are lower-cased letter/digit runs (so
 * punctuation, quotes and spacing do not matter); each shingle is hashed to 64 bits once and then
 * permuted by {@link #SIZE} independent 64-bit mixers, keeping the minimum of each (as 32 bits: 512
 * bytes per signature, with a negligible chance of accidental equality).
 *
 * @param mins      the signature
 * @param shingles  number of distinct-ish shingles seen (used for the containment estimate)
 */
public record MinHashSignature(int[] mins, int shingles) {
    public static final int SIZE = 128;
    public static final int SHINGLE = 5;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    /** The signature of {@code text}, or null when it has fewer than {@link #SHINGLE} words. */
    public static MinHashSignature of(CharSequence text) {
        long[] words = wordHashes(text);
        if (words.length < SHINGLE) return null;
        int[] mins = new int[SIZE];
        Arrays.fill(mins, Integer.MAX_VALUE);
        int count = words.length - SHINGLE + 1;
        for (int s = 0; s < count; s++) {
            long h = 0x84222325CBF29CE4L;
            for (int k = 0; k < SHINGLE; k++) h = mix(h ^ words[s + k]) * 31 + k;
            for (int i = 0; i < SIZE; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 32);
                if (v < mins[i]) mins[i] = v;
            }
        }
        return new MinHashSignature(mins, count);
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(MinHashSignature other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (mins[i] == other.mins[i]) same++;
        return same / (double) SIZE;
    }

    /** Estimated share of the smaller text's shingles found in the larger one. */
    public double containment(MinHashSignature other) {
        double j = jaccard(other);
        double intersection = j / (1 + j) * (shingles + other.shingles);
        return Math.min(1.0, intersection / Math.min(shingles, other.shingles));
    }

    /** Hash of rows {@code [from, from + rows)}: the LSH bucket key of one band. */
    public long band(int from, int rows) {
        long h = from * 0x632BE59BD9B4E019L;
        for (int i = from; i < from + rows; i++) h = mix(h ^ mins[i]);
        return h;
    }

    private static long[] wordHashes(CharSequence text) {
        long[] out = new long[64];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0, len = text.length(); i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = h * 1_000_003L + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord && (c == '\'' || c == '’' || c == '-' && i + 1 < len && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                // "France's", "Franco-Russian": apostrophes and inner hyphens are punctuation, not breaks
            } else if (inWord) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = mix(h);
                h = 0;
                inWord = false;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** SplitMix64 finaliser: a fast, well-distributed 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
