package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ArticleAnalysis;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import org.parley.store.synthetic.SyntheticCorpus;
import org.parley.write.Json;
import org.parley.write.ResultWriter;

/**
 * The batch runner writing into a real store file: it hands mentions and events over article by article
 * (the store streams corpus tables), and the store merges events by the runner's own rule, so the store's
 * events group the reports exactly as events.jsonl does, within a run and across runs.
 */
class RunnerIntoStoreTest {
    @TempDir Path dir;

    static Iterator<BatchRunner.Analysed> items(List<ArticleAnalysis> as) {
        return as.stream().map(a -> new BatchRunner.Analysed(a, null)).iterator();
    }

    private static BatchSummary intoStore(Path store, List<ArticleAnalysis> as) {
        return new BatchRunner(null, null).withSink(d -> new StoreSink(store)).runAnalysed(items(as), store);
    }

    private static BatchSummary intoJsonl(Path out, List<ArticleAnalysis> as) {
        return new BatchRunner(null, null).withSink(ResultWriter::new).runAnalysed(items(as), out);
    }

    /** Each event as its sorted mention articles with its article and source counts, sorted: ids left out. */
    static List<String> jsonlGroups(Path out) throws Exception {
        List<String> groups = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
            JsonNode e = Json.mapper().readTree(line);
            List<String> arts = new ArrayList<>();
            for (JsonNode m : e.get("mentions")) arts.add(m.get("article").asText());
            arts.sort(null);
            groups.add(arts + " articles=" + e.get("num_articles").asInt() + " sources=" + e.get("num_sources").asInt());
        }
        groups.sort(null);
        return groups;
    }

    static List<String> storeGroups(Path store) throws Exception {
        TreeMap<String, List<String>> arts = new TreeMap<>();
        TreeMap<String, String> counts = new TreeMap<>();
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT event, article FROM event_mentions")) {
                while (rs.next()) arts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
            try (ResultSet rs = st.executeQuery("SELECT id, num_articles, num_sources FROM events")) {
                while (rs.next()) counts.put(rs.getString(1), " articles=" + rs.getInt(2) + " sources=" + rs.getInt(3));
            }
        }
        assertThat(arts.keySet()).isEqualTo(counts.keySet());
        List<String> groups = new ArrayList<>();
        arts.forEach((id, as) -> {
            as.sort(null);
            groups.add(as + counts.get(id));
        });
        groups.sort(null);
        return groups;
    }

    private static final String BODY = " The talks in the capital went on late into the night, and the delegations met again in the"
            + " morning to settle the last questions about the border crossings, the grain shipments and the fishing rights that"
            + " both governments had argued over for years before the summit was called.";

    /** An article in which Russia accuses France, the event dated {@code date} (null: unknown). */
    private static ArticleAnalysis accusation(String id, String outlet, LocalDate published, String date, String lead) {
        // only the first report and its copy share the long body: the others are too different to be near-duplicates
        String text = "Russia accused France of stalling." + lead + (lead.equals(" First report.") ? BODY : "");
        Article a = new Article(id, id + ".txt", null, outlet, "Accusation", published, "metadata", "en", null, text, List.of(), null);
        ArticleEntities ents = new ArticleEntities(List.of(
                new ArticleEntity("e1", "Russia", EntityType.COUNTRY, Actor.of("RUS", null), List.of("Russia"), List.of(new Span(0, 6))),
                new ArticleEntity("e2", "France", EntityType.COUNTRY, Actor.of("FRA", null), List.of("France"), List.of(new Span(15, 21)))));
        Event v = new Event(id + "-V1", "ACCUSE", null, List.of(), List.of(new EventActor("e1", "Russia", "RUS", null)),
                List.of(new EventActor("e2", "France", "FRA", null)), date, null, false, false, null, "112", -2.0, 3, 0.8,
                List.of(new Event.EventMention(id, new Span(0, 34), new Event.Trigger(7, 15, "accused"))));
        return new ArticleAnalysis(a, null, ents, List.of(), List.of(v), List.of(), null);
    }

    private static List<ArticleAnalysis> fixture() {
        return List.of(
                accusation("a1", "Outlet One", LocalDate.of(2024, 3, 1), "2024-03-01", " First report."),
                accusation("a2", "Outlet Two", LocalDate.of(2024, 3, 3), "2024-03-03", " A later report, two days on, from the other side."),
                accusation("a3", "Outlet Three", LocalDate.of(2024, 3, 9), "2024-03-09", " Another round a week later, with new claims."),
                accusation("a4", "Outlet Four", LocalDate.of(2024, 3, 1), "2024-03-01", " First report."), // a copy of a1
                accusation("a5", "Outlet Five", null, null, " An undated account of some accusation, not placed in time."),
                accusation("a6", "Outlet Six", null, null, " Another undated account, from a different angle entirely."));
    }

    @Test void theStoreMergesEventsAsTheRunnerDoes() throws Exception {
        List<ArticleAnalysis> as = fixture();
        Path out = dir.resolve("out"), store = dir.resolve("store");
        intoJsonl(out, as);
        BatchSummary s = intoStore(store, as);
        assertThat(s.duplicates()).isEqualTo(1);
        List<String> expected = List.of(
                "[a1, a2, a4] articles=2 sources=2", // 2 days apart; the copy a4 adds neither an article nor a source
                "[a3] articles=1 sources=1",         // 8 days after: another event
                "[a5] articles=1 sources=1",         // undated events merge with nothing
                "[a6] articles=1 sources=1");
        assertThat(jsonlGroups(out)).isEqualTo(expected);
        assertThat(storeGroups(store)).isEqualTo(expected);
    }

    @Test void whenTheRunnerHoldsTheTables_theStoreKeepsItsGroups() throws Exception {
        // as with --out and --store together: the runner merges, the store takes its merged events whole
        SyntheticCorpus corpus = new SyntheticCorpus("h/", LocalDate.of(2024, 3, 1), 3);
        List<ArticleAnalysis> as = new ArrayList<>(IntStream.range(0, 200).mapToObj(corpus::analysis).toList());
        as.addAll(fixture());
        Path out = dir.resolve("out"), store = dir.resolve("store");
        intoJsonl(out, as);
        new BatchRunner(null, null).withSink(d -> new Held(new StoreSink(store))).runAnalysed(items(as), store);
        assertThat(storeGroups(store)).isEqualTo(jsonlGroups(out));
    }

    /** Hides that the store streams: the runner then holds the corpus tables and hands them over at the end. */
    private static final class Held extends ForwardingSink {
        private final StoreSink store;

        Held(StoreSink to) {
            super(to);
            store = to;
        }

        @Override public void close() { store.close(); }
    }

    @Test void aLaterRunJoinsAStoredEventWithinTheWindowOnly() throws Exception {
        Path store = dir.resolve("store");
        intoStore(store, fixture().subList(0, 3));
        intoStore(store, List.of(
                accusation("b1", "Outlet Seven", LocalDate.of(2024, 3, 4), "2024-03-04", " Day four: still within three days of all."),
                accusation("b2", "Outlet Eight", LocalDate.of(2024, 3, 5), "2024-03-05", " Day five: four days after the first report.")));
        assertThat(storeGroups(store)).containsExactly(
                "[a1, a2, b1] articles=3 sources=3",
                "[a3] articles=1 sources=1",
                "[b2] articles=1 sources=1");
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT min_day, max_day FROM events e JOIN event_mentions m ON m.event = e.id WHERE m.article = 'b1'")) {
            rs.next();
            assertThat(rs.getString(1) + ".." + rs.getString(2)).isEqualTo("2024-03-01..2024-03-04");
        }
    }

    @Test void onTheSyntheticCorpusStoreAndJsonlGroupAlike() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus("syn/", LocalDate.of(2024, 3, 1), 3);
        List<ArticleAnalysis> as = IntStream.range(0, 300).mapToObj(corpus::analysis).toList();
        Path out = dir.resolve("out"), store = dir.resolve("store");
        intoJsonl(out, as);
        BatchSummary s = intoStore(store, as);
        List<String> jsonl = jsonlGroups(out);
        assertThat(jsonl.size()).isLessThan(600); // some reports merged
        assertThat(storeGroups(store)).isEqualTo(jsonl);
        assertThat(s.events()).isEqualTo(jsonl.size()); // with --store alone too: the events stored, after merging
        try (Store st = Store.openReadOnly(store)) {
            assertThat(st.counts()).containsEntry("articles", 300L).containsEntry("entity_mentions", 1200L);
        }
    }

    @Test void storiesInTheStoreListStoreEventIds() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus("st/", LocalDate.of(2024, 3, 1), 3);
        Path store = dir.resolve("store");
        new BatchRunner(null, null).withSink(d -> new StoreSink(store))
                .withStage(() -> new org.parley.stories.StoryStage(new Words(), org.parley.stories.StoryOptions.defaults()))
                .runAnalysed(items(IntStream.range(0, 60).mapToObj(corpus::analysis).toList()), store);
        int stories = 0;
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT json FROM records WHERE kind = 'stories'")) {
            while (rs.next()) {
                JsonNode story = Json.mapper().readTree(rs.getString(1));
                List<String> expected = new ArrayList<>();
                for (JsonNode a : story.get("articles")) {
                    try (Statement q = s.connection().createStatement(); ResultSet ev = q.executeQuery(
                            "SELECT DISTINCT event, TRY_CAST(substr(event, 2) AS BIGINT) AS n FROM event_mentions WHERE article = '"
                                    + a.asText() + "' ORDER BY n")) {
                        while (ev.next()) if (!expected.contains(ev.getString(1))) expected.add(ev.getString(1));
                    }
                }
                List<String> got = new ArrayList<>();
                story.get("events").forEach(e -> got.add(e.asText()));
                assertThat(got).isEqualTo(expected).isNotEmpty();
                stories++;
            }
        }
        assertThat(stories).isPositive();
    }

    /** A hashed bag of words: enough for the story stage to group the synthetic articles. */
    static final class Words implements org.parley.embed.TextEmbedder {
        @Override public int dimension() { return 64; }

        @Override public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                float[] v = new float[64];
                for (String w : t.toLowerCase(java.util.Locale.ROOT).split("\\W+")) if (!w.isEmpty()) v[Math.floorMod(w.hashCode(), 64)] += 1;
                double n = 0;
                for (float x : v) n += x * x;
                if (n > 0) for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(n);
                out.add(v);
            }
            return out;
        }
    }

    @Test void theArticlesMissingPartsAreStored() throws Exception {
        Path store = dir.resolve("store");
        try (StoreSink sink = new StoreSink(store)) {
            new SyntheticCorpus("m/", LocalDate.of(2024, 3, 1), 3).feed(new MissingOne(sink), 0, 3, 0);
        }
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT id, missing FROM articles ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) rows.add(rs.getString(1) + " " + rs.getString(2));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).isEqualTo("m/0000000 []");
            assertThat(rows.get(1)).startsWith("m/0000001 [{").contains("dates in sentence 2", "SUTime failed");
        }
    }

    /** Gives article 1 a missing part, as when SUTime failed on its second sentence. */
    private static final class MissingOne extends ForwardingSink {
        MissingOne(StoreSink to) { super(to); }
        @Override public void article(org.parley.write.ArticleRecord a) {
            if (!a.id().endsWith("1")) {
                to.article(a);
                return;
            }
            to.article(new org.parley.write.ArticleRecord(a.id(), a.path(), a.url(), a.outlet(), a.title(), a.published(),
                    a.publishedFrom(), a.language(), a.duplicateOf(), a.text(), a.body(), a.dateline(), a.skippedStages(),
                    List.of(new org.parley.model.MissingPart(org.parley.model.Stage.TIME, "dates in sentence 2", "SUTime failed"))));
        }
        @Override public boolean streamsCorpusTables() { return to.streamsCorpusTables(); }
        @Override public void articleEntities(String article, java.util.Collection<org.parley.model.Entity> e) { to.articleEntities(article, e); }
        @Override public void articleEvents(String article, java.util.Collection<Event> e) { to.articleEvents(article, e); }
    }
}
