package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation's acceptance criteria, on the sample corpus we wrote ourselves (samples/): runs
 * `parley analyze samples --out DIR` once and checks the JSONL it wrote.
 */
class SamplesAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path out;
    static int exitCode;

    @BeforeAll static void analyseSamples() {
        exitCode = Main.run("analyze", "../samples", "--out", out.toString(), "--threads", "2");
    }

    static List<JsonNode> read(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(file))) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    static JsonNode article(String id) throws IOException {
        return read("articles.jsonl").stream().filter(a -> a.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    static Optional<JsonNode> entity(String name) throws IOException {
        return read("entities.jsonl").stream().filter(e -> e.path("name").asText().equals(name)).findFirst();
    }

    static String code(JsonNode entity) {
        JsonNode a = entity.path("actor");
        return a.isObject() ? a.path("country").asText() + "/" + a.path("sector").asText() : "none";
    }

    static List<String> variants(JsonNode entity) {
        List<String> v = new ArrayList<>();
        entity.path("variants").forEach(n -> v.add(n.asText()));
        return v;
    }

    @Test void everyArticleIsReadAndTheFrenchOneSkipsEnglishStages() throws IOException {
        assertThat(exitCode).isZero();
        List<JsonNode> articles = read("articles.jsonl");
        assertThat(articles).hasSize(15);
        JsonNode french = article("11_macron_poutine_bregancon_fr.txt");
        assertThat(french.path("language").asText()).isEqualTo("fr");
        assertThat(french.path("skipped_stages").asText()).contains("not English");
    }

    @Test void allMacronSpellingsAreOneEntityCodedFraGov() throws IOException {
        JsonNode macron = entity("Emmanuel Macron").orElseThrow();
        assertThat(variants(macron)).contains("Macron", "Makron", "McCron", "macron");
        assertThat(code(macron)).isEqualTo("FRA/GOV");
        assertThat(read("entities.jsonl")).noneMatch(e -> !e.path("id").equals(macron.path("id"))
                && List.of("Makron", "McCron", "macron", "Emmanuel Makron").contains(e.path("name").asText()));
    }

    @Test void putinIsRusGov() throws IOException {
        assertThat(code(entity("Vladimir Putin").orElseThrow())).isEqualTo("RUS/GOV");
    }

    @Test void unknownLawmakerAndSpokesmanAreCodedFromContext() throws IOException {
        assertThat(code(entity("Jean-Luc Bessonnet").orElseThrow())).isEqualTo("FRA/LEG");
        assertThat(code(entity("Oleg Vetrenko").orElseThrow())).isEqualTo("RUS/MIL");
    }

    @Test void aNameBrokenAcrossAHardWrapIsOneMention() throws IOException {
        JsonNode hollande = entity("Francois Hollande").orElseThrow();
        assertThat(hollande.path("mentions")).anyMatch(m -> m.path("article").asText().equals("02_hollande_syria_wrapped.txt")
                && m.path("start").asInt() == 220 && m.path("end").asInt() == 237);
    }

    @Test void marineAndJeanMarieLePenStayApart() throws IOException {
        assertThat(entity("Marine Le Pen")).isPresent();
        assertThat(entity("Jean-Marie Le Pen")).isPresent();
    }

    @Test void datesComeFromTheHeaderAndMondayIsTheDayBefore() throws IOException {
        JsonNode a = article("01_putin_macron_versailles.txt");
        assertThat(a.path("published").asText()).isEqualTo("2017-05-30");
        assertThat(a.path("dateline").path("outlet").asText()).isEqualTo("Sputnik");
        assertThat(read("timexes.jsonl")).anyMatch(t -> t.path("article").asText().equals("01_putin_macron_versailles.txt")
                && t.path("text").asText().endsWith("Monday") && t.path("value").asText().equals("2017-05-29"));
        JsonNode undated = article("02_hollande_syria_wrapped.txt");
        assertThat(undated.path("published_from").asText()).isEqualTo("estimated");
    }

    @Test void bylinesAndPhotoCreditsAreOutsideTheBody() throws IOException {
        JsonNode a = article("04_us_strike_syria_airbase.txt");
        String text = a.path("text").asText();
        StringBuilder body = new StringBuilder();
        a.path("body").forEach(span -> body.append(text, span.get(0).asInt(), span.get(1).asInt()).append('\n'));
        assertThat(body.toString()).doesNotContain("Daniel Ferreira", "Karim Haddad", "Read more").contains("Vetrenko");
    }

    @Test void aFullDateInTheDatelineIsThePublicationDate() throws IOException {
        JsonNode a = article("10_french_election_runoff.txt");
        assertThat(a.path("published").asText()).isEqualTo("2017-05-08");
        assertThat(a.path("published_from").asText()).isEqualTo("dateline");
    }

    static List<String> countries(JsonNode actors) {
        List<String> out = new ArrayList<>();
        actors.forEach(a -> out.add(a.path("country").asText()));
        return out;
    }

    static boolean told(JsonNode event, String article) {
        for (JsonNode m : event.path("mentions")) if (m.path("article").asText().equals(article)) return true;
        return false;
    }

    @Test void talksOnMondayAreAConsultBetweenRussiaAndFranceDatedTheDayBefore() throws IOException {
        assertThat(read("events.jsonl")).anyMatch(e -> told(e, "01_putin_macron_versailles.txt")
                && e.path("type").asText().equals("CONSULT") && e.path("date").asText().equals("2017-05-29")
                && countries(e.path("source")).containsAll(List.of("RUS", "FRA")));
    }

    @Test void orderedMissileStrikesAreAnAssaultByTheUsOnSyria() throws IOException {
        assertThat(read("events.jsonl")).anyMatch(e -> told(e, "04_us_strike_syria_airbase.txt")
                && e.path("type").asText().equals("ASSAULT") && !e.path("negated").asBoolean()
                && countries(e.path("source")).contains("USA") && countries(e.path("target")).contains("SYR"));
    }

    @Test void aQuoteClosedByDashSaidMakronIsMacronsAndScareQuotesAreNotQuotations() throws IOException {
        List<JsonNode> quotes = read("quotes.jsonl");
        assertThat(quotes).anyMatch(q -> q.path("article").asText().equals("03_makron_petersburg_mt.txt")
                && q.path("content").path("text").asText().contains("We have different views")
                && q.path("speaker").path("name").asText().startsWith("Emmanuel Ma"));
        assertThat(quotes).noneMatch(q -> q.path("content").path("text").asText().replaceAll("[\"\u201C\u201D]", "").strip()
                .equalsIgnoreCase("nuclear five"));
    }

    @Test void theSyndicatedCopyIsMarkedAsADuplicate() throws IOException {
        assertThat(read("articles.jsonl")).filteredOn(a -> !a.path("duplicate_of").isNull()).hasSize(1);
    }
}
