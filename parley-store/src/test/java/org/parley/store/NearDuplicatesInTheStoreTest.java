package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ArticleAnalysis;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import org.parley.store.synthetic.SyntheticCorpus;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
import org.parley.write.Json;
import org.parley.write.ResultWriter;

/**
 * With {@code --store} alone the runner's near-duplicate detector keeps its signatures in the store's staging
 * tables ({@link StoreDuplicates}), not on the heap: the duplicate marks, the merged events and the stories must be
 * those of the in-memory path (the JSONL folder), on a real DuckDB file. The store here holds only 5 signatures on
 * the heap, so nearly every look-up goes through its tables.
 */
class NearDuplicatesInTheStoreTest {
    @TempDir Path dir;

    /** The synthetic corpus repeats its sentences: many of its articles are near-duplicates of earlier ones. */
    private static List<ArticleAnalysis> corpus(int size) {
        SyntheticCorpus syn = new SyntheticCorpus("nd/", LocalDate.of(2024, 3, 1), 3);
        return new ArrayList<>(IntStream.range(0, size).mapToObj(syn::analysis).toList());
    }

    private static BatchRunner runner(java.util.function.Function<Path, org.parley.write.ResultSink> sink) {
        return new BatchRunner(null, null).withSink(sink)
                .withStage(() -> new StoryStage(new RunnerIntoStoreTest.Words(), StoryOptions.defaults()));
    }

    @Test void duplicatesEventsAndStoriesAreThoseOfTheInMemoryPath() throws Exception {
        List<ArticleAnalysis> as = corpus(400);
        Path out = dir.resolve("out"), store = dir.resolve("store");
        BatchSummary inMemory = runner(ResultWriter::new).runAnalysed(RunnerIntoStoreTest.items(as), out);
        BatchSummary inStore = runner(d -> new StoreSink(Store.openForWriting(store), true, 5))
                .runAnalysed(RunnerIntoStoreTest.items(as), store);

        Map<String, String> expected = jsonlDuplicates(out);
        assertThat(expected.values().stream().filter(v -> !v.isEmpty()).count()).isGreaterThan(50);
        assertThat(storeDuplicates(store)).isEqualTo(expected);
        assertThat(inStore.duplicates()).isEqualTo(inMemory.duplicates()).isPositive();

        assertThat(RunnerIntoStoreTest.storeGroups(store)).isEqualTo(RunnerIntoStoreTest.jsonlGroups(out));
        assertThat(inStore.events()).isEqualTo(inMemory.events()); // the summary counts the events stored, merged

        List<String> stories = jsonlStories(out);
        assertThat(stories).isNotEmpty();
        assertThat(storeStories(store)).isEqualTo(stories);

        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'stage_dup%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the run's signature tables are dropped when it finishes").isZero();
        }
    }

    @Test void theStoreAnswersAsTheHeapWhateverHowManyItHoldsOnTheHeap() throws Exception {
        List<ArticleAnalysis> as = corpus(120);
        SyntheticCorpus syn = new SyntheticCorpus("nd/", LocalDate.of(2024, 3, 1), 3);
        as.add(syn.analysis(3)); // the same article again, long after: it keeps its first answer
        as.add(syn.analysis(13));
        as.add(syn.analysis(100));
        Path out = dir.resolve("out");
        runner(ResultWriter::new).runAnalysed(RunnerIntoStoreTest.items(as), out);
        Map<String, String> expected = jsonlDuplicates(out);
        for (int recent : new int[] {1, 64, StoreDuplicates.RECENT}) {
            Path store = dir.resolve("store" + recent);
            runner(d -> new StoreSink(Store.openForWriting(store), false, recent)).runAnalysed(RunnerIntoStoreTest.items(as), store);
            assertThat(storeDuplicates(store)).as("holding %d on the heap", recent).isEqualTo(expected);
        }
    }

    /** Article id -> the id it copies ("" for an original), the last line of an id winning (as the store keeps it). */
    private static Map<String, String> jsonlDuplicates(Path out) throws Exception {
        Map<String, String> marks = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            JsonNode a = Json.mapper().readTree(line);
            JsonNode d = a.get("duplicate_of");
            marks.put(a.get("id").asText(), d == null || d.isNull() ? "" : d.asText());
        }
        return marks;
    }

    private static Map<String, String> storeDuplicates(Path store) throws Exception {
        Map<String, String> marks = new TreeMap<>();
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT id, coalesce(duplicate_of, '') FROM articles")) {
            while (rs.next()) marks.put(rs.getString(1), rs.getString(2));
        }
        return marks;
    }

    /** Each story as its articles (in its order), sorted. */
    private static List<String> jsonlStories(Path out) throws Exception {
        List<String> stories = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) stories.add(articles(line));
        stories.sort(null);
        return stories;
    }

    private static List<String> storeStories(Path store) throws Exception {
        List<String> stories = new ArrayList<>();
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT json FROM records WHERE kind = 'stories'")) {
            while (rs.next()) stories.add(articles(rs.getString(1)));
        }
        stories.sort(null);
        return stories;
    }

    private static String articles(String storyJson) throws Exception {
        List<String> arts = new ArrayList<>();
        for (JsonNode a : Json.mapper().readTree(storyJson).get("articles")) arts.add(a.asText());
        return arts.toString();
    }
}
