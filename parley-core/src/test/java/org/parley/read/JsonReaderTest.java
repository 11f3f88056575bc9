package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class JsonReaderTest {
    @TempDir Path dir;

    private static final String TEXT = "Officials met on Monday to discuss trade, the ministry said in a statement.";

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void singleLineWithoutIdIsNamedAfterTheFile() throws Exception {
        Article a = Fixtures.only(write("one.jsonl", "{\"text\": \"" + TEXT + "\"}\n"));
        assertThat(a.id()).isEqualTo("one.jsonl");
        assertThat(a.text()).isEqualTo(TEXT);
        assertThat(a.body()).hasSize(1);
        assertThat(a.body().get(0).of(a.text())).isEqualTo(TEXT);
    }

    @Test
    void malformedLinesAreSkippedAndReadingGoesOn() throws Exception {
        Path f = write("mixed.jsonl", "{\"text\": \"" + TEXT + "\"}\n\n{oops\n[1,2]\n{\"text\": \"\"}\n{\"text\": \"" + TEXT + "\", \"id\": 5}\n");
        List<ReadOutcome> all = Fixtures.readAll(f);
        assertThat(all).hasSize(5);
        assertThat(all.get(0).article().id()).isEqualTo("mixed.jsonl#1");
        assertThat(all.get(1).skipped().reason()).startsWith("line 3: malformed JSON: ");
        assertThat(all.get(2).skipped().reason()).isEqualTo("line 4: not a JSON object");
        assertThat(all.get(3).skipped().reason()).isEqualTo("line 5: empty text");
        assertThat(all.get(4).article().id()).isEqualTo("5");
        assertThat(all).allSatisfy(o -> assertThat(o.isOk() ? o.article().path() : o.skipped().path()).isEqualTo(f.toString()));
    }

    @Test
    void lineNumbersCountLeadingBlankLines() throws Exception {
        Path f = write("blank-start.jsonl", "\n\n{\"text\": \"" + TEXT + "\"}\n{broken\n");
        List<ReadOutcome> all = Fixtures.readAll(f);
        assertThat(all.get(0).article().id()).isEqualTo("blank-start.jsonl#3");
        assertThat(all.get(1).skipped().reason()).startsWith("line 4: malformed JSON");
    }

    @Test
    void newsPleaseFields() throws Exception {
        Article a = Fixtures.only(write("np.json", "{\n  \"maintext\": \"" + TEXT + "\",\n  \"title\": \"Trade talks\",\n"
                + "  \"date_publish\": \"2017-05-30 10:00:00\",\n  \"url\": \"https://example.org/x\",\n"
                + "  \"source_domain\": \"example.org\",\n  \"language\": \"en\"\n}\n"));
        assertThat(a.id()).isEqualTo("np.json");
        assertThat(a.title()).isEqualTo("Trade talks");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 5, 30));
        assertThat(a.publishedFrom()).isEqualTo("metadata");
        assertThat(a.outlet()).isEqualTo("example.org");
        assertThat(a.url()).isEqualTo("https://example.org/x");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void jsonFileWithOneObjectPerLine() throws Exception {
        Path f = write("lines.json", "{\"text\": \"" + TEXT + "\"}\n{\"text\": \"" + TEXT + "\"}\n");
        assertThat(Fixtures.readAll(f)).extracting(o -> o.article().id()).containsExactly("lines.json#1", "lines.json#2");
    }

    @Test
    void jsonArrayAndMalformedArray() throws Exception {
        Path ok = write("arr.json", "[{\"text\": \"" + TEXT + "\", \"published\": \"2020-02-02T08:00:00+01:00\"}, {\"text\": \"" + TEXT + "\"}]");
        List<ReadOutcome> all = Fixtures.readAll(ok);
        assertThat(all).extracting(o -> o.article().id()).containsExactly("arr.json#1", "arr.json#2");
        assertThat(all.get(0).article().published()).isEqualTo(LocalDate.of(2020, 2, 2));
        Path bad = write("bad.json", "[{\"text\": \"" + TEXT + "\"}, {\"text\": ]");
        List<ReadOutcome> some = Fixtures.readAll(bad);
        assertThat(some).hasSize(2);
        assertThat(some.get(0).isOk()).isTrue();
        assertThat(some.get(1).skipped().reason()).startsWith("item 2: malformed JSON");
        assertThat(Fixtures.readAll(write("single.json", "[{\"text\": \"" + TEXT + "\"}]")).get(0).article().id())
                .isEqualTo("single.json");
    }

    @Test
    void prettyPrintedObjectsInARow() throws Exception {
        Path f = write("pretty.json", "{\n  \"text\": \"" + TEXT + "\"\n}\n{\n  \"text\": \"" + TEXT + "\",\n  \"id\": \"b\"\n}\n");
        assertThat(Fixtures.readAll(f)).extracting(o -> o.article().id()).containsExactly("pretty.json#1", "b");
    }

    @Test
    void notJsonAtAll() throws Exception {
        assertThat(Fixtures.readAll(write("x.json", "hello world")).get(0).skipped().reason())
                .startsWith("not JSON");
        assertThat(Fixtures.readAll(write("y.json", "{\"text\": \"unterminated")).get(0).skipped().reason())
                .startsWith("item 1: malformed JSON");
    }

    @Test
    void tooLongLineIsSkipped() throws Exception {
        String longText = "word ".repeat(400);
        Path f = write("long.jsonl", "{\"text\": \"" + longText + "\"}\n{\"text\": \"" + TEXT + "\"}\n");
        List<ReadOutcome> all = Fixtures.readAll(new ArticleReader(ReaderOptions.defaults().withMaxFileBytes(1000)), f);
        assertThat(all.get(0).skipped().reason()).startsWith("line 1: too large");
        assertThat(all.get(1).article().id()).isEqualTo("long.jsonl#2");
    }

    @Test
    void gzippedJsonLinesAndTruncatedGzip() throws Exception {
        Path gz = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 0; i < 2000; i++) {
                out.write(("{\"text\": \"" + TEXT + " Item " + i + " of the batch.\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(Fixtures.readAll(gz)).hasSize(2000).allMatch(ReadOutcome::isOk);
        byte[] bytes = Files.readAllBytes(gz);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        List<ReadOutcome> all = Fixtures.readAll(cut);
        ReadOutcome last = all.get(all.size() - 1);
        assertThat(last.isOk()).isFalse();
        assertThat(last.skipped().reason()).contains("truncated");
        assertThat(all.size()).isGreaterThan(100);
    }

    /** 100,000 lines are streamed: reading the first article does not read the file. */
    @Test
    void hundredThousandLinesStreamLazily() throws Exception {
        Path f = dir.resolve("big.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 100_000; i++) {
                w.write("{\"id\": \"n" + i + "\", \"language\": \"en\", \"text\": \"" + TEXT + " Line " + i + ".\"}\n");
            }
        }
        long t0 = System.nanoTime();
        try (Stream<ReadOutcome> s = new ArticleReader().read(List.of(f))) {
            Iterator<ReadOutcome> it = s.iterator();
            assertThat(it.next().article().id()).isEqualTo("n0");
            assertThat(it.next().article().id()).isEqualTo("n1");
        }
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        long count;
        try (Stream<ReadOutcome> s = new ArticleReader().read(List.of(f))) {
            count = s.filter(ReadOutcome::isOk).count();
        }
        long allMs = (System.nanoTime() - t1) / 1_000_000;
        assertThat(count).isEqualTo(100_000);
        System.out.printf("JSONL 100,000 lines (%.1f MB): first two articles in %d ms, all in %d ms%n",
                Files.size(f) / 1e6, firstMs, allMs);
    }
}
