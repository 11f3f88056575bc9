package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The store folder: {@code DIR/parley.duckdb} (the store of record) and {@code DIR/index} (the Lucene
 * search index, rebuildable from the store). Opening it for writing creates it and migrates its schema
 * to {@link #SCHEMA_VERSION}; opening it read-only refuses a store that is missing or of another version.
 * One process may write a store at a time (DuckDB's rule); readers open it read-only.
 */
public final class Store implements AutoCloseable {
    /** The schema this code reads and writes; each step is {@code V<n>.sql} beside this class. */
    public static final int SCHEMA_VERSION = 4;

    private final Path dir;
    private final Connection connection;
    private final boolean readOnly;

    private Store(Path dir, Connection connection, boolean readOnly) {
        this.dir = dir;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    public static Path databaseFile(Path dir) { return dir.resolve("parley.duckdb"); }

    public static Path indexDir(Path dir) { return dir.resolve("index"); }

    /** Opens (creating when missing) a store for writing, migrating an older schema. */
    public static Store openForWriting(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        Store s = new Store(dir, connect(dir, false), false);
        s.migrate();
        return s;
    }

    /** Opens an existing store read-only (search, export, serve). */
    public static Store openReadOnly(Path dir) {
        if (!Files.isRegularFile(databaseFile(dir))) {
            throw new StoreException("no store at " + dir + " (expected " + databaseFile(dir).getFileName()
                    + "; create one with parley analyze INPUT... --store " + dir + ")");
        }
        Store s = new Store(dir, connect(dir, true), true);
        int v = s.version();
        if (v != SCHEMA_VERSION) {
            s.close();
            throw new StoreException("store " + dir + " has schema version " + v + ", this parley reads " + SCHEMA_VERSION
                    + (v < SCHEMA_VERSION ? "; open it for writing once (parley analyze --store) to migrate it" : ""));
        }
        return s;
    }

    private static Connection connect(Path dir, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) p.setProperty("duckdb.read_only", "true");
        String threads = System.getProperty("parley.duckdb.threads"); // DuckDB's worker threads (default: one per core)
        if (threads != null) p.setProperty("threads", threads);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return DriverManager.getConnection("jdbc:duckdb:" + databaseFile(dir).toAbsolutePath(), p);
        } catch (SQLException | ClassNotFoundException e) {
            throw new StoreException("cannot open store " + dir + ": " + firstLine(e.getMessage()), e);
        }
    }

    public Path dir() { return dir; }

    public boolean readOnly() { return readOnly; }

    /** The store's JDBC connection; for code of this module only (no DuckDB type leaves it). */
    Connection connection() { return connection; }

    /** A new connection to the same database, for another thread (DuckDB connections are not shared). */
    Connection newConnection() {
        try {
            return ((org.duckdb.DuckDBConnection) connection).duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to " + dir + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Row counts of the main tables, in a fixed order (for messages and tests). */
    public java.util.Map<String, Long> counts() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String t : new String[] {"articles", "timexes", "quotes", "entities", "entity_mentions", "events",
                "event_mentions", "records", "skipped"}) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                rs.next();
                out.put(t, rs.getLong(1));
            } catch (SQLException e) {
                throw new StoreException("cannot count " + t + " in " + dir + ": " + firstLine(e.getMessage()), e);
            }
        }
        return out;
    }

    /** The schema version recorded in the store, 0 for an empty database. */
    public int version() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            rs.next();
            if (rs.getInt(1) == 0) return 0;
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version of " + dir + ": " + firstLine(e.getMessage()), e);
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version of " + dir + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Applies V(n+1).sql .. V(SCHEMA_VERSION).sql, each in its own transaction with its version row. */
    private void migrate() {
        int v = version();
        if (v > SCHEMA_VERSION) {
            throw new StoreException("store " + dir + " has schema version " + v + ", newer than this parley ("
                    + SCHEMA_VERSION + "); use a newer parley");
        }
        try {
            connection.setAutoCommit(false);
            for (int next = v + 1; next <= SCHEMA_VERSION; next++) {
                try (Statement st = connection.createStatement()) {
                    if (next == 1) {
                        st.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
                    }
                    for (String sql : script(next).split(";\\s*\n")) {
                        String stmt = stripComments(sql);
                        if (!stmt.isBlank()) st.execute(stmt);
                    }
                    st.execute("INSERT INTO schema_version VALUES (" + next + ", current_timestamp)");
                }
                connection.commit();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            try { connection.rollback(); } catch (SQLException ignored) { /* the migration error is the one to report */ }
            throw new StoreException("cannot migrate store " + dir + " to schema " + SCHEMA_VERSION + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static String script(int version) {
        String name = "V" + version + ".sql";
        try (InputStream in = Store.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing schema step " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripComments(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) b.append(line).append('\n');
        }
        return b.toString().strip();
    }

    static String firstLine(String s) { return s == null ? "" : s.lines().findFirst().orElse(""); }

    @Override public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + dir + ": " + firstLine(e.getMessage()), e);
        }
    }
}
