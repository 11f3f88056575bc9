package org.parley.embed;

/**
 * Turns a text (a sentence, a short passage) into a dense vector, in process and without network. Stages
 * depend on this interface only; the implementation (an ONNX sentence-embedding model) lives in the
 * {@code parley-embeddings} module, so no model library type reaches parley-core. Implementations are
 * thread-safe and return vectors of one fixed length, L2-normalised.
 */
public interface TextEmbedder {
    float[] embed(String text);

    /** Cosine similarity of two L2-normalised vectors of the same length (their dot product). */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("vectors of different lengths: " + a.length + ", " + b.length);
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }
}
