package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.eval.plover.PloverRecord;

class EvalHalfTest {
    private static List<PloverRecord> records(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new PloverRecord("r" + i, "AGREE", "AGREE", "text " + i, null, List.of(), List.of(), null, null))
                .toList();
    }

    @Test void oddHoldsTheFirstRecordAndEvenTheSecond() {
        List<PloverRecord> all = records(5);
        assertThat(EvalEventsCommand.select(all, EvalEventsCommand.Half.odd)).extracting(PloverRecord::id)
                .containsExactly("r1", "r3", "r5");
        assertThat(EvalEventsCommand.select(all, EvalEventsCommand.Half.even)).extracting(PloverRecord::id)
                .containsExactly("r2", "r4");
        assertThat(EvalEventsCommand.select(all, EvalEventsCommand.Half.all)).hasSize(5);
    }
}
