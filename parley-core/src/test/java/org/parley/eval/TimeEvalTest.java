package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.timeml.GoldTimex;
import org.parley.model.Timex;

class TimeEvalTest {
    @Test void strictRelaxedAndValueScores() {
        List<GoldTimex> gold = List.of(
                new GoldTimex("t1", 10, 16, "Monday", "DATE", "2017-05-29", null),
                new GoldTimex("t2", 30, 39, "next week", "DATE", "2017-W23", null),
                new GoldTimex("t3", 50, 58, "two days", "DURATION", "P2D", null));
        List<Timex> ours = List.of(
                new Timex("d", 10, 16, "Monday", "DATE", "2017-05-29"),      // strict, right value
                new Timex("d", 25, 39, "until next week", "DATE", "2017-W24"), // relaxed only, wrong value
                new Timex("d", 70, 74, "now", "DATE", "PRESENT_REF"));         // spurious
        TimeEval e = new TimeEval();
        e.add("d", "", gold, ours);
        assertThat(e.strictF1()).isCloseTo(1.0 / 3, within(1e-9));        // P 1/3, R 1/3
        assertThat(e.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));       // P 2/3, R 2/3
        assertThat(e.valueF1()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(e.valueAccuracy()).isCloseTo(0.5, within(1e-9));
        assertThat(e.typeAccuracy()).isCloseTo(1.0, within(1e-9));
        assertThat(e.errors()).extracting(TimeEval.Error::kind).containsExactlyInAnyOrder("value", "spurious", "missed");
        assertThat(e.table()).contains("extent strict").contains("value");
        assertThat(e.topErrors("value", 5)).contains("next week");
    }

    @Test void eachTimexMatchesOnce() {
        List<GoldTimex> gold = List.of(new GoldTimex("t1", 0, 20, "the first half of May", "DATE", "2017-05", "START"));
        List<Timex> ours = List.of(new Timex("d", 0, 9, "the first", "DATE", "2017-05"), new Timex("d", 13, 20, "of May", "DATE", "2017-05"));
        TimeEval e = new TimeEval();
        e.add("d", "", gold, ours);
        assertThat(e.relaxedF1()).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
    }
}
