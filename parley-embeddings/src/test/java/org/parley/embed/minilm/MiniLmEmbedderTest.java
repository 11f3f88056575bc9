package org.parley.embed.minilm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.embed.TextEmbedder;

class MiniLmEmbedderTest {
    @Test void similarSentencesAreCloserThanUnrelatedOnes() {
        TextEmbedder e = new MiniLmEmbedder();
        float[] a = e.embed("The army shelled the rebel town overnight.");
        float[] b = e.embed("Artillery fire hit the insurgent-held city during the night.");
        float[] c = e.embed("The central bank left interest rates unchanged.");
        assertThat(a).hasSize(384);
        assertThat(TextEmbedder.cosine(a, a)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(TextEmbedder.cosine(a, b)).isGreaterThan(TextEmbedder.cosine(a, c));
    }
}
