package org.parley.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Without a terminal (nohup, cron, CI), progress is a plain line at most every 10 seconds. */
class ProgressTest {
    @Test void withoutATerminalOneLineAtMostEveryTenSeconds() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(Progress.Mode.LOG, new PrintStream(buf, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        for (int s = 0; s <= 60; s++) {
            for (int k = 0; k < 10; k++) p.update(s * 10L + k, 1, start + s * 1_000_000_000L + k * 1_000_000L);
        }
        p.finish();
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out.lines().count()).isBetween(5L, 6L);
        assertThat(out).doesNotContain("\r");
        assertThat(out.lines().findFirst().orElseThrow()).matches("parley: \\d+ articles  [\\d.]+ articles/s  1 skipped  \\(\\d+ s\\)");
    }

    @Test void offPrintsNothing() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(Progress.Mode.OFF, new PrintStream(buf, true, StandardCharsets.UTF_8));
        p.update(5, 0, System.nanoTime() + 60_000_000_000L);
        p.finish();
        assertThat(buf.size()).isZero();
    }
}
