package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Parley's evaluation of the neural dependency parser's network: the same weights and the same
 * function as {@link Classifier#computeScores(int[])}, computed in {@code float} over re-laid-out
 * arrays. CoreNLP's own version spends its time in {@code double} dot products (the output layer,
 * 85 transitions x 1,000 hidden units) and in recomputing the hidden-layer contribution of every word
 * outside its 20,000-entry precomputed table (50 x 1,000 multiply-adds each, behind an LRU cache that
 * all threads share under one lock). Here: all 99,990 contributions the model lists, filled on first
 * use; a per-thread cache for the rest; no network call for the transitions arc-standard forces.
 * Profile and figures: docs/performance.md. On 768 news sentences every one of the 15,304 arcs
 * equals CoreNLP's ({@code FastParserTest} checks our own sentences); in principle float rounding
 * could flip a near tie between two transitions.
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private; it is the
 * adapter's business only ({@code org.parley.annotate.corenlp}), and {@link #install} falls back to
 * CoreNLP's classifier if the internals it relies on ever change.
 */
public final class ParleyFastClassifier extends Classifier {

    private final int hidden, embedding, features, labels;
    private final float[][] embeddings;   // E: one row per word / POS / label id
    private final float[] w1t;            // W1 transposed: row (feature * embedding + k) holds hidden weights
    private final float[] bias;           // b1
    private final float[] w2;             // W2: row l holds the hidden weights of transition l
    private final int nullWord, rootWord; // word ids of the empty slot and of the root
    private final int[] preKeys;          // open addressing: feature key -> slot in pre, -1 empty
    private final int[] preSlots;
    private final float[] pre;            // precomputed hidden contributions, slot * hidden
    private final java.util.concurrent.atomic.AtomicIntegerArray ready; // 1 once a slot of pre is filled
    private final ThreadLocal<MissCache> missCache = ThreadLocal.withInitial(MissCache::new);

    private ParleyFastClassifier(Config config, Classifier original, List<Integer> preComputed, int maxPrecomputed,
                                 int nullWord, int rootWord) {
        super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
        float[][] w1 = original.getW1(), w2 = original.getW2();
        this.embeddings = original.getE();
        this.bias = original.getb1();
        this.hidden = w1.length;
        this.embedding = config.embeddingSize;
        this.features = w1[0].length / embedding;
        this.labels = w2.length;
        this.w1t = new float[features * embedding * hidden];
        for (int i = 0; i < hidden; i++) {
            float[] row = w1[i];
            for (int c = 0; c < row.length; c++) w1t[c * hidden + i] = row[c];
        }
        this.w2 = new float[labels * hidden];
        for (int l = 0; l < labels; l++) System.arraycopy(w2[l], 0, this.w2, l * hidden, hidden);
        this.nullWord = nullWord;
        this.rootWord = rootWord;
        int n = Math.min(maxPrecomputed, preComputed.size());
        int capacity = Integer.highestOneBit(Math.max(4, n * 2)) * 2;
        this.preKeys = new int[capacity];
        this.preSlots = new int[capacity];
        java.util.Arrays.fill(preKeys, -1);
        this.pre = new float[n * hidden];
        this.ready = new java.util.concurrent.atomic.AtomicIntegerArray(n);
        for (int slot = 0; slot < n; slot++) {
            int key = preComputed.get(slot);
            int h = mix(key) & (capacity - 1);
            while (preKeys[h] != -1) h = (h + 1) & (capacity - 1);
            preKeys[h] = key;
            preSlots[h] = slot;
        }
    }

