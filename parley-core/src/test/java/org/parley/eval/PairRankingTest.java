package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairRankingTest {
    @Test void aucIsTheShareOfCorrectlyOrderedPositiveNegativePairs() {
        List<PairRanking.Pair> p = List.of(new PairRanking.Pair(true, 0.9), new PairRanking.Pair(false, 0.8),
                new PairRanking.Pair(true, 0.5), new PairRanking.Pair(false, 0.5), new PairRanking.Pair(false, 0.1));
        // positives 0.9 (beats 3) and 0.5 (beats 0.1, ties 0.5): (3 + 1.5) / 6
        assertThat(PairRanking.auc(p)).isCloseTo(0.75, offset(1e-9));
        assertThat(PairRanking.topK(p, 4, 1, 2)).isEqualTo("top1 P1.00 R0.25 | top2 P0.50 R0.25");
    }
}
