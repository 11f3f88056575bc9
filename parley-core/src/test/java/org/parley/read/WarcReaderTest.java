package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.model.Article;

class WarcReaderTest {
    @TempDir Path dir;

    private static String page(String title, String date, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"" + date + "\"></head>"
                + "<body><nav>Menu</nav><article><h1>" + title + "</h1><p>" + body + "</p>"
                + "<p>Negotiators said further rounds of talks were planned before the end of the year.</p></article></body></html>";
    }

    private Path writeWarc(String name, WarcCompression compression) throws Exception {
        Path f = dir.resolve(name);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, compression)) {
            String u1 = "https://news.example.com/2019/10/01/port-deal";
            w.write(new WarcRequest.Builder(URI.create(u1))
                    .body(new HttpRequest.Builder("GET", "/2019/10/01/port-deal").build()).build());
            w.write(response(u1, 200, MediaType.HTML_UTF8, page("Port deal signed", "2019-10-01T09:00:00Z",
                    "COLOMBO (Harbour News) - Sri Lanka signed a deal on Tuesday to expand its main container port with foreign investors, the ports authority said.")));
            w.write(response("https://news.example.com/logo.png", 200, MediaType.parse("image/png"), "PNG".getBytes()));
            w.write(response("https://news.example.com/moved", 301, MediaType.HTML, "<p>moved</p>".getBytes()));
            w.write(response("https://news.example.com/2019/10/02/rail-deal", 200, MediaType.parse("text/html; charset=windows-1252"),
                    page("Rail deal", "2019-10-02", "Bangladesh’s rail ministry said on Wednesday it had signed a loan for a new line to the coast, officials said.")
                            .getBytes(java.nio.charset.Charset.forName("windows-1252"))));
            w.write(response("https://news.example.com/empty", 200, MediaType.HTML, "<html><body><nav>x</nav></body></html>".getBytes()));
        }
        return f;
    }

    private static WarcResponse response(String uri, int status, MediaType type, String html) throws Exception {
        return response(uri, status, type, html.getBytes(StandardCharsets.UTF_8));
    }

    private static WarcResponse response(String uri, int status, MediaType type, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved").body(type, body).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }

    @Test
    void htmlResponsesBecomeArticles() throws Exception {
        for (WarcCompression c : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path f = writeWarc(c == WarcCompression.GZIP ? "news.warc.gz" : "news.warc", c);
            List<ReadOutcome> all = Fixtures.readAll(f);
            assertThat(all).hasSize(3);
            Article port = all.get(0).article();
            assertThat(port.id()).isEqualTo(f.getFileName() + "#https://news.example.com/2019/10/01/port-deal");
            assertThat(port.url()).isEqualTo("https://news.example.com/2019/10/01/port-deal");
            assertThat(port.title()).isEqualTo("Port deal signed");
            assertThat(port.published()).isEqualTo(LocalDate.of(2019, 10, 1));
            assertThat(port.dateline().place()).isEqualTo("COLOMBO");
            assertThat(port.outlet()).isEqualTo("news.example.com");
            assertThat(port.text()).doesNotContain("Menu");
            Fixtures.checkSpans(port);
            Article rail = all.get(1).article();
            assertThat(rail.text()).contains("Bangladesh’s rail ministry");
            assertThat(all.get(2).skipped().reason()).contains("no article text found");
        }
    }

    @Test
    void truncatedGzipKeepsWhatCameBefore() throws Exception {
        Path f = writeWarc("news.warc.gz", WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(f);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        List<ReadOutcome> all = Fixtures.readAll(cut);
        assertThat(all).isNotEmpty();
        assertThat(all.get(0).isOk()).isTrue();
        ReadOutcome last = all.get(all.size() - 1);
        assertThat(last.isOk()).isFalse();
        assertThat(last.skipped().reason()).containsAnyOf("truncated", "corrupt", "read error");
        System.out.println("truncated WARC: " + last.skipped().reason());
    }

    @Test
    void gzipContentEncodingIsUndone() throws Exception {
        Path f = dir.resolve("enc.warc.gz");
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(page("Dam talks", "2020-05-05", "ADDIS ABABA (Horn Wire) - Ethiopia, Egypt and Sudan resumed talks on the dam on Tuesday, mediators said.")
                    .getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.HTML_UTF8, gz.toByteArray()).build();
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create("https://example.org/dam")).body(http).build());
        }
        Article a = Fixtures.only(f);
        assertThat(a.dateline().place()).isEqualTo("ADDIS ABABA");
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 5, 5));
    }

    @Test
    void garbageWarc() throws Exception {
        Path f = dir.resolve("junk.warc");
        Files.writeString(f, "this is not a WARC file\n");
        List<ReadOutcome> all = Fixtures.readAll(f);
        assertThat(all).singleElement().satisfies(o -> assertThat(o.isOk()).isFalse());
        System.out.println("junk WARC: " + all.get(0).skipped().reason());
    }
}
