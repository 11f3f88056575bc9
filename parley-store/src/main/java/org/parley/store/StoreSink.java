package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.write.ArticleRecord;
import org.parley.write.Json;
import org.parley.write.ResultSink;

/**
 * The store as a {@link ResultSink}: what {@code parley analyze --store DIR} writes to.
 *
 * <p>Idempotent and incremental: an article whose content hash equals the stored one (written by a run
 * that finished) is left as it is and its records from this run are dropped; a changed article has its
 * old rows deleted and is written again. Entities are matched to stored ones by type and normalised
 * name, so their ids stay stable across runs; events are matched by type, actors and day, and a match
 * gains the new mentions.
 *
 * <p>Crash-safe: per-article records are committed every {@value #BATCH_ARTICLES} articles or
 * {@value #BATCH_MILLIS} ms. Entities and events (which the runner hands over at the end) are written in
 * one transaction, then the search index is brought in step, then the run is marked finished. Articles
 * of a run that never finished count as not stored, so running the same command again rewrites them.
 */
public final class StoreSink implements ResultSink {
    static final int BATCH_ARTICLES = 100;
    static final long BATCH_MILLIS = 5_000;

    private final Store store;
    private final Connection db;
    private final int runId;
    private final boolean updateIndex;
    private long lastCommit = System.currentTimeMillis();
    private int sinceCommit;
    private String current;          // id of the article whose records are arriving
    private boolean currentWritten;  // false: unchanged article, its records are dropped
    private int written, unchanged;
    private boolean entitiesDone, eventsDone;
    private Map<String, String> entityIds = Map.of(); // this run's entity ids -> store ids

    private final PreparedStatement findArticle, insertArticle, insertTimex, insertQuote, insertSkipped, deleteSkipped;

    /** Opens (creating or migrating) the store in {@code dir} and starts a run; the index is kept in step. */
    public StoreSink(java.nio.file.Path dir) { this(Store.openForWriting(dir), true); }

