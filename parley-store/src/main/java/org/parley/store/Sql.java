package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Small JDBC helpers for this module. */
final class Sql {
    private Sql() {}

    private static final boolean TRACE = Boolean.getBoolean("parley.store.trace");

    /** Runs one statement with positional parameters; returns the update count. */
    static int exec(Connection db, String sql, Object... params) throws SQLException {
        long t = System.nanoTime();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            return ps.executeUpdate();
        } finally {
            if (TRACE) System.err.printf("%6.1f ms %s%n", (System.nanoTime() - t) / 1e6, sql.length() > 90 ? sql.substring(0, 90) : sql);
        }
    }

    /** The highest numeric suffix of ids such as "E17" in {@code table}, 0 when empty. */
    static long maxIdNumber(Connection db, String table) throws SQLException {
        try (var st = db.createStatement();
             var rs = st.executeQuery("SELECT coalesce(max(TRY_CAST(substr(id, 2) AS BIGINT)), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
