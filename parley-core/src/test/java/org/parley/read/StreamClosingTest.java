package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the stream early releases the file it was reading; consuming it to the end does too. */
class StreamClosingTest {
    @TempDir Path dir;

    private static long openFilesUnder(Path dir) throws Exception {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).startsWith(dir);
                } catch (Exception e) {
                    return false;
                }
            }).count();
        }
    }

    @Test
    void closesTheOpenFile() throws Exception {
        assumeThat(Files.isDirectory(Path.of("/proc/self/fd"))).isTrue();
        Path f = dir.resolve("many.jsonl");
        Files.writeString(f, "{\"text\": \"Officials met on Monday to discuss trade, the ministry said.\"}\n".repeat(50));
        Files.writeString(dir.resolve("z.txt"), "Officials met on Monday to discuss trade, the ministry said.\n");

        Stream<ReadOutcome> s = new ArticleReader().read(List.of(dir));
        Iterator<ReadOutcome> it = s.iterator();
        it.next();
        assertThat(openFilesUnder(dir)).isEqualTo(1); // one file open at a time
        s.close();
        assertThat(openFilesUnder(dir)).isZero();
        assertThat(it.hasNext()).isFalse();

        try (Stream<ReadOutcome> all = new ArticleReader().read(List.of(dir))) {
            assertThat(all.count()).isEqualTo(51);
        }
        assertThat(openFilesUnder(dir)).isZero();
        // Consumed to the end without close(): each file is closed when exhausted.
        new ArticleReader().read(List.of(dir)).forEach(o -> { });
        assertThat(openFilesUnder(dir)).isZero();
    }
}
