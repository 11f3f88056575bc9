package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.parley.model.Event;
import org.parley.write.Json;

/**
 * The read side of the store for the API: articles with their annotations, entities, events, quotations,
 * stories and dyad series, as JSON-ready maps (JSON columns become nested values). Thread-safe: each
 * call borrows one of a pool of connections. Callers check page sizes; this class only pages.
 */
public final class StoreQueries implements AutoCloseable {
    private static final java.util.regex.Pattern ENTITY_ID = java.util.regex.Pattern.compile("E\\d+");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?i)[a-z]{3}|[A-Z]{2,6}");

    private static final int MAX_TOTALS = 10_000;

    private final Store store;
    private final ConcurrentLinkedQueue<Session> pool = new ConcurrentLinkedQueue<>();
    /**
     * Row counts of list queries by SQL and parameters. The store is open read-only and no writer can open
     * it meanwhile (DuckDB's lock), so a count stays true for the life of this object; paging through a
     * list then costs one page query, not a count over every match each time.
     */
    private final Map<String, Long> totals = new java.util.concurrent.ConcurrentHashMap<>();

    /** Queries over {@code store}, which must be open read-only (counts are cached). */
    public StoreQueries(Store store) {
        if (!store.readOnly()) throw new IllegalArgumentException("StoreQueries reads a store opened read-only (counts are cached)");
        this.store = store;
    }

    /**
     * Filters of the events list; each null when not used. {@code actor}: entity id, country code or name;
     * {@code salience}: only the events of that salience (MAIN: the sentences' own reports).
     */
    public record EventFilter(String actor, String type, LocalDate since, LocalDate until, Integer quadClass,
                              Event.Salience salience) {
        /** Every salience (the filter as it was before {@code salience}). */
        public EventFilter(String actor, String type, LocalDate since, LocalDate until, Integer quadClass) {
            this(actor, type, since, until, quadClass, null);
        }
    }

    public Optional<Map<String, Object>> article(String id) {
        return run(db -> {
            List<Map<String, Object>> a = db.rows("SELECT id, path, url, outlet, title, published, published_from, language,"
                    + " duplicate_of, skipped_stages, content_hash, text, body, dateline FROM articles WHERE id = ?", id);
            if (a.isEmpty()) return Optional.empty();
            Map<String, Object> out = a.get(0);
            Map<String, Object> ann = new LinkedHashMap<>();
            ann.put("entities", db.rows("SELECT m.start_offset AS start, m.end_offset AS \"end\", m.text, m.entity, e.name, e.type,"
                    + " e.country, e.sector FROM entity_mentions m LEFT JOIN entities e ON e.id = m.entity WHERE m.article = ?"
                    + " ORDER BY m.start_offset", id));
            ann.put("events", db.rows("SELECT m.trigger_start AS start, m.trigger_end AS \"end\", m.trigger_text AS text,"
                    + " m.sentence_start, m.sentence_end, e.id AS event, e.type, e.mode, e.cameo, e.quad_class, e.goldstein,"
                    + " e.source, e.target, e.date, e.negated, e.hypothetical, e.confidence, e.salience FROM event_mentions m"
                    + " JOIN events e ON e.id = m.event WHERE m.article = ? ORDER BY m.trigger_start", id));
            ann.put("quotes", db.rows("SELECT id, kind, content_start AS start, content_end AS \"end\", content, cue_start, cue_end,"
                    + " cue, source_start, source_end, source_text, speaker_entity, speaker_name, speaker_country, speaker_sector,"
                    + " confidence FROM quotes WHERE article = ? ORDER BY content_start", id));
            ann.put("timexes", db.rows("SELECT start_offset AS start, end_offset AS \"end\", text, type, value, mod FROM timexes"
                    + " WHERE article = ? ORDER BY start_offset", id));
            out.put("annotations", ann);
            return Optional.of(out);
        });
    }

    /** An entity with the first page of its mentions, of the events it takes part in and of its quotations. */
    public Optional<Map<String, Object>> entity(String id, int limit) {
        return run(db -> {
            List<Map<String, Object>> e = db.rows("SELECT id, name, type, country, sector, variants FROM entities WHERE id = ?", id);
            if (e.isEmpty()) return Optional.empty();
            Map<String, Object> out = e.get(0);
            out.put("mentions", pageByDate(db, "SELECT article, start_offset AS start, end_offset AS \"end\", text, published"
                    + " FROM entity_mentions WHERE entity = ?", "published", " ORDER BY published NULLS LAST, article, start", 0, limit, id));
            out.put("events", events(db, new EventFilter(id, null, null, null, null), 0, limit));
            out.put("quotes", quotes(db, id, 0, limit));
            return Optional.of(out);
        });
    }

    public Page events(EventFilter f, int offset, int limit) { return run(db -> events(db, f, offset, limit)); }

    private Page events(Session db, EventFilter f, int offset, int limit) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (f.actor() != null) {
            // One kind of match per value, so that each is a plain comparison DuckDB can run fast:
            // an entity id ("E12"), a country code ("RUS"), else the actor's text as written (any case).
            if (ENTITY_ID.matcher(f.actor()).matches()) {
                where.append(" AND (source_entity = ? OR target_entity = ?)");
                params.add(f.actor());
                params.add(f.actor());
            } else if (CODE.matcher(f.actor()).matches()) {
                where.append(" AND (source_country = ? OR target_country = ?)");
                params.add(f.actor().toUpperCase(java.util.Locale.ROOT));
                params.add(f.actor().toUpperCase(java.util.Locale.ROOT));
            } else {
                where.append(" AND (lower(source_text) = lower(?) OR lower(target_text) = lower(?))");
                params.add(f.actor());
                params.add(f.actor());
            }
        }
        if (f.type() != null) {
            where.append(" AND type = upper(?)");
            params.add(f.type());
        }
        if (f.since() != null) {
            where.append(" AND day >= ?");
            params.add(java.sql.Date.valueOf(f.since()));
        }
        if (f.until() != null) {
            where.append(" AND day <= ?");
            params.add(java.sql.Date.valueOf(f.until()));
        }
        if (f.quadClass() != null) {
            where.append(" AND quad_class = ?");
            params.add(f.quadClass());
        }
        if (f.salience() != null) {
            where.append(" AND salience = ?");
            params.add(f.salience().name());
        }
        Page p = pageByDate(db, "SELECT id, type, mode, contexts, source, target, date, location, negated, hypothetical, reported_by,"
                + " cameo, goldstein, quad_class, confidence, num_articles, num_sources, salience, day FROM events" + where,
                "day", " ORDER BY day NULLS LAST, id", offset, limit, params.toArray());
        for (Map<String, Object> ev : p.items()) ev.remove("day"); // selected for the ordering only
        if (p.items().isEmpty()) return p;
        // The page's mentions in one query (up to 20 per event), not one query per event.
        Map<Object, List<Map<String, Object>>> byEvent = new LinkedHashMap<>();
        for (Map<String, Object> ev : p.items()) {
            List<Map<String, Object>> list = new ArrayList<>();
            byEvent.put(ev.get("id"), list);
            ev.put("mentions", list);
        }
        String in = "(" + "?, ".repeat(byEvent.size() - 1) + "?)";
        for (Map<String, Object> m : db.rows("SELECT event, article, sentence_start, sentence_end, trigger_start, trigger_end,"
                + " trigger_text FROM (SELECT *, row_number() OVER (PARTITION BY event ORDER BY article, trigger_start) AS n"
                + " FROM event_mentions WHERE event IN " + in + ") WHERE n <= 20 ORDER BY event, n", byEvent.keySet().toArray())) {
            byEvent.get(m.remove("event")).add(m);
        }
        return p;
    }

    /** Quotations by a speaker: entity id or name (any case). */
    public Page quotes(String speaker, int offset, int limit) { return run(db -> quotes(db, speaker, offset, limit)); }

    private Page quotes(Session db, String speaker, int offset, int limit) throws SQLException {
        String where = speaker == null ? "" : ENTITY_ID.matcher(speaker).matches() ? " WHERE q.speaker_entity = ?"
                : " WHERE lower(q.speaker_name) = lower(?)";
        Object[] params = speaker == null ? new Object[0] : new Object[] {speaker};
        return pageByDate(db, "SELECT q.id, q.article, q.published, q.kind, q.content_start AS start, q.content_end AS \"end\", q.content,"
                + " q.cue, q.source_text, q.speaker_entity, q.speaker_name, q.speaker_country, q.speaker_sector, q.confidence"
                + " FROM quotes q" + where, "published", " ORDER BY published NULLS LAST, article, start", offset, limit, params);
    }

    /** A record of a corpus stage by kind and id ("stories", "S3"): the latest one written. */
    public Optional<Object> record(String kind, String id) {
        return run(db -> {
            List<Map<String, Object>> r = db.rows("SELECT json FROM records WHERE kind = ? AND id = ? ORDER BY run_id DESC LIMIT 1", kind, id);
            return r.isEmpty() ? Optional.empty() : Optional.ofNullable(r.get(0).get("json"));
        });
    }

    /**
     * Monthly series of events between two actors (entity ids or country codes), both directions: counts,
     * counts per quad class and mean Goldstein score.
     */
    public Page dyad(String a, String b, LocalDate since, LocalDate until, int offset, int limit) {
        return dyad(a, b, since, until, null, offset, limit);
    }

    /**
     * The dyad series counting only events of {@code salience} (null: all, as {@code dyads.jsonl} does: a background
     * event is a real event, often the main report of another article it is merged with).
     */
    public Page dyad(String a, String b, LocalDate since, LocalDate until, Event.Salience salience, int offset, int limit) {
        return run(db -> {
            String side = "(%1$s_entity = ? OR %1$s_country = upper(?))";
            String ab = "(" + side.formatted("source") + " AND " + side.formatted("target") + ")";
            StringBuilder where = new StringBuilder(" WHERE day IS NOT NULL AND (" + ab + " OR " + ab + ")");
            List<Object> params = new ArrayList<>(List.of(a, a, b, b, b, b, a, a));
            if (since != null) {
                where.append(" AND day >= ?");
                params.add(java.sql.Date.valueOf(since));
            }
            if (until != null) {
                where.append(" AND day <= ?");
                params.add(java.sql.Date.valueOf(until));
            }
            if (salience != null) {
                where.append(" AND salience = ?");
                params.add(salience.name());
            }
            return page(db, "SELECT strftime(day, '%Y-%m') AS month,"
                    + " count(*) FILTER (WHERE " + side.formatted("source") + " AND " + side.formatted("target") + ") AS a_to_b,"
                    + " count(*) FILTER (WHERE NOT (" + side.formatted("source") + " AND " + side.formatted("target") + ")) AS b_to_a,"
                    + " count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,"
                    + " count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,"
                    + " count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,"
                    + " count(*) FILTER (WHERE quad_class = 4) AS material_conflict,"
                    + " round(avg(goldstein), 2) AS goldstein_mean"
                    + " FROM events" + where + " GROUP BY month", " ORDER BY month", offset, limit, dyadParams(a, b, params));
        });
    }

    /** The dyad query's parameters: a_to_b's, b_to_a's, then the WHERE clause's. */
    private static Object[] dyadParams(String a, String b, List<Object> where) {
        List<Object> p = new ArrayList<>(List.of(a, a, b, b, a, a, b, b));
        p.addAll(where);
        return p.toArray();
    }

    // --- plumbing

    private interface Work<T> {
        T apply(Session db) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        Session db = pool.poll();
        if (db == null) db = new Session(store.newConnection());
        try {
            return work.apply(db);
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + Store.firstLine(e.getMessage()), e);
        } finally {
            pool.offer(db);
        }
    }

    /**
     * Counts {@code sql}'s rows (without the ordering; once per query and parameters, see {@link #totals}),
     * then reads one page of them in {@code orderBy} order.
     */
    private Page page(Session db, String sql, String orderBy, int offset, int limit, Object... params) throws SQLException {
        long total = total(db, sql, params);
        if (total <= offset) return new Page(total, offset, limit, List.of());
        Object[] withPage = java.util.Arrays.copyOf(params, params.length + 2);
        withPage[params.length] = limit;
        withPage[params.length + 1] = offset;
        List<Map<String, Object>> items = db.rows(sql + orderBy + " LIMIT ? OFFSET ?", withPage);
        return new Page(total, offset, limit, items);
    }

    /** The number of rows of {@code sql}, counted once per query text and parameters. */
    private long total(Session db, String sql, Object... params) throws SQLException {
        String countSql = "SELECT count(*) AS n FROM (" + sql + ")";
        String key = countSql + "\u0000" + java.util.Arrays.toString(params);
        Long cached = totals.get(key);
        if (cached != null) return cached;
        long total = ((Number) db.rows(countSql, params).get(0).get("n")).longValue();
        if (totals.size() >= MAX_TOTALS) totals.clear(); // bounded; refilled by the next requests
        totals.put(key, total);
        return total;
    }

    /**
     * As {@link #page(Session, String, String, int, int, Object...)} for a list ordered first by the date
     * column {@code lead} (an output column of {@code sql}, as are {@code orderBy}'s columns), then by
     * others. DuckDB's top-N over several keys, one of them text, cost several times a top-N over the date
     * alone; so the date of the page's last row is found first (one key), and only rows up to that date
     * are ordered in full. Same rows, same order.
     */
    private Page pageByDate(Session db, String sql, String lead, String orderBy, int offset, int limit, Object... params)
            throws SQLException {
        String upTo = "SELECT * FROM (" + sql + ") WHERE coalesce(" + lead + ", DATE '9999-12-31') <= coalesce((SELECT " + lead
                + " FROM (" + sql + ") ORDER BY " + lead + " NULLS LAST LIMIT 1 OFFSET ?), DATE '9999-12-31')";
        long total = total(db, sql, params);
        if (total <= offset) return new Page(total, offset, limit, List.of());
        Object[] p = new Object[params.length * 2 + 3];
        System.arraycopy(params, 0, p, 0, params.length);
        System.arraycopy(params, 0, p, params.length, params.length);
        p[params.length * 2] = (long) offset + limit - 1;
        p[params.length * 2 + 1] = limit;
        p[params.length * 2 + 2] = offset;
        return new Page(total, offset, limit, db.rows(upTo + orderBy + " LIMIT ? OFFSET ?", p));
    }

    static List<Map<String, Object>> rows(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            return rows(ps, params);
        }
    }

    private static List<Map<String, Object>> rows(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
        try (ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            String[] labels = new String[n + 1], types = new String[n + 1];
            for (int c = 1; c <= n; c++) {
                labels[c] = md.getColumnLabel(c);
                types[c] = md.getColumnTypeName(c);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= n; c++) row.put(labels[c], value(rs, c, types[c]));
                out.add(row);
            }
            return out;
        }
    }

    /**
     * A pooled connection with the statements it has prepared, used by one thread at a time. DuckDB
     * parses and plans a statement when it is prepared, which for the API's short queries cost about as
     * much as running them; the queries' texts are few (parameters carry the values), so each is kept.
     */
    static final class Session implements AutoCloseable {
        private static final int MAX_STATEMENTS = 200;

        private final Connection db;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= MAX_STATEMENTS) return false;
                try {
                    eldest.getValue().close();
                } catch (SQLException ignored) {
                    // a statement that cannot close is dropped all the same
                }
                return true;
            }
        };

        Session(Connection db) { this.db = db; }

        List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = db.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return StoreQueries.rows(ps, params);
        }

        @Override public void close() throws SQLException {
            for (PreparedStatement ps : statements.values()) ps.close();
            statements.clear();
            db.close();
        }
    }

    private static Object value(ResultSet rs, int c, String type) throws SQLException {
        Object v = rs.getObject(c);
        if (v == null) return null;
        if ("JSON".equalsIgnoreCase(type)) {
            try {
                return Json.mapper().readTree(v.toString());
            } catch (JsonProcessingException e) {
                return v.toString();
            }
        }
        if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (v instanceof java.time.LocalDate d) return d.toString();
        if (v instanceof java.sql.Timestamp t) return t.toLocalDateTime().toString();
        if (v instanceof java.math.BigInteger || v instanceof java.math.BigDecimal) return ((Number) v).longValue();
        return v;
    }

    @Override public void close() {
        Session c;
        while ((c = pool.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing left to do with the error
            }
        }
    }
}
