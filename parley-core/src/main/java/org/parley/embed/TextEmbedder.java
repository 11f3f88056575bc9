package org.parley.embed;

import java.util.List;

/**
 * Turns short texts (a headline, a lead paragraph, a sentence) into unit-length vectors whose dot product
 * is their cosine similarity. The model runs in-process (module parley-embeddings); no network.
 * Implementations are thread-safe.
 */
public interface TextEmbedder {
    /** Dimension of every vector this embedder returns. */
    int dimension();

    /** One unit-length vector per text, in order. */
    List<float[]> embed(List<String> texts);

    default float[] embed(String text) { return embed(List.of(text)).get(0); }

    /** Cosine similarity of two unit-length vectors. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }
}
