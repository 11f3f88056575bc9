package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Entity;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.store.synthetic.SyntheticCorpus;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

class StoreSinkTest {
    @TempDir Path dir;

    private final SyntheticCorpus corpus = new SyntheticCorpus("syn/", LocalDate.of(2024, 3, 1), 5);

    private void run(int from, int to) {
        try (StoreSink sink = new StoreSink(dir)) {
            corpus.feed(sink, from, to, 0);
            sink.skipped(new Skipped("bad.bin", "not a text format"));
        }
    }

    private Map<String, Long> counts() {
        try (Store s = Store.openReadOnly(dir)) {
            return s.counts();
        }
    }

    private static String one(Store s, String sql) throws Exception {
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test void writesEveryKindOfRecordAndVersionsTheSchema() throws Exception {
        run(0, 40);
        Map<String, Long> c = counts();
        assertThat(c).containsEntry("articles", 40L).containsEntry("timexes", 40L).containsEntry("quotes", 40L)
                .containsEntry("entity_mentions", 160L).containsEntry("event_mentions", 80L).containsEntry("skipped", 1L);
        assertThat(c.get("entities")).isEqualTo(10 + 12);
        try (Store s = Store.openReadOnly(dir)) {
            assertThat(s.version()).isEqualTo(Store.SCHEMA_VERSION);
            // Quote speakers and event actors carry store entity ids, and those entities exist.
            assertThat(one(s, "SELECT count(*) FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity WHERE e.id IS NULL")).isEqualTo("0");
            assertThat(one(s, "SELECT count(*) FROM events v LEFT JOIN entities e ON e.id = v.source_entity WHERE e.id IS NULL")).isEqualTo("0");
            assertThat(one(s, "SELECT content_hash FROM articles WHERE id = 'syn/0000003'")).hasSize(64);
            assertThat(one(s, "SELECT finished_at IS NOT NULL FROM runs WHERE id = 1")).isEqualTo("true");
        }
    }

    @Test void theSameInputTwiceAddsNothing() {
        run(0, 30);
        Map<String, Long> first = counts();
        run(0, 30);
        assertThat(counts()).isEqualTo(first);
    }

    @Test void newArticlesLinkToStoredEntitiesAndAChangedArticleReplacesItsRows() throws Exception {
        run(0, 30);
        String russia;
        try (Store s = Store.openReadOnly(dir)) {
            russia = one(s, "SELECT id FROM entities WHERE name = 'Russia'");
        }
        // A later run: ten new articles, and article 4 with a new title.
        try (StoreSink sink = new StoreSink(dir)) {
            ResultSink changing = new Retitling(sink, "syn/0000004", "A corrected headline");
            corpus.feed(changing, 0, 40, 0);
            assertThat(sink.written()).isEqualTo(11);
            assertThat(sink.unchanged()).isEqualTo(29);
        }
        Map<String, Long> c = counts();
        assertThat(c).containsEntry("articles", 40L).containsEntry("quotes", 40L).containsEntry("entity_mentions", 160L)
                .containsEntry("event_mentions", 80L);
        assertThat(c.get("entities")).isEqualTo(22);
        try (Store s = Store.openReadOnly(dir)) {
            assertThat(one(s, "SELECT id FROM entities WHERE name = 'Russia'")).isEqualTo(russia);
            assertThat(one(s, "SELECT title FROM articles WHERE id = 'syn/0000004'")).isEqualTo("A corrected headline");
            assertThat(one(s, "SELECT count(*) FROM quotes WHERE article = 'syn/0000004'")).isEqualTo("1");
        }
    }

    /** Entity mentions and events handed over article by article give the same store as the whole tables at the end. */
    @Test void streamingTheCorpusTablesStoresWhatTheEndOfBatchTablesStore() throws Exception {
        Path streamed = dir.resolve("streamed"), whole = dir.resolve("whole");
        try (StoreSink sink = new StoreSink(streamed)) {
            assertThat(sink.streamsCorpusTables()).isTrue();
            corpus.feed(sink, 0, 60, 0);
        }
        try (StoreSink sink = new StoreSink(whole)) {
            corpus.feed(new Retitling(sink, "none", null), 0, 60, 0); // does not stream: tables at the end
        }
        String[] tables = {
            "SELECT id, key, name, type, country, sector FROM entities ORDER BY id",
            "SELECT entity, article, start_offset, end_offset, text, published FROM entity_mentions ORDER BY ALL",
            "SELECT id, key, type, source_entity, target_entity, date, num_articles, num_sources FROM events ORDER BY id",
            "SELECT * FROM event_mentions ORDER BY ALL",
            "SELECT id, speaker_entity, published FROM quotes ORDER BY id"};
        try (Store a = Store.openReadOnly(streamed); Store b = Store.openReadOnly(whole)) {
            for (String sql : tables) assertThat(all(a, sql)).as(sql).isEqualTo(all(b, sql)).isNotEmpty();
            assertThat(one(a, "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'stage%'")).isEqualTo("0");
        }
    }

    private static List<String> all(Store s, String sql) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) row.append(rs.getString(c)).append('|');
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test void anEmptyFolderIsNoStoreForReaders() {
        assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("none"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("no store at");
    }

    /** Passes everything through, changing one article's title (so its content hash). */
    private static final class Retitling extends ForwardingSink {
        private final String id, title;

        Retitling(ResultSink to, String id, String title) {
            super(to);
            this.id = id;
            this.title = title;
        }

        @Override public void article(ArticleRecord a) {
            to.article(!a.id().equals(id) ? a : new ArticleRecord(a.id(), a.path(), a.url(), a.outlet(), title, a.published(),
                    a.publishedFrom(), a.language(), a.duplicateOf(), a.text(), a.body(), a.dateline(), a.skippedStages(), a.missing()));
        }
    }
}
