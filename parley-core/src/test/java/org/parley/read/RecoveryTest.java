package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be recovered from damaged input is recovered, and what cannot is reported once, by its right name. */
class RecoveryTest {
    @TempDir Path dir;

    private static final String STORY = "Officials met on Monday to discuss trade, the ministry said in a statement about the talks.";

    @Test void everyCompleteLineBeforeAGzipTruncationIsRead() throws IOException {
        StringBuilder lines = new StringBuilder();
        Random r = new Random(7);
        for (int i = 0; i < 1_500; i++) {
            lines.append("{\"id\":\"n").append(i).append("\",\"text\":\"").append(STORY).append(" Number ").append(r.nextInt())
                    .append(".\"}\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Arrays.copyOf(gz.toByteArray(), gz.size() * 6 / 10);
        Path f = Files.write(dir.resolve("feed.jsonl.gz"), cut);
        int recoverable = completeLinesIn(cut);
        assertThat(recoverable).isGreaterThan(500);

        List<ReadOutcome> all = Fixtures.readAll(new ArticleReader(ReaderOptions.defaults().withDetectLanguage(false)), f);

        assertThat(all.stream().filter(ReadOutcome::isOk).count()).isEqualTo(recoverable);
        List<ReadOutcome> skips = all.stream().filter(o -> !o.isOk()).toList();
        assertThat(skips).hasSize(1);
        assertThat(skips.get(0).skipped().reason()).startsWith("after line " + recoverable + ": truncated file");
    }

    /** Complete lines in what a plain decompressor gives before the damage. */
    private static int completeLinesIn(byte[] gz) {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            int b;
            while ((b = in.read()) >= 0) got.write(b);
        } catch (IOException expected) {
            // truncated
        }
        int n = 0;
        for (byte b : got.toByteArray()) if (b == '\n') n++;
        return n;
    }

    @Test void utf16WithAndWithoutAByteOrderMarkIsRead() throws IOException {
        String text = "Ministers met in Genève on Monday to discuss trade, the ministry said in a statement.";
        Path le = Files.write(dir.resolve("le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
        Path bom = Files.write(dir.resolve("bom.txt"), text.getBytes(StandardCharsets.UTF_16)); // big-endian with a BOM
        for (Path f : List.of(le, be, bom)) {
            List<ReadOutcome> all = Fixtures.readAll(new ArticleReader(), f);
            assertThat(all).hasSize(1);
            assertThat(all.get(0).isOk()).as(f.toString()).isTrue();
            assertThat(all.get(0).article().text()).contains("Genève on Monday");
        }
    }

    @Test void randomBytesNamedJsonlAreOneBinaryFileNotOneReasonPerLine() throws IOException {
        byte[] junk = new byte[200 * 1024];
        new Random(3).nextBytes(junk);
        Path f = Files.write(dir.resolve("junk.jsonl"), junk);
        List<ReadOutcome> all = Fixtures.readAll(new ArticleReader(), f);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).skipped().reason()).startsWith("binary file");
    }

    @Test void aSymbolicLinkLoopIsReportedAsALoop() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), STORY);
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        Files.createSymbolicLink(in.resolve("a.txt"), in.resolve("b.txt"));
        Files.createSymbolicLink(in.resolve("b.txt"), in.resolve("a.txt"));
        List<ReadOutcome> all = Fixtures.readAll(new ArticleReader(), in);
        assertThat(all.stream().filter(ReadOutcome::isOk).count()).isEqualTo(1);
        List<String> reasons = all.stream().filter(o -> !o.isOk()).map(o -> o.skipped().reason()).toList();
        assertThat(reasons).containsExactly("symbolic link loop", "symbolic link loop", "symbolic link loop");
        assertThat(Fixtures.readAll(new ArticleReader(), in.resolve("loop.txt")).get(0).skipped().reason()).isEqualTo("symbolic link loop");
    }
}
