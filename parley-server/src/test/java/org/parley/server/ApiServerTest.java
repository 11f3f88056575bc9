package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreSink;
import org.parley.store.synthetic.SyntheticCorpus;
import org.parley.write.Json;

/** A real server on a free loopback port over a real store of synthetic articles. */
class ApiServerTest {
    @TempDir static Path dir;
    static ApiServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll static void start() {
        try (StoreSink sink = new StoreSink(dir)) {
            new SyntheticCorpus("api/", LocalDate.of(2024, 5, 1), 4).feed(new StatementsInBackground(sink), 0, 80, 0);
            sink.records("stories", List.of(new Story("S1", "Russia and France", List.of("api/0000000", "api/0000010"))));
        }
        server = ApiServer.start(dir, "127.0.0.1", 0);
    }

    record Story(String id, String title, List<String> articles) {}

    @AfterAll static void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return Json.mapper().readTree(r.body());
    }

    private static JsonNode error(String path, int status) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode e = Json.mapper().readTree(r.body()).get("error");
        assertThat(e.get("status").asInt()).isEqualTo(status);
        assertThat(e.get("message").asText()).isNotBlank();
        return e;
    }

    @Test void searchWithFacetsAndPaging() throws Exception {
        JsonNode r = ok("/api/search?q=" + URLEncoder.encode("border security", StandardCharsets.UTF_8) + "&limit=5");
        assertThat(r.get("total").asLong()).isPositive();
        assertThat(r.get("hits")).hasSizeLessThanOrEqualTo(5);
        assertThat(r.get("hits").get(0).get("snippet").asText()).contains("<mark>border</mark>");
        assertThat(r.get("facets").get("type").toString()).contains("STATEMENT");
        JsonNode typed = ok("/api/search?type=ACCUSE&actor=rus&facets=false");
        assertThat(typed.get("hits")).allSatisfy(h -> assertThat(h.get("title").asText()).contains("accused"));
    }

    @Test void anArticleWithItsAnnotationsByOffset() throws Exception {
        JsonNode a = ok("/api/articles/api/0000003");
        String text = a.get("text").asText();
        JsonNode ann = a.get("annotations");
        assertThat(ann.get("entities")).hasSize(4).allSatisfy(m ->
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText()));
        assertThat(ann.get("events")).hasSize(2);
        assertThat(ann.get("quotes").get(0).get("speaker_entity").asText()).startsWith("E");
        assertThat(ann.get("timexes").get(0).get("text").asText()).isEqualTo("Monday");
        error("/api/articles/nope", 404);
    }

    @Test void entitiesEventsQuotesStoriesAndDyads() throws Exception {
        JsonNode events = ok("/api/events?actor=RUS&limit=3");
        assertThat(events.get("total").asLong()).isGreaterThan(3);
        assertThat(events.get("items")).hasSize(3);
        JsonNode accuse = ok("/api/events?actor=RUS&type=accuse");
        assertThat(accuse.get("items")).isNotEmpty().allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("ACCUSE"));
        JsonNode first = events.get("items").get(0);
        JsonNode side = first.get("source").get(0).get("country").asText().equals("RUS") ? first.get("source") : first.get("target");
        String russia = side.get(0).get("entity").asText();
        JsonNode entity = ok("/api/entities/" + russia + "?limit=2");
        assertThat(entity.get("name").asText()).isEqualTo("Russia");
        assertThat(entity.get("mentions").get("items")).hasSize(2);
        assertThat(entity.get("events").get("total").asLong()).isPositive();

        JsonNode quad = ok("/api/events?quad=4&since=2024-05-01&until=2024-12-31");
        assertThat(quad.get("items")).allSatisfy(e -> assertThat(e.get("quad_class").asInt()).isEqualTo(4));

        JsonNode quotes = ok("/api/quotes?speaker=" + URLEncoder.encode("minister li wen", StandardCharsets.UTF_8));
        assertThat(quotes.get("total").asLong()).isPositive();
        assertThat(quotes.get("items")).allSatisfy(q -> assertThat(q.get("speaker_name").asText()).isEqualTo("Minister Li Wen"));

        assertThat(ok("/api/stories/S1").get("title").asText()).isEqualTo("Russia and France");
        error("/api/stories/S404", 404);

        JsonNode dyad = ok("/api/dyads?a=RUS&b=FRA");
        JsonNode month = dyad.get("series").get("items").get(0);
        assertThat(month.get("month").asText()).isEqualTo("2024-05");
        assertThat(month.get("a_to_b").asLong() + month.get("b_to_a").asLong()).isPositive();

        JsonNode api = ok("/api/openapi.json");
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").has("/api/dyads")).isTrue();
    }

    /** Salience is a field of every event and a filter of the events list and the dyads (StatementsInBackground). */
    @Test void eventsCarryTheirSalienceAndFilterByIt() throws Exception {
        JsonNode all = ok("/api/events?limit=100&since=2024-05-01&until=2024-05-10");
        JsonNode main = ok("/api/events?limit=100&since=2024-05-01&until=2024-05-10&salience=MAIN");
        JsonNode background = ok("/api/events?limit=100&since=2024-05-01&until=2024-05-10&salience=background");
        assertThat(all.get("items")).allSatisfy(e -> assertThat(e.get("salience").asText()).isIn("MAIN", "BACKGROUND"));
        assertThat(main.get("items")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("salience").asText()).isEqualTo("MAIN");
            assertThat(e.get("type").asText()).isNotEqualTo("STATEMENT");
        });
        assertThat(background.get("items")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("salience").asText()).isEqualTo("BACKGROUND");
            assertThat(e.get("type").asText()).isEqualTo("STATEMENT");
        });
        assertThat(main.get("total").asLong() + background.get("total").asLong()).isEqualTo(all.get("total").asLong());
        JsonNode article = ok("/api/articles/api/0000003").get("annotations").get("events");
        assertThat(article).anySatisfy(e -> assertThat(e.get("salience").asText()).isEqualTo("BACKGROUND"));
        // the synthetic dyads are between countries, never a minister's statement: the same counts either way
        assertThat(ok("/api/dyads?a=RUS&b=FRA&salience=MAIN").get("series")).isEqualTo(ok("/api/dyads?a=RUS&b=FRA").get("series"));
        assertThat(error("/api/events?salience=side", 400).get("message").asText()).contains("salience").contains("MAIN");
        JsonNode api = ok("/api/openapi.json");
        assertThat(api.get("paths").get("/api/events").get("get").get("parameters").toString()).contains("salience");
    }

    @Test void badRequestsAreJsonErrorsWithoutStackTraces() throws Exception {
        assertThat(error("/api/events?limit=1000", 400).get("message").asText()).contains("limit");
        assertThat(error("/api/events?since=yesterday", 400).get("message").asText()).contains("since");
        assertThat(error("/api/dyads?a=RUS", 400).get("message").asText()).contains("'b'");
        error("/api/search?q=" + URLEncoder.encode("title:(unclosed", StandardCharsets.UTF_8), 400);
        error("/api/search?q=" + "x".repeat(600), 400);
        error("/api/search?q=" + "x".repeat(3000), 414);
        error("/api/nothing-here", 404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).startsWith("{\"error\"");
        HttpResponse<String> huge = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
                .header("X-Big", "y".repeat(20_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(huge.statusCode()).isEqualTo(431);
        assertThat(huge.body()).doesNotContain("<html").doesNotContain("\tat ");
    }

    /** Paging over HTTP: pages of a list, asked twice (the second time with the total cached), tile it without gaps or repeats. */
    @Test void pagesOfEventsAndQuotationsTileTheWholeList() throws Exception {
        for (String list : List.of("/api/events?actor=RUS", "/api/quotes?speaker=" + URLEncoder.encode("Minister Anna Berg", StandardCharsets.UTF_8))) {
            JsonNode all = ok(list + "&limit=100");
            long total = all.get("total").asLong();
            assertThat(total).isGreaterThan(5).isLessThanOrEqualTo(100);
            List<String> whole = new java.util.ArrayList<>();
            all.get("items").forEach(i -> whole.add(i.get("id").asText()));
            for (int round = 0; round < 2; round++) {
                List<String> paged = new java.util.ArrayList<>();
                for (int offset = 0; offset < total; offset += 3) {
                    JsonNode page = ok(list + "&offset=" + offset + "&limit=3");
                    assertThat(page.get("total").asLong()).isEqualTo(total);
                    page.get("items").forEach(i -> paged.add(i.get("id").asText()));
                }
                assertThat(paged).as(list).isEqualTo(whole);
            }
        }
    }
}
