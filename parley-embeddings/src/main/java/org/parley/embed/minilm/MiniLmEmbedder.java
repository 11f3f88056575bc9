package org.parley.embed.minilm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.parley.embed.TextEmbedder;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions) run in-process by langchain4j; the model ships in a
 * Maven Central jar, so nothing is downloaded at run time. Texts are cut by the model at 256 word pieces:
 * give it titles, leads and sentences, not whole articles. One instance per process is enough (thread-safe).
 */
public final class MiniLmEmbedder implements TextEmbedder {
    private static final int DIMENSION = 384;
    private final EmbeddingModel model;

    public MiniLmEmbedder() {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override public int dimension() { return DIMENSION; }

    @Override public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) segments.add(TextSegment.from(t == null || t.isBlank() ? " " : t));
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) out.add(unit(e.vector()));
        return out;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        norm = Math.sqrt(norm);
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
        return out;
    }
}
