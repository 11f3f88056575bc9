package org.parley.embed.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.embed.TextEmbedder;

/** The real model, in-process: paraphrases are closer than unrelated news. */
class MiniLmEmbedderTest {
    @Test void paraphrasesAreCloserThanUnrelatedSentences() {
        TextEmbedder e = new MiniLmEmbedder();
        List<float[]> v = e.embed(List.of(
                "The two presidents met for talks at the palace outside Paris.",
                "Leaders of both countries held a meeting near the French capital.",
                "Heavy rain flooded farms in the south of the province."));
        assertThat(v).hasSize(3).allSatisfy(x -> assertThat(x).hasSize(e.dimension()));
        assertThat(TextEmbedder.cosine(v.get(0), v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(TextEmbedder.cosine(v.get(0), v.get(1))).isGreaterThan(TextEmbedder.cosine(v.get(0), v.get(2)) + 0.2);
    }
}
