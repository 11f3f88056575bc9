package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of the store for the web UI's own pages, beside {@link StoreQueries}: the overview (counts,
 * busiest stories and actors of the latest days, skipped inputs), the list of stories and an actor's
 * activity (events per month, the actors it deals with most). Kept in its own class so the API's queries
 * and the UI's can change apart. Opens a connection per call; these are page loads, not hot paths.
 */
public final class OverviewQueries {
    private final Store store;
    private final Map<String, Map<String, Object>> overviews = new java.util.concurrent.ConcurrentHashMap<>();

    public OverviewQueries(Store store) { this.store = store; }

    /**
     * Counts of the main tables, the store's date range and, for the {@code days} days before its latest
     * publication date (the archive's "now"), the busiest stories and actors; then the latest skipped inputs.
     */
    public Map<String, Object> overview(int days, int top) {
        if (!store.readOnly()) return computeOverview(days, top);
        // A store open read-only cannot change under this object (no writer can open it meanwhile), so the
        // overview, which counts whole tables, is computed once per (days, top) and kept.
        return overviews.computeIfAbsent(days + "/" + top, k -> java.util.Collections.unmodifiableMap(computeOverview(days, top)));
    }

    private Map<String, Object> computeOverview(int days, int top) {
        return run(db -> {
            Map<String, Object> out = new LinkedHashMap<>();
            Map<String, Object> counts = new LinkedHashMap<>();
            for (String t : new String[] {"articles", "entities", "events", "quotes", "skipped"}) {
                counts.put(t, single(db, "SELECT count(*) AS n FROM " + t));
            }
            counts.put("stories", single(db, "SELECT count(DISTINCT id) AS n FROM records WHERE kind = 'stories'"));
            out.put("counts", counts);
            Map<String, Object> range = StoreQueries.rows(db,
                    "SELECT CAST(min(published) AS VARCHAR) AS first, CAST(max(published) AS VARCHAR) AS last FROM articles").get(0);
            out.put("first", range.get("first"));
            out.put("last", range.get("last"));
            out.put("days", days);
            String since = "(SELECT max(published) FROM articles) - INTERVAL " + days + " DAY";
            out.put("busiest_actors", StoreQueries.rows(db,
                    "WITH sides AS (SELECT source_entity AS entity FROM events WHERE day >= " + since
                    + " UNION ALL SELECT target_entity FROM events WHERE day >= " + since + ")"
                    + " SELECT e.id AS entity, e.name, e.country, e.sector, count(*) AS events FROM sides s"
                    + " JOIN entities e ON e.id = s.entity GROUP BY e.id, e.name, e.country, e.sector"
                    + " ORDER BY events DESC, e.name LIMIT " + top));
            out.put("busiest_stories", StoreQueries.rows(db, latestStories()
                    + " SELECT id, json->>'title' AS title, json->>'start' AS start, json->>'end' AS \"end\","
                    + " json_array_length(json->'articles') AS articles FROM latest"
                    + " WHERE TRY_CAST(json->>'end' AS DATE) >= " + since + " OR json->>'end' IS NULL"
                    + " ORDER BY articles DESC, id LIMIT " + top));
            out.put("skipped", StoreQueries.rows(db, "SELECT path, reason FROM skipped ORDER BY run_id DESC, path LIMIT 100"));
            return out;
        });
    }

    /** Stories, the largest first: id, title, first and last date, number of articles and outlets. */
    public Page stories(int offset, int limit) {
        return run(db -> {
            String sql = latestStories() + " SELECT id, json->>'title' AS title, json->>'start' AS start, json->>'end' AS \"end\","
                    + " json_array_length(json->'articles') AS articles, json_array_length(json->'outlets') AS outlets"
                    + " FROM latest ORDER BY articles DESC, id";
            long total = single(db, "SELECT count(*) AS n FROM (" + sql + ")");
            return new Page(total, offset, limit, StoreQueries.rows(db, sql + " LIMIT " + limit + " OFFSET " + offset));
        });
    }

    /**
     * An entity's events per month (by quad class; negated and hypothetical events left out, as in the dyads)
     * and the entities it deals with most as source or target.
     */
    public Map<String, Object> activity(String entity, int top) {
        return run(db -> {
            Map<String, Object> out = new LinkedHashMap<>();
            String mine = "(source_entity = ? OR target_entity = ?) AND NOT coalesce(negated, false)"
                    + " AND NOT coalesce(hypothetical, false)";
            out.put("months", StoreQueries.rows(db, "SELECT strftime(day, '%Y-%m') AS month, count(*) AS events,"
                    + " count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,"
                    + " count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,"
                    + " count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,"
                    + " count(*) FILTER (WHERE quad_class = 4) AS material_conflict"
                    + " FROM events WHERE day IS NOT NULL AND " + mine + " GROUP BY month ORDER BY month", entity, entity));
            out.put("related", StoreQueries.rows(db, "WITH other AS ("
                    + " SELECT target_entity AS entity FROM events WHERE source_entity = ? AND target_entity IS NOT NULL"
                    + " UNION ALL SELECT source_entity FROM events WHERE target_entity = ? AND source_entity IS NOT NULL)"
                    + " SELECT e.id AS entity, e.name, e.country, e.sector, count(*) AS events FROM other o"
                    + " JOIN entities e ON e.id = o.entity WHERE e.id <> ? GROUP BY e.id, e.name, e.country, e.sector"
                    + " ORDER BY events DESC, e.name LIMIT " + top, entity, entity, entity));
            return out;
        });
    }

    /** The latest version of each story (a rerun writes stories again under a newer run). */
    private static String latestStories() {
        return "WITH latest AS (SELECT id, json FROM records WHERE kind = 'stories'"
                + " QUALIFY row_number() OVER (PARTITION BY id ORDER BY run_id DESC) = 1)";
    }

    private static long single(Connection db, String sql) throws SQLException {
        List<Map<String, Object>> r = StoreQueries.rows(db, sql);
        return ((Number) r.get(0).get("n")).longValue();
    }

    private interface Work<T> {
        T apply(Connection db) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection db = store.newConnection()) {
            return work.apply(db);
        } catch (SQLException e) {
            throw new StoreException("store query failed: " + Store.firstLine(e.getMessage()), e);
        }
    }
}
