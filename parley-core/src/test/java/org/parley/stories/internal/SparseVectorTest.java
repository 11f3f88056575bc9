package org.parley.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
    @Test void sameTextHasCosineOneAndSharedRareWordsCountMost() {
        DocumentFrequencies df = new DocumentFrequencies();
        List<String> texts = List.of(
                "The harbour workers of Velmora went on strike over pay on Monday.",
                "Velmora harbour workers strike for a second day over pay.",
                "The council of Ostrand approved a new budget for the schools.",
                "The weather in Ostrand was mild for the season.");
        List<Map<Integer, Float>> counts = texts.stream().map(Terms::count).toList();
        for (Map<Integer, Float> c : counts) df.add(new TreeSet<>(c.keySet()));
        List<SparseVector> v = counts.stream().map(c -> SparseVector.tfIdf(c, df, 150)).toList();
        assertThat(v.get(0).dot(v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(v.get(0).dot(v.get(1))).isGreaterThan(0.3);
        assertThat(v.get(0).dot(v.get(2))).isLessThan(0.1);
    }

    @Test void termsSkipShortWordsNumbersAndPossessives() {
        Map<Integer, Float> c = Terms.count("Velmora's 2016 strike at Velmora");
        assertThat(c).containsEntry(Terms.termKey("velmora"), 2f).containsEntry(Terms.termKey("strike"), 1f).hasSize(2);
    }
}