    /** Writes into an open store (which this sink closes); {@code updateIndex} false leaves the index alone. */
    public StoreSink(Store store, boolean updateIndex) {
        this.store = store;
        this.db = store.connection();
        this.updateIndex = updateIndex;
        try {
            db.setAutoCommit(true);
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM runs")) {
                rs.next();
                runId = rs.getInt(1);
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO runs (id, started_at) VALUES (?, current_timestamp)")) {
                ps.setInt(1, runId);
                ps.executeUpdate();
            }
            db.setAutoCommit(false);
            findArticle = db.prepareStatement("SELECT a.content_hash, r.finished_at IS NOT NULL FROM articles a"
                    + " JOIN runs r ON r.id = a.run_id WHERE a.id = ?");
            insertArticle = db.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertTimex = db.prepareStatement("INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?)");
            insertQuote = db.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertSkipped = db.prepareStatement("INSERT INTO skipped VALUES (?, ?, ?)");
            deleteSkipped = db.prepareStatement("DELETE FROM skipped WHERE path = ?");
        } catch (SQLException e) {
            throw fail("start a run", e);
        }
    }

    public int runId() { return runId; }

    /** Articles written (new or changed) and left as they were, so far in this run. */
    public int written() { return written; }

    public int unchanged() { return unchanged; }

    /** The content hash that decides whether an article changed: every field read from the input. */
    public static String contentHash(ArticleRecord a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {a.id(), a.path(), a.url(), a.outlet(), a.title(), a.published(), a.text()}) {
                md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public void article(ArticleRecord a) {
        try {
            maybeCommit();
            current = a.id();
            String hash = contentHash(a);
            findArticle.setString(1, a.id());
            boolean exists = false, same = false;
            try (ResultSet rs = findArticle.executeQuery()) {
                if (rs.next()) {
                    exists = true;
                    same = hash.equals(rs.getString(1)) && rs.getBoolean(2);
                }
            }
            if (same) {
                currentWritten = false;
                unchanged++;
                return;
            }
            if (exists) deleteArticleRows(a.id());
            int i = 1;
            insertArticle.setString(i++, a.id());
            insertArticle.setString(i++, hash);
            insertArticle.setInt(i++, runId);
            insertArticle.setString(i++, a.path());
            insertArticle.setString(i++, a.url());
            insertArticle.setString(i++, a.outlet());
            insertArticle.setString(i++, a.title());
            setDate(insertArticle, i++, a.published());
            insertArticle.setString(i++, a.publishedFrom());
            insertArticle.setString(i++, a.language());
            insertArticle.setString(i++, a.duplicateOf());
            insertArticle.setString(i++, a.skippedStages());
            insertArticle.setString(i++, a.text());
            insertArticle.setString(i++, json(a.body()));
            insertArticle.setString(i, a.dateline() == null ? null : json(a.dateline()));
            insertArticle.executeUpdate();
            currentWritten = true;
            written++;
            sinceCommit++;
        } catch (SQLException e) {
            throw fail("write article " + a.id(), e);
        }
    }

    private void deleteArticleRows(String id) throws SQLException {
        for (String sql : List.of("DELETE FROM timexes WHERE article = ?", "DELETE FROM quotes WHERE article = ?",
                "DELETE FROM entity_mentions WHERE article = ?", "DELETE FROM event_mentions WHERE article = ?",
                "DELETE FROM articles WHERE id = ?")) {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private boolean keep(String article) { return currentWritten && article != null && article.equals(current); }

    @Override public void timexes(Collection<Timex> timexes) {
        try {
            for (Timex t : timexes) {
                if (!keep(t.article())) continue;
                int i = 1;
                insertTimex.setString(i++, t.article());
                insertTimex.setInt(i++, t.start());
                insertTimex.setInt(i++, t.end());
                insertTimex.setString(i++, t.text());
                insertTimex.setString(i++, t.type());
                insertTimex.setString(i++, t.value());
                insertTimex.setString(i, t.mod());
                insertTimex.addBatch();
            }
            insertTimex.executeBatch();
        } catch (SQLException e) {
            throw fail("write timexes of " + current, e);
        }
    }

    @Override public void quotes(Collection<Quote> quotes) {
        try {
            for (Quote q : quotes) {
                if (!keep(q.article())) continue;
                int i = 1;
                insertQuote.setString(i++, q.id());
                insertQuote.setString(i++, q.article());
                insertQuote.setInt(i++, runId);
                insertQuote.setString(i++, q.kind());
                i = span(insertQuote, i, q.content());
                i = span(insertQuote, i, q.cue());
                i = span(insertQuote, i, q.source());
                Quote.Speaker s = q.speaker();
                insertQuote.setString(i++, s == null ? null : s.entity());
                insertQuote.setString(i++, s == null ? null : s.name());
                insertQuote.setString(i++, s == null ? null : s.country());
                insertQuote.setString(i++, s == null ? null : s.sector());
                insertQuote.setDouble(i, q.confidence());
                insertQuote.addBatch();
            }
            insertQuote.executeBatch();
        } catch (SQLException e) {
            throw fail("write quotations of " + current, e);
        }
    }

    private static int span(PreparedStatement ps, int i, Quote.TextSpan s) throws SQLException {
        if (s == null) {
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.INTEGER);
            ps.setNull(i++, Types.VARCHAR);
        } else {
            ps.setInt(i++, s.start());
            ps.setInt(i++, s.end());
            ps.setString(i++, s.text());
        }
        return i;
    }

    @Override public void skipped(Skipped s) {
        try {
            maybeCommit();
            deleteSkipped.setString(1, s.path());
            deleteSkipped.executeUpdate();
            insertSkipped.setString(1, s.path());
            insertSkipped.setString(2, s.reason());
            insertSkipped.setInt(3, runId);
            insertSkipped.executeUpdate();
        } catch (SQLException e) {
            throw fail("write skipped " + s.path(), e);
        }
    }

    @Override public void entities(Collection<Entity> entities) {
        try {
            commit();
            entityIds = new EntityWriter(db, runId).write(entities);
            db.commit();
            entitiesDone = true;
        } catch (SQLException e) {
            throw fail("write entities", e);
        }
    }

    @Override public void events(Collection<Event> events) {
        try {
            commit();
            new EventWriter(db, runId, entityIds).write(events);
            db.commit();
            eventsDone = true;
        } catch (SQLException e) {
            throw fail("write events", e);
        }
    }

    /**
     * Records of other corpus stages (stories, dyads), kept as JSON. A record identical to a stored one
     * of the same kind is not added again; ids inside them are those of the run that wrote them.
     */
    @Override public void records(String kind, Collection<?> records) {
        try (PreparedStatement exists = db.prepareStatement("SELECT 1 FROM records WHERE kind = ? AND hash = ?");
             PreparedStatement insert = db.prepareStatement("INSERT INTO records VALUES (?, ?, ?, ?, ?)")) {
            commit();
            for (Object r : records) {
                String json = json(r);
                String hash = sha256(kind + "\n" + json);
                exists.setString(1, kind);
                exists.setString(2, hash);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) continue;
                }
                JsonNode id = Json.mapper().readTree(json).get("id");
                insert.setString(1, kind);
                insert.setString(2, id == null || id.isNull() ? null : id.asText());
                insert.setString(3, hash);
                insert.setInt(4, runId);
                insert.setString(5, json);
                insert.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            throw fail("write " + kind, e);
        } catch (JsonProcessingException e) {
            throw fail("write " + kind, e);
        }
    }

    @Override public void close() {
        try {
            commit();
            if (entitiesDone && eventsDone) {
                if (updateIndex) {
                    try (SearchIndex index = SearchIndex.openForWriting(store.dir())) {
                        index.update(store, runId);
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("UPDATE runs SET finished_at = current_timestamp,"
                        + " articles_written = ?, articles_unchanged = ? WHERE id = ?")) {
                    ps.setInt(1, written);
                    ps.setInt(2, unchanged);
                    ps.setInt(3, runId);
                    ps.executeUpdate();
                }
                db.commit();
            }
        } catch (SQLException e) {
            throw fail("finish run " + runId, e);
        } finally {
            for (PreparedStatement ps : new PreparedStatement[] {findArticle, insertArticle, insertTimex, insertQuote,
                    insertSkipped, deleteSkipped}) {
                try { ps.close(); } catch (SQLException ignored) { /* closing the store reports the real problem */ }
            }
            store.close();
        }
    }

    private void maybeCommit() throws SQLException {
        if (sinceCommit >= BATCH_ARTICLES || System.currentTimeMillis() - lastCommit >= BATCH_MILLIS) commit();
    }

    private void commit() throws SQLException {
        db.commit();
        sinceCommit = 0;
        lastCommit = System.currentTimeMillis();
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setDate(i, Date.valueOf(d));
    }

    static String json(Object o) {
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String norm(String s) { return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "); }

    private StoreException fail(String what, SQLException e) {
        try { db.rollback(); } catch (SQLException ignored) { /* the first error is the one to report */ }
        return new StoreException("store " + store.dir() + ": cannot " + what + ": " + Store.firstLine(e.getMessage()), e);
    }

    private StoreException fail(String what, JsonProcessingException e) {
        return new StoreException("store " + store.dir() + ": cannot " + what + ": " + e.getOriginalMessage(), e);
    }
}
