package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;

/**
 * Writes a run's (already merged) events into the store. Entity ids in actors are rewritten to store
 * ids. An event is the stored event with the same key (type, mode, polarity, actors and date: the
 * same-day window), which then gains this run's mentions; otherwise it is new. Only mentions in articles
 * this run wrote are added; events left with no mention are removed and the article and source counts
 * are recomputed from the mentions.
 */
final class EventWriter {
    private final Connection db;
    private final int runId;
    private final Map<String, String> entityIds;

    EventWriter(Connection db, int runId, Map<String, String> entityIds) {
        this.db = db;
        this.runId = runId;
        this.entityIds = entityIds;
    }

    private EventActor remap(EventActor a) {
        if (a == null || a.entity() == null) return a;
        return new EventActor(entityIds.get(a.entity()), a.text(), a.country(), a.sector());
    }

    private static String actorKey(List<EventActor> actors) {
        return actors.stream().map(a -> a.entity() != null ? a.entity()
                : (a.country() == null ? "" : a.country()) + "/" + StoreSink.norm(a.text())).sorted().collect(Collectors.joining(","));
    }

    /**
     * Writes {@code events}, and when {@code staged} is a connection, the events staged per article in
     * {@code stage_raw_events} too, read through it in their order (a cursor: they are never all in memory).
     */
    void write(Collection<Event> events, Connection staged) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE stage_events AS SELECT 0::INTEGER AS ord, * EXCLUDE (id) FROM events LIMIT 0");
            st.execute("CREATE OR REPLACE TABLE stage_event_mentions (key VARCHAR, article VARCHAR, sentence_start INTEGER,"
                    + " sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR)");
        }
        try (Rows pe = new Rows(db, "stage_events"); Rows pm = new Rows(db, "stage_event_mentions")) {
            int[] ord = {0};
            for (Event raw : events) stage(raw, ord[0]++, pe, pm);
            if (staged != null) {
                try (Statement st = staged.createStatement();
                     java.sql.ResultSet rs = st.executeQuery("SELECT json FROM stage_raw_events ORDER BY ord")) {
                    while (rs.next()) stage(read(rs.getString(1)), ord[0]++, pe, pm);
                }
            }
        }
        merge();
    }

    private static Event read(String json) {
        try {
            return org.parley.write.Json.mapper().readValue(json, Event.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("unreadable staged event: " + e.getOriginalMessage(), e);
        }
    }

    private void stage(Event raw, int ord, Rows pe, Rows pm) throws SQLException {
        List<EventActor> source = raw.source().stream().map(this::remap).toList();
        List<EventActor> target = raw.target().stream().map(this::remap).toList();
        String key = String.join("|", raw.type(), String.valueOf(raw.mode()), String.valueOf(raw.negated()),
                String.valueOf(raw.hypothetical()), actorKey(source), actorKey(target), String.valueOf(raw.date()));
        EventActor s = source.isEmpty() ? null : source.get(0);
        EventActor t = target.isEmpty() ? null : target.get(0);
        pe.add(ord, key, raw.type(), raw.mode(), StoreSink.json(raw.contexts()), StoreSink.json(source),
                StoreSink.json(target),
                s == null ? null : s.entity(), s == null ? null : s.country(), s == null ? null : s.sector(),
                s == null ? null : s.text(),
                t == null ? null : t.entity(), t == null ? null : t.country(), t == null ? null : t.sector(),
                t == null ? null : t.text(),
                raw.date(), day(raw.date()), raw.location(), raw.negated(), raw.hypothetical(),
                raw.reportedBy() == null ? null : StoreSink.json(remap(raw.reportedBy())), raw.cameo(),
                raw.goldstein(), raw.quadClass(), raw.confidence(), raw.numArticles(), raw.numSources());
        for (Event.EventMention m : raw.mentions()) {
            pm.add(key, m.article(),
                    m.sentence() == null ? null : m.sentence().start(), m.sentence() == null ? null : m.sentence().end(),
                    m.trigger() == null ? null : m.trigger().start(), m.trigger() == null ? null : m.trigger().end(),
                    m.trigger() == null ? null : m.trigger().text());
        }
    }

    /** Matches the staged events to stored ones by key, adds the new ones and the mentions, recounts. */
    private void merge() throws SQLException {
        long base = Sql.maxIdNumber(db, "events");
        Sql.exec(db, "CREATE OR REPLACE TABLE written_event_mentions AS SELECT m.* FROM stage_event_mentions m"
                + " JOIN articles a ON a.id = m.article AND a.run_id = ?", runId);
        Sql.exec(db, "CREATE OR REPLACE TABLE new_event_keys AS"
                + " SELECT key, 'V' || (" + base + " + row_number() OVER (ORDER BY o)) AS id FROM ("
                + "   SELECT s.key, min(s.ord) AS o FROM stage_events s"
                + "   WHERE s.key IN (SELECT key FROM written_event_mentions) AND s.key NOT IN (SELECT key FROM events)"
                + "   GROUP BY s.key)");
        Sql.exec(db, "INSERT INTO events SELECT n.id, s.* EXCLUDE (ord) FROM new_event_keys n"
                + " JOIN (SELECT DISTINCT ON (key) * FROM stage_events ORDER BY key, ord) s ON s.key = n.key");
        Sql.exec(db, "INSERT INTO event_mentions SELECT e.id, w.article, w.sentence_start, w.sentence_end, w.trigger_start,"
                + " w.trigger_end, w.trigger_text FROM written_event_mentions w JOIN events e ON e.key = w.key");
        Sql.exec(db, "DELETE FROM events WHERE id NOT IN (SELECT DISTINCT event FROM event_mentions)");
        Sql.exec(db, "UPDATE events SET num_articles = c.na, num_sources = c.ns FROM ("
                + " SELECT m.event, count(DISTINCT m.article) AS na, count(DISTINCT coalesce(a.outlet, a.id)) AS ns"
                + " FROM event_mentions m JOIN articles a ON a.id = m.article GROUP BY m.event) c"
                + " WHERE events.id = c.event AND (events.num_articles IS DISTINCT FROM c.na OR events.num_sources IS DISTINCT FROM c.ns)");
        try (Statement st = db.createStatement()) {
            for (String t : new String[] {"stage_events", "stage_event_mentions", "written_event_mentions", "new_event_keys",
                    "stage_raw_events"}) {
                st.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }

    /** The event's day when its date is a full ISO date ("2017-05-29"), else null (months, years, unknown). */
    static LocalDate day(String date) {
        if (date == null || date.length() < 10) return null;
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
