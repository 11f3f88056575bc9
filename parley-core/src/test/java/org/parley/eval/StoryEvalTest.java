package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryEvalTest {
    // gold: {a, b, c} and {d}, {e}
    static final Map<String, String> GOLD = Map.of("a", "S1", "b", "S1", "c", "S1", "d", "x-d", "e", "x-e");

    @Test void singletonsHaveNoPairsAndFullBcubedPrecision() {
        StoryEval.Scores s = StoryEval.score(GOLD, List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e")));
        assertThat(s.goldPairs()).isEqualTo(3);
        assertThat(s.pairF1()).isZero();
        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isCloseTo((3 * (1.0 / 3) + 2) / 5, offset(1e-9));
    }

    @Test void pairsAndBcubedOfAPartialMerge() {
        // predicted: {a, b, d}, {c}, {e}: one correct pair (a-b), two wrong (a-d, b-d)
        StoryEval.Scores s = StoryEval.score(GOLD, List.of(List.of("a", "b", "d"), List.of("c"), List.of("e"), List.of("unknown")));
        assertThat(s.predictedPairs()).isEqualTo(3);
        assertThat(s.correctPairs()).isEqualTo(1);
        assertThat(s.pairPrecision()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(s.pairRecall()).isCloseTo(1 / 3.0, offset(1e-9));
        // B-cubed precision: a 2/3, b 2/3, d 1/3, c 1, e 1
        assertThat(s.bcubedPrecision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1 + 1) / 5, offset(1e-9));
    }
}
