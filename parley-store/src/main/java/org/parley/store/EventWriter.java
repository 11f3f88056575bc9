package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.link.EventMerger;
import org.parley.link.MergeGroups;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;

/**
 * Writes a run's events into the store, merged by the batch runner's rule: same merge key
 * ({@link EventMerger#key}: type, flags, status, actors) and dates to the day within the window of
 * {@link MergeGroups}, the class the runner's {@link EventMerger} places events with, so the store and
 * events.jsonl group alike. The stored events of a key are the groups formed first (their first and last
 * day are kept), then the run's events are placed in input order; an event without a day is never merged.
 * An event of a near-duplicate article joins the event it copies in its original (same key, date and
 * trigger word, in order), as the runner's merger does, when the original is in the same run.
 *
 * <p>Memory: the run's events are staged in {@code stage_raw_events} (by the sink, article by article) and
 * read back through a cursor ordered by key, so only the groups of one key are held at a time. Entity ids
 * in actors are rewritten to store ids. Only mentions in articles this run wrote are added; events left with
 * no mention are removed; the article and source counts are recomputed from the mentions, a near-duplicate
 * counting as the article it copies.
 */
final class EventWriter {
    /** The staging table of the run's events, one row per event as the runner handed it over. */
    static final String RAW_TABLE = "CREATE OR REPLACE TABLE stage_raw_events"
            + " (ord BIGINT, key VARCHAR, date VARCHAR, article VARCHAR, trig VARCHAR, merged BOOLEAN, json VARCHAR)";

    private final Connection db;
    private final int runId;
    private final Map<String, String> entityIds;

    EventWriter(Connection db, int runId, Map<String, String> entityIds) {
        this.db = db;
        this.runId = runId;
        this.entityIds = entityIds;
    }

    /**
     * Stages one event in {@code stage_raw_events}: an article's, unmerged, or one the runner merged already
     * ({@code merged}: it may join a stored event, never another of the run, which the runner kept apart).
     */
    static void stageRaw(Rows rows, long ord, Event e, boolean merged) throws SQLException {
        Event.EventMention first = e.mentions().isEmpty() ? null : e.mentions().get(0);
        String trig = first == null || first.trigger() == null ? "" : first.trigger().text().toLowerCase(java.util.Locale.ROOT);
        rows.add(ord, EventMerger.key(e), e.date(), first == null ? null : first.article(), trig, merged, StoreSink.json(e));
    }

    private EventActor remap(EventActor a) {
        if (a == null || a.entity() == null) return a;
        return new EventActor(entityIds.get(a.entity()), a.text(), a.country(), a.sector());
    }

