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

    /** When the input size is known, the log line says how much is read and how long the rest should take. */
    @Test void withAKnownInputSizeTheLineGivesAnEta() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(Progress.Mode.LOG, new PrintStream(buf, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        p.update(40, 0, 0.5, start + 30_000_000_000L);
        assertThat(buf.toString(StandardCharsets.UTF_8).strip()).matches(
                "parley: 40 articles  [\\d.]+ articles/s  0 skipped  \\(30 s\\), 50% of the input read, about 30 s left");
        assertThat(Progress.eta(0.5, 600)).isEqualTo(", 50% of the input read, about 10 min left");
        assertThat(Progress.eta(-1, 600)).as("unknown size: no ETA").isEmpty();
        assertThat(Progress.eta(0, 600)).as("nothing read yet: no ETA").isEmpty();
    }

    /** The share read counts whole files, in input order: a file is read once the reader moved past it. */
    @Test void theShareReadCountsTheFilesTheReaderMovedPast(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.jsonl"), "x".repeat(300));
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.txt"), "x".repeat(100));
        InputSize size = InputSize.of(java.util.List.of(dir), java.util.List.of());
        assertThat(size.fractionRead()).isZero();
        size.reading(a + "#1");
        size.reading(a + "#2");
        assertThat(size.fractionRead()).isZero();
        size.reading(b.toString());
        assertThat(size.fractionRead()).isEqualTo(0.75);
        assertThat(InputSize.unknown().fractionRead()).isNegative();
    }

    @Test void offPrintsNothing() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(Progress.Mode.OFF, new PrintStream(buf, true, StandardCharsets.UTF_8));
        p.update(5, 0, System.nanoTime() + 60_000_000_000L);
        p.finish();
        assertThat(buf.size()).isZero();
    }
}
