package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.synthetic.SyntheticCorpus;

/** Pages of the API's lists on a real DuckDB file: the same rows in the same order as one plain ordered query. */
class StoreQueriesTest {
    @TempDir Path dir;

    private static List<String> column(Store s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test void pagesFollowTheFullOrderWithTiesAndUnknownDates() throws Exception {
        try (StoreSink sink = new StoreSink(dir)) {
            new SyntheticCorpus("q/", LocalDate.of(2020, 2, 1), 7).feed(sink, 0, 150, 0);
        }
        try (Store s = Store.openForWriting(dir); Statement st = s.connection().createStatement()) {
            // some rows without a date (they come last), many sharing one
            st.execute("UPDATE quotes SET published = NULL WHERE article LIKE '%3' OR article LIKE '%7'");
            st.execute("UPDATE entity_mentions SET published = NULL WHERE article LIKE '%5'");
            st.execute("UPDATE events SET day = NULL WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 15)");
        }
        try (Store s = Store.openReadOnly(dir); StoreQueries q = new StoreQueries(s)) {
            String entity = column(s, "SELECT id FROM entities WHERE name = 'Russia'").get(0);
            String speaker = column(s, "SELECT speaker_name FROM quotes LIMIT 1").get(0);
            List<String> quotes = column(s, "SELECT id FROM quotes WHERE lower(speaker_name) = lower('" + speaker + "')"
                    + " ORDER BY published NULLS LAST, article, content_start");
            List<String> events = column(s, "SELECT id FROM events WHERE source_country = 'RUS' OR target_country = 'RUS'"
                    + " ORDER BY day NULLS LAST, id");
            List<String> mentions = column(s, "SELECT article || ':' || start_offset FROM entity_mentions WHERE entity = '" + entity
                    + "' ORDER BY published NULLS LAST, article, start_offset LIMIT 7");
            assertThat(quotes).hasSizeGreaterThan(10);
            assertThat(events).hasSizeGreaterThan(20);
            for (int limit : new int[] {1, 4, 7}) {
                for (int offset = 0; offset < Math.max(quotes.size(), events.size()) + 2; offset += 3) {
                    Page qp = q.quotes(speaker, offset, limit);
                    assertThat(qp.total()).isEqualTo(quotes.size());
                    assertThat(qp.items().stream().map(m -> (String) m.get("id")).toList())
                            .isEqualTo(quotes.subList(Math.min(offset, quotes.size()), Math.min(offset + limit, quotes.size())));
                    Page ep = q.events(new StoreQueries.EventFilter("RUS", null, null, null, null), offset, limit);
                    assertThat(ep.total()).isEqualTo(events.size());
                    assertThat(ep.items().stream().map(m -> (String) m.get("id")).toList())
                            .isEqualTo(events.subList(Math.min(offset, events.size()), Math.min(offset + limit, events.size())));
                    assertThat(ep.items()).allSatisfy(m -> assertThat(m).doesNotContainKey("day").containsKey("mentions"));
                }
            }
            Page first = (Page) q.entity(entity, 7).orElseThrow().get("mentions");
            assertThat(first.items().stream().map(m -> m.get("article") + ":" + m.get("start")).toList()).isEqualTo(mentions);
        }
    }
}
