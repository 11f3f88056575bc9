package org.parley.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parley.link.DuplicateDetector;

/**
 * The near-duplicate detector's memory of a run written to the store: the signatures and LSH band keys of the
 * run's articles live in two staging tables ({@code stage_duplicates}, {@code stage_duplicate_bands}), not on the
 * heap, so that the heap stays flat with the corpus. The newest articles (at most {@code recent}) are held on the
 * heap until they are appended together (DuckDB appends rows in bulk far faster than one by one); a look-up asks
 * the tables (older articles, one query) and then the recent ones, so candidates come in registration order and
 * the detector answers exactly as with its heap memory.
 *
 * <p>The tables belong to the run: made anew when a run starts (a crashed run's are replaced; its articles are
 * analysed again, so it registers them again) and dropped when it finishes. Uses the sink's connection, from the
 * runner's thread, inside the sink's transactions (the rows need no commit to be seen by this connection).
 */
final class StoreDuplicates implements DuplicateDetector.Memory {
    /** Articles held on the heap before they go to the tables: a bounded ~0.5 MB, and one append per this many. */
    static final int RECENT = 256;

    private final Connection db;
    private final int recentLimit;
    private DuplicateDetector.Memory recent = DuplicateDetector.onHeap();
    private final List<Registered> pending = new ArrayList<>();
    private int stored; // articles in the tables, numbered 0..stored-1 in registration order
    private PreparedStatement lookup;

    private record Registered(String id, DuplicateDetector.Signature signature, long[] bandKeys, String root) {}

    /** Makes the run's tables anew; {@code db} must be in auto-commit mode. */
    StoreDuplicates(Connection db, int recent) throws SQLException {
        this.db = db;
        this.recentLimit = Math.max(1, recent);
        Sql.exec(db, "CREATE OR REPLACE TABLE stage_duplicates (n INTEGER, id VARCHAR, root VARCHAR, shingles INTEGER,"
                + " mins INTEGER[])");
        Sql.exec(db, "CREATE OR REPLACE TABLE stage_duplicate_bands (band BIGINT, n INTEGER)");
        // Without these a look-up scans the run's tables (~30 ms an article at 10,000 articles, growing with the
        // run); with them it stays ~2 ms at 100,000 (measured, load average 12). The indexes live in DuckDB's
        // memory, not the Java heap.
        Sql.exec(db, "CREATE INDEX stage_duplicate_bands_band ON stage_duplicate_bands (band)");
        Sql.exec(db, "CREATE INDEX stage_duplicates_n ON stage_duplicates (n)");
        Sql.exec(db, "CREATE INDEX stage_duplicates_id ON stage_duplicates (id)");
    }

    static final String[] TABLES = {"stage_duplicates", "stage_duplicate_bands"};

    @Override public DuplicateDetector.Recall recall(String id, long[] bandKeys) {
        java.util.TreeMap<Integer, DuplicateDetector.Candidate> older = new java.util.TreeMap<>(); // by number: in order
        if (stored > 0) {
            try {
                if (lookup == null) {
                    // one query, two parts: the articles sharing a band (an article once per band it shares), and the
                    // same id registered before (flagged)
                    lookup = db.prepareStatement("SELECT d.n, false, d.root, d.shingles, d.mins FROM stage_duplicate_bands b"
                            + " JOIN stage_duplicates d ON d.n = b.n WHERE b.band IN (" + "?, ".repeat(bandKeys.length - 1) + "?)"
                            + " UNION ALL SELECT n, true, root, NULL, NULL FROM stage_duplicates WHERE id = ?");
                }
                for (int b = 0; b < bandKeys.length; b++) lookup.setLong(b + 1, bandKeys[b]);
                lookup.setString(bandKeys.length + 1, id);
                try (ResultSet rs = lookup.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(2)) return new DuplicateDetector.Recall(rs.getString(3), List.of()); // seen again
                        int n = rs.getInt(1);
                        if (older.containsKey(n)) continue;
                        older.put(n, new DuplicateDetector.Candidate(
                                new DuplicateDetector.Signature(ints(rs.getArray(5)), rs.getInt(4)), rs.getString(3)));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot look up near-duplicates of " + id + ": " + Store.firstLine(e.getMessage()), e);
            }
        }
        DuplicateDetector.Recall r = recent.recall(id, bandKeys);
        if (r.rootOfSameId() != null || older.isEmpty()) return r;
        List<DuplicateDetector.Candidate> out = new ArrayList<>(older.values());
        out.addAll(r.candidates()); // the recent ones were registered after every article in the tables
        return new DuplicateDetector.Recall(null, out);
    }

    @Override public void remember(String id, DuplicateDetector.Signature signature, long[] bandKeys, String root) {
        recent.remember(id, signature, bandKeys, root);
        pending.add(new Registered(id, signature, bandKeys, root));
        if (pending.size() >= recentLimit) append();
    }

    /** Moves the recent articles to the tables. */
    private void append() {
        try (Rows sigs = new Rows(db, "stage_duplicates"); Rows bands = new Rows(db, "stage_duplicate_bands")) {
            for (Registered r : pending) {
                int n = stored++;
                sigs.add(n, r.id(), r.root(), r.signature().shingles(), r.signature().mins());
                for (long band : r.bandKeys()) bands.add(band, n);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot keep near-duplicate signatures: " + Store.firstLine(e.getMessage()), e);
        }
        pending.clear();
        recent = DuplicateDetector.onHeap();
    }

    private static int[] ints(Array a) throws SQLException {
        Object[] values = (Object[]) a.getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) out[i] = ((Number) values[i]).intValue();
        return out;
    }

    void close() {
        if (lookup == null) return;
        try {
            lookup.close();
        } catch (SQLException ignored) {
            // closing the store reports the real problem
        }
    }
}
