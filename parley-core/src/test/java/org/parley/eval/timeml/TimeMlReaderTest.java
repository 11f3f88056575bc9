package org.parley.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
    private static String fixture() throws IOException {
        try (InputStream in = TimeMlReaderTest.class.getResourceAsStream("/org/parley/eval/timeml/sample.tml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test void readsTextDctAndGoldOffsetsInPlainText() throws Exception {
        TimeMlDocument d = new TimeMlReader().parse("sample", fixture());
        assertThat(d.dct()).isEqualTo(LocalDate.of(2017, 5, 30));
        assertThat(d.text()).startsWith("\nBorder guards & soldiers clashed on Monday");
        assertThat(d.timexes()).hasSize(3);
        for (GoldTimex g : d.timexes()) assertThat(d.text().substring(g.start(), g.end())).isEqualTo(g.text());
        assertThat(d.timexes()).extracting(GoldTimex::value).containsExactly("2017-05-29", "2017-W23", "P2D");
        assertThat(d.timexes().get(2).type()).isEqualTo("DURATION");
    }

    @Test void readsFoldersAndTarGzArchives(@TempDir Path dir) throws Exception {
        byte[] xml = fixture().getBytes(StandardCharsets.UTF_8);
        Path sub = Files.createDirectories(dir.resolve("corpus/a"));
        Files.write(sub.resolve("one.tml"), xml);
        Files.writeString(sub.resolve("notes.txt"), "not TimeML");
        assertThat(new TimeMlReader().readAll(dir.resolve("corpus")).documents()).hasSize(1);

        Path tgz = dir.resolve("corpus.tar.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            out.write(tarEntry("corpus/a/one.tml", xml));
            out.write(tarEntry("corpus/b/two.tml", xml));
            out.write(new byte[1024]);
        }
        TimeMlReader.Result r = new TimeMlReader().readAll(tgz);
        assertThat(r.documents()).extracting(TimeMlDocument::id).containsExactly("corpus/a/one.tml", "corpus/b/two.tml");
        assertThat(r.failures()).isEmpty();
    }

    @Test void brokenFilesAreReportedNotThrown(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.tml"), "<TimeML><TEXT>unclosed");
        TimeMlReader.Result r = new TimeMlReader().readAll(dir);
        assertThat(r.documents()).isEmpty();
        assertThat(r.failures()).hasSize(1);
    }

    /** One ustar entry: header + data padded to 512 bytes. */
    private static byte[] tarEntry(String name, byte[] data) throws IOException {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, h, 0, n.length);
        put(h, 100, "0000644\0");
        put(h, 108, "0000000\0");
        put(h, 116, "0000000\0");
        put(h, 124, String.format("%011o\0", data.length));
        put(h, 136, "00000000000\0");
        h[156] = '0';
        put(h, 257, "ustar\0");
        put(h, 263, "00");
        for (int i = 148; i < 156; i++) h[i] = ' ';
        int sum = 0;
        for (byte b : h) sum += b & 0xff;
        put(h, 148, String.format("%06o\0 ", sum));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(h);
        out.write(data);
        out.write(new byte[(512 - data.length % 512) % 512]);
        return out.toByteArray();
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }
}