    /**
     * Replaces the classifier of a loaded CoreNLP dependency parser.
     *
     * @return false (and the parser unchanged) if CoreNLP's internals are not what this class expects
     */
    public static boolean install(DependencyParser parser, int maxPrecomputed) {
        try {
            Field classifierField = field(DependencyParser.class, "classifier");
            Classifier original = (Classifier) classifierField.get(parser);
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            @SuppressWarnings("unchecked")
            List<Integer> preComputed = (List<Integer>) field(DependencyParser.class, "preComputed").get(parser);
            if (original == null || config == null || preComputed == null) return false;
            int nullWord = parser.getWordID(Config.NULL), rootWord = parser.getWordID(Config.ROOT);
            classifierField.set(parser, new ParleyFastClassifier(config, original, preComputed, maxPrecomputed,
                    nullWord, rootWord));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private int slot(int key) {
        int mask = preKeys.length - 1;
        for (int h = mix(key) & mask; ; h = (h + 1) & mask) {
            int k = preKeys[h];
            if (k == key) return preSlots[h];
            if (k == -1) return -1;
        }
    }

    /**
     * The contributions of the features the model did not precompute (rare words), per thread: a rare word
     * keeps its feature for several transitions in a row (it stays on top of the stack, then moves to
     * second place), so even a small direct-mapped cache saves most of the recomputation.
     */
    private final class MissCache {
        private static final int SIZE = 2048;
        private final int[] keys = new int[SIZE];
        final float[] values = new float[SIZE * hidden];

        MissCache() { java.util.Arrays.fill(keys, -1); }

        /** Where in {@link #values} the contribution of this feature starts, computed there first if absent. */
        int offset(int token, int feature) {
            int key = token * features + feature;
            int at = mix(key) & (SIZE - 1);
            int base = at * hidden;
            if (keys[at] != key) {
                java.util.Arrays.fill(values, base, base + hidden, 0f);
                addContribution(values, base, token, feature);
                keys[at] = key;
            }
            return base;
        }
    }

    /**
     * Fills a slot of the table on first use, so that loading costs nothing and a short run computes only the
     * slots it needs. Two threads may fill the same slot at once: they write the same values, and a reader
     * only reads a slot after the flag (a volatile write after the values) says it is there.
     */
    private void fill(int slot, int base, int token, int feature) {
        float[] buffer = new float[hidden]; // not straight into pre: another thread may be filling the same slot
        addContribution(buffer, 0, token, feature);
        System.arraycopy(buffer, 0, pre, base, hidden);
        ready.set(slot, 1);
    }

    /** h[offset, offset + hidden) += W1[:, feature slice] . E[token] */
    private void addContribution(float[] h, int offset, int token, int feature) {
        float[] e = embeddings[token];
        int row = feature * embedding;
        for (int k = 0; k < embedding; k++) {
            float x = e[k];
            if (x == 0f) continue;
            int base = (row + k) * hidden;
            for (int i = 0; i < hidden; i++) h[offset + i] += x * w1t[base + i];
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] out = new double[labels];
        // Arc-standard allows exactly one transition while the stack holds at most the root and one word
        // (SHIFT, or the final RIGHT-ARC to the root): any scores choose it, so skip the network.
        // Word features 0, 1, 2 are the third, second and top stack items (DependencyParser.getFeatures).
        if (feature[1] == nullWord || (feature[1] == rootWord && feature[0] == nullWord)) return out;
        float[] h = new float[hidden];
        for (int j = 0; j < feature.length; j++) {
            int token = feature[j];
            int slot = slot(token * features + j);
            if (slot >= 0) {
                int base = slot * hidden;
                if (ready.get(slot) == 0) fill(slot, base, token, j);
                for (int i = 0; i < hidden; i++) h[i] += pre[base + i];
            } else {
                MissCache cache = missCache.get();
                int base = cache.offset(token, j);
                for (int i = 0; i < hidden; i++) h[i] += cache.values[base + i];
            }
        }
        for (int i = 0; i < hidden; i++) {
            float v = h[i] + bias[i];
            h[i] = v * v * v;
        }
        // Output layer: HotSpot 17 does not vectorise dot products; eight running sums at least break the
        // chain of dependent additions.
        int blocked = hidden - hidden % 8;
        for (int l = 0; l < labels; l++) {
            int b = l * hidden;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int i = 0; i < blocked; i += 8) {
                a0 += w2[b + i] * h[i];
                a1 += w2[b + i + 1] * h[i + 1];
                a2 += w2[b + i + 2] * h[i + 2];
                a3 += w2[b + i + 3] * h[i + 3];
                a4 += w2[b + i + 4] * h[i + 4];
                a5 += w2[b + i + 5] * h[i + 5];
                a6 += w2[b + i + 6] * h[i + 6];
                a7 += w2[b + i + 7] * h[i + 7];
            }
            for (int i = blocked; i < hidden; i++) a0 += w2[b + i] * h[i];
            out[l] = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
        }
        return out;
    }
}
