package org.parley.embed.minilm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.parley.embed.TextEmbedder;

/**
 * {@link TextEmbedder} over all-MiniLM-L6-v2 (384 dimensions), run in process with ONNX Runtime through
 * langchain4j; the model ships inside its Maven artifact, so nothing is fetched at run time. The only class
 * that sees langchain4j types.
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override public float[] embed(String text) {
        Embedding e = model.embed(text == null ? "" : text).content();
        e.normalize();
        return e.vector();
    }
}
