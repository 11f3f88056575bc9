package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the store out with DuckDB's COPY. {@code since}/{@code until} (inclusive, either may be null)
 * keep articles published in that range with their records, the entities they mention and the events
 * they tell (an event by its day, or by its articles when it has no day). JSON columns become text in
 * Parquet and CSV, so every reader sees plain strings.
 */
public final class Exporter {
    /** The tables exported by jsonl, parquet and csv, in order. */
    public static final List<String> TABLES = List.of("articles", "timexes", "quotes", "entities", "entity_mentions",
            "events", "event_mentions", "records", "skipped");

    private final Store store;

    public Exporter(Store store) { this.store = store; }

    /**
     * Exports into {@code out}: a folder (created) for jsonl, parquet and csv, a file for gdelt.
     * Returns the rows written per file name.
     */
    public Map<String, Long> export(ExportFormat format, Path out, LocalDate since, LocalDate until) {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection db = store.newConnection(); Statement st = db.createStatement()) {
            String arts = "SELECT id FROM articles" + range("published", since, until);
            if (format == ExportFormat.GDELT) {
                if (out.getParent() != null) Files.createDirectories(out.getParent());
                rows.put(out.getFileName().toString(), copy(st, GdeltQuery.sql(since, until), out,
                        "FORMAT CSV, DELIMITER '\\t', HEADER false"));
                return rows;
            }
            Files.createDirectories(out);
            boolean filtered = since != null || until != null;
            for (String table : TABLES) {
                String where = !filtered ? "" : switch (table) {
                    case "articles" -> range("published", since, until);
                    case "timexes", "quotes", "entity_mentions", "event_mentions" -> " WHERE article IN (" + arts + ")";
                    case "entities" -> " WHERE id IN (SELECT entity FROM entity_mentions WHERE article IN (" + arts + "))";
                    case "events" -> " WHERE (day IS NOT NULL" + range("day", since, until).replace(" WHERE", " AND")
                            + ") OR (day IS NULL AND id IN (SELECT event FROM event_mentions WHERE article IN (" + arts + ")))";
                    default -> "";
                };
                String select = "SELECT " + columns(st, table, format != ExportFormat.JSONL) + " FROM " + table + where;
                String ext = switch (format) {
                    case JSONL -> ".jsonl";
                    case PARQUET -> ".parquet";
                    default -> ".csv";
                };
                String options = switch (format) {
                    case JSONL -> "FORMAT JSON";
                    case PARQUET -> "FORMAT PARQUET, COMPRESSION ZSTD";
                    default -> "FORMAT CSV, HEADER true";
                };
                rows.put(table + ext, copy(st, select, out.resolve(table + ext), options));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("cannot export " + store.dir() + ": " + Store.firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static long copy(Statement st, String select, Path file, String options) throws SQLException {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        if (st.execute("COPY (" + select + ") TO '" + path + "' (" + options + ")")) {
            try (ResultSet rs = st.getResultSet()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
        return Math.max(0, st.getUpdateCount());
    }

    /** The table's columns, JSON ones cast to text when {@code jsonAsText}. */
    private static String columns(Statement st, String table, boolean jsonAsText) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = '" + table + "' AND table_schema = 'main' ORDER BY ordinal_position")) {
            while (rs.next()) {
                String c = '"' + rs.getString(1) + '"';
                cols.add(jsonAsText && "JSON".equalsIgnoreCase(rs.getString(2)) ? "CAST(" + c + " AS VARCHAR) AS " + c : c);
            }
        }
        return String.join(", ", cols);
    }

    /** " WHERE col BETWEEN ..." for the given bounds, or "" when there are none. Dates are typed, never user text. */
    static String range(String column, LocalDate since, LocalDate until) {
        if (since == null && until == null) return "";
        if (until == null) return " WHERE " + column + " >= DATE '" + since + "'";
        if (since == null) return " WHERE " + column + " <= DATE '" + until + "'";
        return " WHERE " + column + " BETWEEN DATE '" + since + "' AND DATE '" + until + "'";
    }
}
