package org.parley.cli;

import org.parley.embed.TextEmbedder;
import org.parley.embed.minilm.MiniLmEmbedder;

/** The process-wide sentence embedder (all-MiniLM-L6-v2, in-process), loaded on first use. */
final class Embedders {
    private Embedders() {}

    private static volatile TextEmbedder minilm;

    /** The same model, loaded only when a text is first embedded (the event fallback may never need it). */
    static TextEmbedder lazyMinilm() {
        return new TextEmbedder() {
            @Override public int dimension() { return minilm().dimension(); }
            @Override public java.util.List<float[]> embed(java.util.List<String> texts) { return minilm().embed(texts); }
        };
    }

    static TextEmbedder minilm() {
        TextEmbedder e = minilm;
        if (e == null) {
            synchronized (Embedders.class) {
                if (minilm == null) minilm = new MiniLmEmbedder();
                e = minilm;
            }
        }
        return e;
    }
}
