package org.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import org.parley.read.ReaderOptions;

/**
 * Fuzzing the readers: whatever the bytes, reading never throws and gives articles whose spans lie in
 * their text, or skips with a one-line reason. In the normal build this runs on its seeds and on every
 * crash file kept under src/test/resources/org/parley/fuzz (each finding stays a regression test);
 * {@code .ci/fuzz} fuzzes it.
 */
class ReaderFuzzTest {
    private static final Path DIR = tempDir();
    private static final ArticleReader READER = new ArticleReader(ReaderOptions.defaults().withDetectLanguage(false)
            .withMaxFileBytes(1024 * 1024));

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("parley-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void readsWithoutThrowing(String name, byte[] bytes) throws IOException {
        Path f = DIR.resolve(name);
        Files.write(f, bytes);
        try (Stream<ReadOutcome> s = READER.read(List.of(f))) {
            s.forEach(o -> {
                if (o.isOk()) {
                    Article a = o.article();
                    assertThat(a.text()).isNotNull();
                    for (Span b : a.body()) assertThat(b.end()).isLessThanOrEqualTo(a.text().length());
                } else {
                    assertThat(o.skipped().reason()).isNotBlank().doesNotContain("\n");
                }
            });
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** The first byte picks the format, the rest is the file. */
    @FuzzTest(maxDuration = "40s")
    void readers(FuzzedDataProvider data) throws IOException {
        String name = data.pickValue(new String[] {"a.txt", "a.html", "a.jsonl", "a.json", "a.warc", "a.jsonl.gz"});
        readsWithoutThrowing(name, data.consumeRemainingAsBytes());
    }
}
