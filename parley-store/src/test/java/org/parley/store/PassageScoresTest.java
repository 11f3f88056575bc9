package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoresTest {
    @Test void scoresExactlyAsLucenesScorer() {
        String[][] cases = {{"energy"}, {"energy", "trade", "energy"}, {"a", "b", "c", "a", "b", "a"}, {}};
        for (String[] terms : cases) {
            for (int start : new int[] {0, 250, 4_000}) {
                Passage p = new Passage();
                p.setStartOffset(start);
                p.setEndOffset(start + 200);
                int at = start;
                for (int i = 0; i < terms.length; i++) {
                    p.addMatch(at, at + terms[i].length(), new BytesRef(terms[i]), 1 + terms[i].length() + i % 2);
                    at += terms[i].length() + 3;
                }
                assertThat(new PassageScores().score(p, 5_000)).isEqualTo(new PassageScorer().score(p, 5_000));
            }
        }
    }
}