    /**
     * Merges the events staged in {@code stage_raw_events} into the store. {@code reader} is a second
     * connection to the same database that reads the staging tables back (committed) while this one appends.
     */
    void write(Connection reader) throws SQLException {
        reader.setAutoCommit(true); // each read sees what this connection committed just before (a duplicate inherits off)
        // An event of a near-duplicate paired with the one it copies in its original: the n-th of a key, date and
        // trigger word in the copy with the n-th in the original (EventMerger's pairing, "taken in order").
        Sql.exec(db, "CREATE OR REPLACE TABLE stage_copies AS"
                + " WITH r AS (SELECT s.ord, s.key, s.date, s.trig, s.article, a.duplicate_of FROM stage_raw_events s"
                + "   JOIN articles a ON a.id = s.article WHERE NOT s.merged),"
                + " c AS (SELECT *, row_number() OVER (PARTITION BY article, key, date, trig ORDER BY ord) AS n FROM r"
                + "   WHERE duplicate_of IS NOT NULL),"
                + " o AS (SELECT *, row_number() OVER (PARTITION BY article, key, date, trig ORDER BY ord) AS n FROM r)"
                + " SELECT c.ord AS copy, o.ord AS original FROM c JOIN o ON o.article = c.duplicate_of AND o.key = c.key"
                + "   AND o.date IS NOT DISTINCT FROM c.date AND o.trig = c.trig AND o.n = c.n");
        try (Statement st = db.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE stage_events AS"
                    + " SELECT 0::BIGINT AS ord, ''::VARCHAR AS grp, * EXCLUDE (id) FROM events LIMIT 0");
            st.execute("CREATE OR REPLACE TABLE stage_event_mentions (grp VARCHAR, article VARCHAR, sentence_start INTEGER,"
                    + " sentence_end INTEGER, trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR)");
            st.execute("CREATE OR REPLACE TABLE stage_assign (ord BIGINT, grp VARCHAR)");
        }
        db.commit(); // staging tables only: the reader sees them; the run is not finished, so a crash redoes it
        place(reader);
        db.commit();
        try (Rows pm = new Rows(db, "stage_event_mentions"); Statement st = reader.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.grp, s.json FROM stage_copies c JOIN stage_assign a ON a.ord = c.original"
                     + " JOIN stage_raw_events s ON s.ord = c.copy ORDER BY c.copy")) {
            while (rs.next()) mentions(read(rs.getString(2)), rs.getString(1), pm);
        }
        merge();
    }

    /**
     * Places every staged event that is not a copy in a group: a stored event ("V12") or a new one ("N3"),
     * one key at a time, stored groups first (in id order), then the run's events in input order.
     */
    private void place(Connection reader) throws SQLException {
        String sql = "SELECT key, 0 AS src, id, min_day, max_day, NULL::BIGINT AS ord, NULL::VARCHAR AS json,"
                + "   TRY_CAST(substr(id, 2) AS BIGINT) AS n, false AS merged FROM events"
                + "   WHERE min_day IS NOT NULL AND key IN (SELECT DISTINCT key FROM stage_raw_events)"
                + " UNION ALL SELECT key, 1, NULL, NULL::DATE, NULL::DATE, ord, json, ord, merged FROM stage_raw_events"
                + "   WHERE ord NOT IN (SELECT copy FROM stage_copies)"
                + " ORDER BY key, src, n";
        try (Rows pe = new Rows(db, "stage_events"); Rows pm = new Rows(db, "stage_event_mentions");
             Rows assign = new Rows(db, "stage_assign");
             Statement st = reader.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            String key = null;
            MergeGroups groups = null;
            List<String> ids = new ArrayList<>(); // group index -> stored id or new group name
            long fresh = 0;
            while (rs.next()) {
                String k = rs.getString(1);
                if (!k.equals(key)) {
                    key = k;
                    groups = new MergeGroups();
                    ids.clear();
                }
                if (rs.getInt(2) == 0) {
                    groups.add(localDate(rs.getDate(4)), localDate(rs.getDate(5)));
                    ids.add(rs.getString(3));
                    continue;
                }
                Event raw = read(rs.getString(7));
                long ord = rs.getLong(6);
                String grp;
                if (rs.getBoolean(9)) { // merged by the runner: joins a stored event or stands alone
                    int at = groups.join(raw.date());
                    grp = at >= 0 ? ids.get(at) : "N" + fresh++;
                } else {
                    int at = groups.place(raw.date());
                    if (at == ids.size()) ids.add("N" + fresh++);
                    grp = ids.get(at);
                }
                assign.add(ord, grp);
                stage(raw, ord, grp, k, pe);
                mentions(raw, grp, pm);
            }
        }
    }

    private static LocalDate localDate(java.sql.Date d) { return d == null ? null : d.toLocalDate(); }

    private static Event read(String json) {
        try {
            return org.parley.write.Json.mapper().readValue(json, Event.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("unreadable staged event: " + e.getOriginalMessage(), e);
        }
    }

    private void stage(Event raw, long ord, String grp, String key, Rows pe) throws SQLException {
        List<EventActor> source = raw.source().stream().map(this::remap).toList();
        List<EventActor> target = raw.target().stream().map(this::remap).toList();
        EventActor s = source.isEmpty() ? null : source.get(0);
        EventActor t = target.isEmpty() ? null : target.get(0);
        LocalDate day = day(raw.date());
        pe.add(ord, grp, key, raw.type(), raw.mode(), StoreSink.json(raw.contexts()), StoreSink.json(source),
                StoreSink.json(target),
                s == null ? null : s.entity(), s == null ? null : s.country(), s == null ? null : s.sector(),
                s == null ? null : s.text(),
                t == null ? null : t.entity(), t == null ? null : t.country(), t == null ? null : t.sector(),
                t == null ? null : t.text(),
                raw.date(), day, raw.location(), raw.negated(), raw.hypothetical(),
                raw.reportedBy() == null ? null : StoreSink.json(remap(raw.reportedBy())), raw.cameo(),
                raw.goldstein(), raw.quadClass(), raw.confidence(), raw.numArticles(), raw.numSources(), day, day,
                raw.salience().name());
    }

    private static void mentions(Event raw, String grp, Rows pm) throws SQLException {
        for (Event.EventMention m : raw.mentions()) {
            pm.add(grp, m.article(),
                    m.sentence() == null ? null : m.sentence().start(), m.sentence() == null ? null : m.sentence().end(),
                    m.trigger() == null ? null : m.trigger().start(), m.trigger() == null ? null : m.trigger().end(),
                    m.trigger() == null ? null : m.trigger().text());
        }
    }

    /** New groups get ids and rows (from their first event), every group its mentions and day range; then recount. */
    private void merge() throws SQLException {
        long base = Sql.maxIdNumber(db, "events");
        Sql.exec(db, "CREATE OR REPLACE TABLE new_event_ids AS"
                + " SELECT grp, 'V' || (" + base + " + row_number() OVER (ORDER BY o)) AS id FROM ("
                + "   SELECT grp, min(ord) AS o FROM stage_events WHERE grp LIKE 'N%' GROUP BY grp)");
        Sql.exec(db, "INSERT INTO events SELECT n.id, s.* EXCLUDE (ord, grp) FROM new_event_ids n"
                + " JOIN (SELECT DISTINCT ON (grp) * FROM stage_events ORDER BY grp, ord) s ON s.grp = n.grp");
        Sql.exec(db, "UPDATE events SET min_day = least(events.min_day, g.lo), max_day = greatest(events.max_day, g.hi) FROM ("
                + " SELECT coalesce(n.id, s.grp) AS id, min(s.min_day) AS lo, max(s.max_day) AS hi FROM stage_events s"
                + " LEFT JOIN new_event_ids n ON n.grp = s.grp GROUP BY 1) g WHERE events.id = g.id");
        // MAIN if any report of the event is its sentence's own (EventMerger's rule); a stored event only ever gains it
        Sql.exec(db, "UPDATE events SET salience = 'MAIN' WHERE salience IS DISTINCT FROM 'MAIN' AND id IN ("
                + " SELECT coalesce(n.id, s.grp) FROM stage_events s LEFT JOIN new_event_ids n ON n.grp = s.grp"
                + " WHERE s.salience = 'MAIN')");
        Sql.exec(db, "INSERT INTO event_mentions SELECT coalesce(n.id, m.grp), m.article, m.sentence_start, m.sentence_end,"
                + " m.trigger_start, m.trigger_end, m.trigger_text FROM stage_event_mentions m"
                + " JOIN articles a ON a.id = m.article AND a.run_id = ? LEFT JOIN new_event_ids n ON n.grp = m.grp", runId);
        Sql.exec(db, "DELETE FROM events WHERE id NOT IN (SELECT DISTINCT event FROM event_mentions)");
        // a near-duplicate counts as the article it copies, and as that article's outlet (EventMerger's rule)
        Sql.exec(db, "UPDATE events SET num_articles = c.na, num_sources = c.ns FROM ("
                + " SELECT m.event, count(DISTINCT coalesce(a.duplicate_of, a.id)) AS na,"
                + "   count(DISTINCT coalesce(o.outlet, 'article:' || coalesce(a.duplicate_of, a.id))) AS ns"
                + " FROM event_mentions m JOIN articles a ON a.id = m.article"
                + " LEFT JOIN articles o ON o.id = coalesce(a.duplicate_of, a.id) GROUP BY m.event) c"
                + " WHERE events.id = c.event AND (events.num_articles IS DISTINCT FROM c.na OR events.num_sources IS DISTINCT FROM c.ns)");
        try (Statement st = db.createStatement()) {
            for (String t : new String[] {"stage_events", "stage_event_mentions", "stage_copies", "stage_assign", "new_event_ids",
                    "stage_raw_events"}) {
                st.execute("DROP TABLE IF EXISTS " + t);
            }
        }
    }

    /** The event's day when its date is a full ISO date ("2017-05-29"), else null (months, years, unknown). */
    static LocalDate day(String date) { return EventMerger.day(date); }
}
