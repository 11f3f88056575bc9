package org.parley.stories.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A unit-length sparse vector over hashed keys: sorted keys and their weights, in two primitive arrays. */
public final class SparseVector {
    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);
    private final int[] keys;
    private final float[] weights;

    private SparseVector(int[] keys, float[] weights) {
        this.keys = keys;
        this.weights = weights;
    }

    /**
     * TF-IDF with sublinear term frequency, keeping the {@code max} heaviest keys (the rest add little to a
     * cosine and cost memory), normalised to unit length.
     */
    public static SparseVector tfIdf(Map<Integer, Float> counts, DocumentFrequencies df, int max) {
        float[] w = new float[counts.size()];
        int[] k = new int[counts.size()];
        int n = 0;
        for (Map.Entry<Integer, Float> e : counts.entrySet()) {
            k[n] = e.getKey();
            w[n] = (float) ((1 + Math.log(e.getValue())) * df.idf(e.getKey()));
            n++;
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        // heaviest first, ties by key so the choice is deterministic
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> -w[i]).thenComparingInt(i -> k[i]));
        int m = Math.min(max, n);
        int[] keys = new int[m];
        float[] weights = new float[m];
        Integer[] kept = Arrays.copyOf(idx, m);
        Arrays.sort(kept, Comparator.comparingInt(i -> k[i]));
        double norm = 0;
        for (int i = 0; i < m; i++) {
            keys[i] = k[kept[i]];
            weights[i] = w[kept[i]];
            norm += weights[i] * weights[i];
        }
        if (norm == 0) return EMPTY;
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < m; i++) weights[i] *= inv;
        return new SparseVector(keys, weights);
    }

    public double dot(SparseVector o) {
        double s = 0;
        int i = 0, j = 0;
        while (i < keys.length && j < o.keys.length) {
            if (keys[i] == o.keys[j]) s += weights[i++] * o.weights[j++];
            else if (keys[i] < o.keys[j]) i++;
            else j++;
        }
        return s;
    }

    /** Dot product with a sparse map (a story's centroid sums). */
    public double dot(java.util.Map<Integer, Double> other) {
        double s = 0;
        for (int i = 0; i < keys.length; i++) {
            Double w = other.get(keys[i]);
            if (w != null) s += weights[i] * w;
        }
        return s;
    }

    public void forEach(java.util.function.BiConsumer<Integer, Float> f) {
        for (int i = 0; i < keys.length; i++) f.accept(keys[i], weights[i]);
    }

    /** The {@code n} heaviest keys, heaviest first. */
    public int[] topKeys(int n) {
        Integer[] idx = new Integer[keys.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparingInt(i -> keys[i]));
        int m = Math.min(n, idx.length);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) out[i] = keys[idx[i]];
        return out;
    }

    public int size() { return keys.length; }

    /** Key -> weight, for diagnostics. */
    public java.util.Map<Integer, Float> asMap() {
        java.util.Map<Integer, Float> m = new java.util.TreeMap<>();
        for (int i = 0; i < keys.length; i++) m.put(keys[i], weights[i]);
        return m;
    }
}
