package org.parley.events;

import java.util.Objects;
import org.parley.embed.TextEmbedder;

/**
 * The embedding fallback of the event coder: a sentence with two coded actors where no trigger pattern gave
 * an event is given the type of its most similar prototype sentence (prototypes.tsv), when that similarity is
 * at least {@code threshold}, beats the best prototype of any other type (the "no event" class included) by
 * at least {@code margin}, and the best is not "no event". The embedder is injected (the CLI wires the
 * in-process MiniLM model, as for stories) so that parley-core does not depend on the embeddings module.
 */
public record EventFallback(TextEmbedder embedder, double threshold, double margin) {
    /** Chosen on the odd (tuning) half of plover-gsr-dev.json only (docs/quality.md, "Embedding fallback"). */
    public static final double DEFAULT_THRESHOLD = 0.6;
    public static final double DEFAULT_MARGIN = 0.08;

    public EventFallback {
        Objects.requireNonNull(embedder, "embedder");
        if (!(threshold >= -1 && threshold <= 1)) throw new IllegalArgumentException("threshold must be a cosine in [-1, 1]: " + threshold);
        if (!(margin >= 0)) throw new IllegalArgumentException("margin must be >= 0: " + margin);
    }

    public static EventFallback defaults(TextEmbedder embedder) { return new EventFallback(embedder, DEFAULT_THRESHOLD, DEFAULT_MARGIN); }
}
