package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Event;
import org.parley.store.synthetic.SyntheticCorpus;

/**
 * Event salience on a real DuckDB file: stored as given, MAIN as soon as any report of a merged event is MAIN
 * (across runs too, as EventMerger does within one), filtered by the API's query, and MAIN for events of a store
 * migrated from schema 3.
 */
class EventSalienceInTheStoreTest {
    @TempDir Path dir;

    /** Marks the events of one type BACKGROUND (the others MAIN) on their way to the store. */
    private static final class Salience extends ForwardingSink {
        private final String backgroundType;

        Salience(StoreSink to, String backgroundType) {
            super(to);
            this.backgroundType = backgroundType;
        }

        @Override public void events(Collection<Event> e) {
            to.events(e.stream().map(v -> v.withSalience(v.type().equals(backgroundType) ? Event.Salience.BACKGROUND
                    : Event.Salience.MAIN)).toList());
        }
    }

    private void run(String prefix, String backgroundType) {
        try (StoreSink sink = new StoreSink(dir)) {
            new SyntheticCorpus(prefix, LocalDate.of(2024, 3, 1), 5).feed(new Salience(sink, backgroundType), 0, 20, 0);
        }
    }

    private static long count(Store s, String sql) throws Exception {
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test void storedFilteredAndMainWinsWhenReportsMerge() throws Exception {
        run("a/", "STATEMENT");
        try (Store s = Store.openReadOnly(dir); StoreQueries q = new StoreQueries(s)) {
            long statements = count(s, "SELECT count(*) FROM events WHERE type = 'STATEMENT'");
            assertThat(statements).isPositive();
            assertThat(count(s, "SELECT count(*) FROM events WHERE salience = 'BACKGROUND'")).isEqualTo(statements);
            assertThat(count(s, "SELECT count(*) FROM events WHERE salience IS NULL")).isZero();
            Page all = q.events(new StoreQueries.EventFilter(null, null, null, null, null), 0, 100);
            Page main = q.events(new StoreQueries.EventFilter(null, null, null, null, null, Event.Salience.MAIN), 0, 100);
            Page background = q.events(new StoreQueries.EventFilter(null, null, null, null, null, Event.Salience.BACKGROUND), 0, 100);
            assertThat(background.total()).isEqualTo(statements);
            assertThat(main.total() + background.total()).isEqualTo(all.total());
            assertThat(main.items()).allSatisfy(e -> assertThat(e).containsEntry("salience", "MAIN"));
            assertThat(background.items()).allSatisfy(e -> assertThat(e).containsEntry("type", "STATEMENT"));
        }
        // The same events told again by other articles, this time as their sentences' main reports: they join the
        // stored events (same key, same day), which become MAIN. A BACKGROUND report never demotes a MAIN event.
        run("b/", "ACCUSE");
        try (Store s = Store.openReadOnly(dir)) {
            assertThat(count(s, "SELECT count(*) FROM events WHERE type = 'STATEMENT' AND num_articles > 1")).isPositive();
            assertThat(count(s, "SELECT count(*) FROM events WHERE type = 'STATEMENT' AND num_articles > 1 AND salience <> 'MAIN'"))
                    .isZero();
            assertThat(count(s, "SELECT count(*) FROM events WHERE type = 'ACCUSE' AND num_articles > 1")).isPositive();
            assertThat(count(s, "SELECT count(*) FROM events WHERE type = 'ACCUSE' AND num_articles > 1 AND salience <> 'MAIN'"))
                    .isZero();
        }
    }

    @Test void aSchema3StoreIsMigratedWithItsEventsMain() throws Exception {
        run("a/", "STATEMENT");
        try (Store s = Store.openForWriting(dir); Statement st = s.connection().createStatement()) {
            // back to schema 3: no salience column
            st.execute("DROP INDEX events_key"); // DuckDB drops no column of an indexed table
            st.execute("ALTER TABLE events DROP COLUMN salience");
            st.execute("CREATE INDEX events_key ON events(key)");
            st.execute("DELETE FROM schema_version WHERE version = 4");
            assertThat(s.version()).isEqualTo(3);
        }
        try (Store s = Store.openForWriting(dir)) {
            assertThat(s.version()).isEqualTo(4);
            assertThat(count(s, "SELECT count(*) FROM events WHERE salience = 'MAIN'"))
                    .isEqualTo(count(s, "SELECT count(*) FROM events")).isPositive();
        }
    }
}
