package org.parley.spark;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small corpus written for these tests (invented text): a JSONL file and a gzipped WARC file. */
final class Fixtures {
    private Fixtures() {}

    static final String TALKS_1 = "GENEVA (Wire) - Russian Foreign Minister Sergei Lavrov met Ukrainian Foreign Minister"
            + " Dmytro Kuleba in Geneva on Monday to discuss a ceasefire in eastern Ukraine. \"We agreed to meet again next"
            + " month,\" Lavrov told reporters after the talks. Kuleba said Ukraine would not give up any territory.";
    static final String TALKS_2 = "Ukraine and Russia held talks in Geneva on Monday. Dmytro Kuleba, Ukraine's foreign"
            + " minister, accused Russia of shelling villages near Donetsk. Sergei Lavrov rejected the accusation and said"
            + " Moscow wanted a ceasefire.";
    static final String PROTEST = "Thousands of farmers protested in Paris on Saturday against new fuel taxes. Police"
            + " arrested 40 people near the National Assembly, the interior ministry said. \"We cannot live like this,\""
            + " said Marie Dupont, a farmer from Brittany.";
    static final String FRENCH = "Le gouvernement a annoncé mardi une nouvelle loi sur les retraites. Les syndicats ont"
            + " appelé à la grève dans tout le pays et ont dénoncé une réforme injuste.";

    static Path jsonl(Path dir) throws Exception {
        Path f = dir.resolve("wire.jsonl");
        List<String> lines = List.of(
                line("talks-1", "Lavrov and Kuleba meet in Geneva", "2024-03-04", TALKS_1),
                line("talks-2", "Ukraine accuses Russia at Geneva talks", "2024-03-04", TALKS_2),
                // a copy of the first article under another id: a near-duplicate
                line("talks-1-copy", "Lavrov and Kuleba meet in Geneva", "2024-03-04", TALKS_1),
                "{\"id\": \"broken\", \"text\": ",
                line("protest", "Farmers protest in Paris", "2024-03-09", PROTEST),
                // no date: its rows go to the Parquet tables' partition of unknown dates
                line("retraites", "Retraites: la grève", null, FRENCH));
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static String line(String id, String title, String date, String text) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"published\": " + (date == null ? "null" : "\"" + date + "\"") + ", \"text\": \""
                + text.replace("\"", "\\\"") + "\"}";
    }

    static Path warc(Path dir) throws Exception {
        Path f = dir.resolve("crawl.warc.gz");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(response("https://news.example.com/2024/03/05/port-deal", page("Sri Lanka signs port deal",
                    "2024-03-05T09:00:00Z", "COLOMBO (Harbour News) - Sri Lanka signed an agreement with India on Tuesday"
                            + " to expand the port of Colombo, the ports authority said. President Ranil Wickremesinghe"
                            + " welcomed the deal.")));
            w.write(response("https://news.example.com/logo.png", MediaType.parse("image/png"), "PNG".getBytes()));
            w.write(response("https://news.example.com/2024/03/06/port-deal-reaction", page("India praises Colombo port deal",
                    "2024-03-06T10:00:00Z", "India's foreign ministry praised the agreement with Sri Lanka on the port of"
                            + " Colombo on Wednesday. \"This deal will bring jobs to both countries,\" a spokesman said.")));
        }
        return f;
    }

    private static String page(String title, String date, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"" + date
                + "\"></head><body><nav>Menu</nav><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
    }

    private static WarcResponse response(String uri, String html) throws Exception {
        return response(uri, MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8));
    }

    private static WarcResponse response(String uri, MediaType type, byte[] body) throws Exception {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }
}
