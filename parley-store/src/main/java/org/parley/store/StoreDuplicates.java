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
 * the tables (older articles) and then the recent ones, so candidates come in registration order and the detector
 * answers exactly as with its heap memory.
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
    private PreparedStatement numbersOf, signaturesOf;

    private record Registered(String id, DuplicateDetector.Signature signature, long[] bandKeys, String root) {}

    /** Makes the run's tables anew; {@code db} must be in auto-commit mode. */
    StoreDuplicates(Connection db, int recent) throws SQLException {
        this.db = db;
        this.recentLimit = Math.max(1, recent);
        Sql.exec(db, "CREATE OR REPLACE TABLE stage_duplicates (n INTEGER, id VARCHAR, root VARCHAR, shingles INTEGER,"
                + " mins INTEGER[])");
        Sql.exec(db, "CREATE OR REPLACE TABLE stage_duplicate_bands (band BIGINT, n INTEGER)");
        // Without these a look-up scans the run's tables (~30 ms at 10,000 articles, growing with the run); with
        // them ~2 ms at 100,000 (a micro-benchmark of random signatures, load average 12). The indexes live in
        // DuckDB's memory, not the Java heap. A join of bands and signatures in one query, or a connection of its own in
        // auto-commit mode (instead of the sink's, inside its open transaction), measured slower on the synthetic bench.
        Sql.exec(db, "CREATE INDEX stage_duplicate_bands_band ON stage_duplicate_bands (band)");
        Sql.exec(db, "CREATE INDEX stage_duplicates_n ON stage_duplicates (n)");
        Sql.exec(db, "CREATE INDEX stage_duplicates_id ON stage_duplicates (id)");
    }

    static final String[] TABLES = {"stage_duplicates", "stage_duplicate_bands"};

    /**
     * One query for the numbers of the stored articles sharing a band (and the same id, flagged by its root); their
     * signatures are then read {@value #CHUNK} at a time as the detector walks them, earliest first: it stops at
     * the first near-duplicate, and a copy's earliest candidate is usually its original, while a much-copied
     * text shares its bands with every copy. The candidates are valid until the next call.
     */
    @Override public DuplicateDetector.Recall recall(String id, long[] bandKeys) {
        int[] numbers = new int[0];
        if (stored > 0) {
            try {
                if (numbersOf == null) {
                    numbersOf = db.prepareStatement("SELECT n, NULL::VARCHAR FROM (SELECT DISTINCT n FROM stage_duplicate_bands"
                            + " WHERE band IN (" + "?, ".repeat(bandKeys.length - 1) + "?))"
                            + " UNION ALL SELECT n, root FROM stage_duplicates WHERE id = ?");
                }
                for (int b = 0; b < bandKeys.length; b++) numbersOf.setLong(b + 1, bandKeys[b]);
                numbersOf.setString(bandKeys.length + 1, id);
                int count = 0;
                try (ResultSet rs = numbersOf.executeQuery()) {
                    while (rs.next()) {
                        String root = rs.getString(2);
                        if (root != null) return new DuplicateDetector.Recall(root, List.of()); // the same id seen again
                        if (count == numbers.length) numbers = java.util.Arrays.copyOf(numbers, Math.max(8, count * 2));
                        numbers[count++] = rs.getInt(1);
                    }
                }
                numbers = java.util.Arrays.copyOf(numbers, count);
                java.util.Arrays.sort(numbers);
            } catch (SQLException e) {
                throw fail("look up near-duplicates of " + id, e);
            }
        }
        DuplicateDetector.Recall r = recent.recall(id, bandKeys);
        if (r.rootOfSameId() != null || numbers.length == 0) return r;
        int[] older = numbers;
        Iterable<DuplicateDetector.Candidate> recentOnes = r.candidates();
        return new DuplicateDetector.Recall(null, () -> new Walk(older, recentOnes.iterator()));
    }

    /** Signatures read per query while the detector walks the candidates. */
    static final int CHUNK = 8;

    /** The stored candidates in order, read a chunk at a time, then the recent ones (registered after all of them). */
    private final class Walk implements java.util.Iterator<DuplicateDetector.Candidate> {
        private final int[] numbers;
        private final java.util.Iterator<DuplicateDetector.Candidate> recentOnes;
        private final java.util.ArrayDeque<DuplicateDetector.Candidate> loaded = new java.util.ArrayDeque<>();
        private int next; // first number not loaded yet

        Walk(int[] numbers, java.util.Iterator<DuplicateDetector.Candidate> recentOnes) {
            this.numbers = numbers;
            this.recentOnes = recentOnes;
        }

        @Override public boolean hasNext() { return !loaded.isEmpty() || next < numbers.length || recentOnes.hasNext(); }

        @Override public DuplicateDetector.Candidate next() {
            if (loaded.isEmpty() && next < numbers.length) load();
            return loaded.isEmpty() ? recentOnes.next() : loaded.poll();
        }

        private void load() {
            int to = Math.min(numbers.length, next + CHUNK);
            java.util.TreeMap<Integer, DuplicateDetector.Candidate> byNumber = new java.util.TreeMap<>();
            try {
                if (signaturesOf == null) {
                    signaturesOf = db.prepareStatement("SELECT n, root, shingles, mins FROM stage_duplicates WHERE n IN ("
                            + "?, ".repeat(CHUNK - 1) + "?)");
                }
                for (int i = 0; i < CHUNK; i++) signaturesOf.setInt(i + 1, next + i < to ? numbers[next + i] : -1);
                try (ResultSet rs = signaturesOf.executeQuery()) {
                    while (rs.next()) {
                        byNumber.put(rs.getInt(1), new DuplicateDetector.Candidate(
                                new DuplicateDetector.Signature(ints(rs.getArray(4)), rs.getInt(3)), rs.getString(2)));
                    }
                }
            } catch (SQLException e) {
                throw fail("read near-duplicate signatures", e);
            }
            loaded.addAll(byNumber.values());
            next = to;
        }
    }

    private static StoreException fail(String what, SQLException e) {
        return new StoreException("cannot " + what + ": " + Store.firstLine(e.getMessage()), e);
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
            throw fail("keep near-duplicate signatures", e);
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
        for (PreparedStatement ps : new PreparedStatement[] {numbersOf, signaturesOf}) {
            if (ps == null) continue;
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing the store reports the real problem
            }
        }
    }
}
