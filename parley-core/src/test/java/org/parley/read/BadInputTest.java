package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input becomes a skip with a one-line reason, and reading goes on. */
class BadInputTest {
    @TempDir Path dir;

    private static final String STORY = "Officials met on Monday to discuss trade, the ministry said in a statement.\n";

    private String reasonFor(Path f) {
        return reasonFor(new ArticleReader(), f);
    }

    private String reasonFor(ArticleReader reader, Path f) {
        List<ReadOutcome> all = Fixtures.readAll(reader, f);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).isOk()).as("skipped").isFalse();
        assertThat(all.get(0).skipped().path()).isEqualTo(f.toString());
        String reason = all.get(0).skipped().reason();
        assertThat(reason).doesNotContain("\n");
        return reason;
    }

    @Test
    void emptyAndBlank() throws Exception {
        assertThat(reasonFor(Files.createFile(dir.resolve("empty.txt")))).isEqualTo("empty file");
        assertThat(reasonFor(Files.writeString(dir.resolve("blank.txt"), "  \n\n\t "))).isEqualTo("empty file (whitespace only)");
        assertThat(reasonFor(Files.createFile(dir.resolve("empty.jsonl")))).isEqualTo("empty file");
        assertThat(reasonFor(Files.writeString(dir.resolve("blank.jsonl"), "\n\n"))).isEqualTo("no JSON records in the file");
    }

    @Test
    void binary() throws Exception {
        byte[] nul = ("PK" + "\u0000\u0003\u0004" + "rest").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reasonFor(Files.write(dir.resolve("zip.txt"), nul))).isEqualTo("binary file (NUL bytes)");
        byte[] ctl = new byte[200];
        for (int i = 0; i < ctl.length; i++) ctl[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        assertThat(reasonFor(Files.write(dir.resolve("ctl.html"), ctl))).isEqualTo("binary file (mostly non-text bytes)");
    }

    @Test
    void tooLarge() throws Exception {
        Path f = Files.writeString(dir.resolve("big.txt"), STORY.repeat(100));
        assertThat(reasonFor(new ArticleReader(ReaderOptions.defaults().withMaxFileBytes(1000)), f))
                .isEqualTo("too large: 7.4 KB exceeds the limit of 1000 bytes");
        Path jl = Files.writeString(dir.resolve("big.jsonl"), "{\"text\":\"x y z\"}\n".repeat(100));
        assertThat(reasonFor(new ArticleReader(ReaderOptions.defaults().withMaxStreamBytes(100)), jl))
                .startsWith("too large: ");
        assertThat(ReaderOptions.defaults().maxFileBytes()).isEqualTo(50L * 1024 * 1024);
    }

    @Test
    void missingPathAndUnknownExtension() throws Exception {
        assertThat(reasonFor(dir.resolve("nope.txt"))).isEqualTo("no such file or directory");
        assertThat(reasonFor(dir.resolve("nope-folder"))).isEqualTo("no such file or directory");
        assertThat(reasonFor(Files.writeString(dir.resolve("report.PDF"), "%PDF"))).isEqualTo("unsupported format .pdf");
        assertThat(reasonFor(Files.writeString(dir.resolve("README"), "hello"))).isEqualTo("unsupported format (no file extension)");
    }

    @Test
    void unreadable() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
        Path f = Files.writeString(dir.resolve("locked.txt"), STORY);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        try {
            assertThat(reasonFor(f)).isEqualTo("permission denied");
        } finally {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void fifoIsNotRead() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(p.waitFor()).isZero();
        assertThat(reasonFor(fifo)).isEqualTo("not a regular file");
    }

    @Test
    void headerOnlyFile() throws Exception {
        assertThat(reasonFor(Files.writeString(dir.resolve("h.txt"), "Title: Something\nDate: 2020-01-01\n")))
                .isEqualTo("no article text after the header");
    }

    @Test
    void readingGoesOnAfterEveryFailure() throws Exception {
        Files.createFile(dir.resolve("a_empty.txt"));
        Files.write(dir.resolve("b_binary.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("c_bad.jsonl"), "{nope\n");
        Files.writeString(dir.resolve("d_slides.pptx"), "x");
        Files.writeString(dir.resolve("e_cut.warc.gz"), "\u001f\u008b\u0008garbage", StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("f_good.txt"), STORY);
        List<ReadOutcome> all = Fixtures.readAll(dir, dir.resolve("missing.txt"));
        assertThat(all).hasSize(7);
        assertThat(all.get(5).article().id()).isEqualTo("f_good.txt");
        assertThat(all.stream().filter(o -> !o.isOk()).map(o -> o.skipped().reason()).toList())
                .allSatisfy(r -> assertThat(r).isNotBlank().doesNotContain("\n").doesNotContain("internal error"));
        all.forEach(o -> System.out.println(o.isOk() ? "ok   " + o.article().id() : "skip " + o.skipped().path() + ": " + o.skipped().reason()));
    }
}
