package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.link.DuplicateDetector;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.stories.StoryStage;
import org.parley.write.ArticleRecord;
import org.parley.write.Json;
import org.parley.write.ResultSink;

/**
 * The store as a {@link ResultSink}: what {@code parley analyze --store DIR} writes to.
 *
 * <p>Idempotent and incremental: an article whose content hash equals the stored one (written by a run
 * that finished) is left as it is and its records from this run are dropped; a changed article has its
 * old rows deleted and is written again. Entities are matched to stored ones by type and normalised
 * name, so their ids stay stable across runs; events are merged with stored ones by the batch runner's
 * rule ({@link EventWriter}: same key, days within the window), and a match gains the new mentions.
 *
 * <p>Memory: a feeder may hand over entity mentions and events article by article ({@link #streamsCorpusTables});
 * they are staged in DuckDB with their article's batch ({@code stage_entity_mentions}, {@code stage_raw_events}),
 * not held, and matched at the end exactly as whole tables are; the near-duplicate detector's signatures are kept
 * in staging tables too ({@link #duplicateMemory}, {@link StoreDuplicates}). An input whose {@link #inputHash} a finished run
 * stored is reported {@link #unchanged} before analysis, so the runner skips it.
 *
 * <p>Crash-safe: per-article records are buffered and committed together every {@value #BATCH_ARTICLES} articles or
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
    /** Articles received since the last commit, with their records, by id (a repeated id replaces the earlier one). */
    private final Map<String, Pending> batch = new LinkedHashMap<>();
    private Pending current;
    /**
     * Dates and quotations that arrive before their article's record: the runner writes an article's own
     * line last (so that a crash never leaves an article line without its records), and the order of the
     * per-article calls is not part of the sink's contract.
     */
    private final Map<String, List<Timex>> earlyTimexes = new HashMap<>();
    private final Map<String, List<Quote>> earlyQuotes = new HashMap<>();
    private int written, unchanged;
    private boolean entitiesDone, eventsDone;
    private Map<String, String> entityIds = Map.of(); // this run's entity ids -> store ids

    private final PreparedStatement insertSkipped, deleteSkipped, storedInputHash;
    /** Input hashes of the articles {@link #unchanged} let through, until their record arrives (bounded by the runner's window). */
    private final Map<String, String> inputHashes = new HashMap<>();

    private record Pending(ArticleRecord article, String hash, List<Timex> timexes, List<Quote> quotes, List<Entity> entities,
                           List<Event> events) {}

    /** Entities (with this article's mentions) and events handed over per article before the article's line. */
    private final Map<String, List<Entity>> earlyEntities = new HashMap<>();
    private final Map<String, List<Event>> earlyEvents = new HashMap<>();
    private long stagedEvents;

    /** The run's near-duplicate signatures (staging tables), for the runner's detector. */
    private final StoreDuplicates duplicates;
    /** Events holding mentions of this run's articles after the merge, once {@link #events} has run. */
    private long mergedEvents = -1;

    /** Opens (creating or migrating) the store in {@code dir} and starts a run; the index is kept in step. */
    public StoreSink(java.nio.file.Path dir) { this(Store.openForWriting(dir), true); }

    /** Writes into an open store (which this sink closes); {@code updateIndex} false leaves the index alone. */
    public StoreSink(Store store, boolean updateIndex) { this(store, updateIndex, StoreDuplicates.RECENT); }

    /** As above; {@code recentDuplicates}: signatures held on the heap before they go to the store (tests make it small). */
    StoreSink(Store store, boolean updateIndex, int recentDuplicates) {
        this.store = store;
        this.db = store.connection();
        this.updateIndex = updateIndex;
        try {
            db.setAutoCommit(true);
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM runs")) {
                rs.next();
                runId = rs.getInt(1);
            }
            Sql.exec(db, "INSERT INTO runs (id, started_at) VALUES (?, current_timestamp)", runId);
            // The run's entity mentions and events, staged on disk as articles are written (streamsCorpusTables),
            // then matched to stored entities and events at the end; left over by a crash, replaced here.
            Sql.exec(db, "CREATE OR REPLACE TABLE stage_entity_mentions (run_entity VARCHAR, article VARCHAR,"
                    + " start_offset INTEGER, end_offset INTEGER, text VARCHAR)");
            Sql.exec(db, EventWriter.RAW_TABLE);
            duplicates = new StoreDuplicates(db, recentDuplicates);
            db.setAutoCommit(false);
            insertSkipped = db.prepareStatement("INSERT INTO skipped VALUES (?, ?, ?)");
            deleteSkipped = db.prepareStatement("DELETE FROM skipped WHERE path = ?");
            storedInputHash = db.prepareStatement("SELECT a.input_hash FROM articles a JOIN runs r ON r.id = a.run_id"
                    + " WHERE a.id = ? AND r.finished_at IS NOT NULL");
        } catch (SQLException e) {
            throw fail("start a run", e);
        }
    }

    public int runId() { return runId; }

    /** Articles written (new or changed), so far in this run (counted when their batch is committed). */
    public int written() { return written; }

    /** Articles left as they were because the store has them with the same content. */
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

    /**
     * The hash of an article as read, before analysis (every field the reader sets that analysis reads):
     * what {@link #unchanged} compares, so that an unchanged input is not analysed again. Kept apart from
     * {@link #contentHash}, which covers the analysed record (its date may be estimated from the text).
     */
    public static String inputHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {a.id(), a.path(), a.url(), a.outlet(), a.title(), a.published(), a.publishedFrom(),
                    a.language(), a.text()}) {
                md.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when a finished run stored this input with the same {@link #inputHash}; counted as unchanged. */
    @Override public boolean unchanged(Article input) {
        String hash = inputHash(input);
        try {
            storedInputHash.setString(1, input.id());
            try (ResultSet rs = storedInputHash.executeQuery()) {
                if (rs.next() && hash.equals(rs.getString(1))) {
                    unchanged++;
                    return true;
                }
            }
        } catch (SQLException e) {
            throw fail("look up article " + input.id(), e);
        }
        inputHashes.put(input.id(), hash);
        return false;
    }

    @Override public void article(ArticleRecord a) {
        if (batch.size() >= BATCH_ARTICLES || System.currentTimeMillis() - lastCommit >= BATCH_MILLIS) flush();
        current = new Pending(a, contentHash(a), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Entity> es = earlyEntities.remove(a.id());
        if (es != null) current.entities().addAll(es);
        List<Event> vs = earlyEvents.remove(a.id());
        if (vs != null) current.events().addAll(vs);
        List<Timex> ts = earlyTimexes.remove(a.id());
        if (ts != null) current.timexes().addAll(ts);
        List<Quote> qs = earlyQuotes.remove(a.id());
        if (qs != null) current.quotes().addAll(qs);
        batch.remove(a.id());
        batch.put(a.id(), current);
    }

    @Override public void timexes(Collection<Timex> timexes) {
        for (Timex t : timexes) {
            if (current != null && current.article().id().equals(t.article())) current.timexes().add(t);
            else earlyTimexes.computeIfAbsent(t.article(), k -> new ArrayList<>()).add(t);
        }
    }

    @Override public void quotes(Collection<Quote> quotes) {
        for (Quote q : quotes) {
            if (current != null && current.article().id().equals(q.article())) current.quotes().add(q);
            else earlyQuotes.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
        }
    }

    /** Entity mentions and events arrive per article: the run's cross-article tables are not held in memory. */
    @Override public boolean streamsCorpusTables() { return true; }

    /** The runner's near-duplicate detector keeps the run's signatures here, in staging tables, not on the heap. */
    @Override public DuplicateDetector.Memory duplicateMemory() { return duplicates; }

    /** Events that hold mentions of this run's articles after the merge (new ones and stored ones they joined). */
    @Override public long mergedEvents() { return mergedEvents; }

    @Override public void articleEntities(String article, Collection<Entity> entities) {
        if (current != null && current.article().id().equals(article)) current.entities().addAll(entities);
        else earlyEntities.computeIfAbsent(article, k -> new ArrayList<>()).addAll(entities);
    }

    @Override public void articleEvents(String article, Collection<Event> events) {
        if (current != null && current.article().id().equals(article)) current.events().addAll(events);
        else earlyEvents.computeIfAbsent(article, k -> new ArrayList<>()).addAll(events);
    }

    /**
     * Writes the pending articles in one transaction: looks up their stored hashes, drops the unchanged
     * ones, deletes the rows of the changed ones, appends the rest, commits.
     */
    private void flush() {
        if (batch.isEmpty()) {
            commit();
            return;
        }
        try {
            Map<String, Boolean> stored = new HashMap<>(); // id -> same content, written by a finished run
            String in = "(" + "?, ".repeat(batch.size() - 1) + "?)";
            try (PreparedStatement ps = db.prepareStatement("SELECT a.id, a.content_hash, r.finished_at IS NOT NULL"
                    + " FROM articles a JOIN runs r ON r.id = a.run_id WHERE a.id IN " + in)) {
                int i = 1;
                for (String id : batch.keySet()) ps.setString(i++, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), batch.get(rs.getString(1)).hash().equals(rs.getString(2)) && rs.getBoolean(3));
                    }
                }
            }
            List<String> replaced = new ArrayList<>();
            for (var e : stored.entrySet()) if (!e.getValue()) replaced.add(e.getKey());
            if (!replaced.isEmpty()) deleteArticleRows(replaced);
            try (Rows articles = new Rows(db, "articles"); Rows timexes = new Rows(db, "timexes"); Rows quotes = new Rows(db, "quotes");
                 Rows mentions = new Rows(db, "stage_entity_mentions"); Rows events = new Rows(db, "stage_raw_events")) {
                for (Pending p : batch.values()) {
                    String inputHash = inputHashes.remove(p.article().id());
                    if (Boolean.TRUE.equals(stored.get(p.article().id()))) {
                        unchanged++;
                        // stored before input hashes were kept: keep it now, so the next run skips it unanalysed
                        if (inputHash != null) {
                            Sql.exec(db, "UPDATE articles SET input_hash = ? WHERE id = ? AND input_hash IS DISTINCT FROM ?",
                                    inputHash, p.article().id(), inputHash);
                        }
                        continue;
                    }
                    ArticleRecord a = p.article();
                    articles.add(a.id(), p.hash(), runId, a.path(), a.url(), a.outlet(), a.title(), a.published(),
                            a.publishedFrom(), a.language(), a.duplicateOf(), a.skippedStages(), a.text(), json(a.body()),
                            a.dateline() == null ? null : json(a.dateline()), inputHash, json(a.missing()));
                    for (Timex t : p.timexes()) {
                        timexes.add(t.article(), t.start(), t.end(), t.text(), t.type(), t.value(), t.mod());
                    }
                    for (Quote q : p.quotes()) {
                        Quote.Speaker s = q.speaker();
                        Quote.TextSpan c = q.content(), cue = q.cue(), src = q.source();
                        quotes.add(q.id(), q.article(), runId, q.kind(),
                                c == null ? null : c.start(), c == null ? null : c.end(), c == null ? null : c.text(),
                                cue == null ? null : cue.start(), cue == null ? null : cue.end(), cue == null ? null : cue.text(),
                                src == null ? null : src.start(), src == null ? null : src.end(), src == null ? null : src.text(),
                                s == null ? null : s.entity(), s == null ? null : s.name(), s == null ? null : s.country(),
                                s == null ? null : s.sector(), q.confidence(), a.published());
                    }
                    for (Entity e : p.entities()) {
                        for (Mention m : e.mentions()) mentions.add(e.id(), m.article(), m.start(), m.end(), m.text());
                    }
                    for (Event v : p.events()) EventWriter.stageRaw(events, stagedEvents++, v, false);
                    written++;
                }
            }
            batch.clear();
            current = null;
            commit();
        } catch (SQLException e) {
            throw fail("write articles", e);
        }
    }

    private void deleteArticleRows(List<String> ids) throws SQLException {
        String in = "(" + "?, ".repeat(ids.size() - 1) + "?)";
        for (String sql : List.of("DELETE FROM timexes WHERE article IN ", "DELETE FROM quotes WHERE article IN ",
                "DELETE FROM entity_mentions WHERE article IN ", "DELETE FROM event_mentions WHERE article IN ",
                "DELETE FROM articles WHERE id IN ")) {
            Sql.exec(db, sql + in, ids.toArray());
        }
    }

    @Override public void skipped(Skipped s) {
        if (s.id() != null) {
            inputHashes.remove(s.id());
            earlyEntities.remove(s.id());
            earlyEvents.remove(s.id());
        }
        try {
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
            flush();
            entityIds = new EntityWriter(db, runId).write(entities);
            db.commit();
            entitiesDone = true;
        } catch (SQLException e) {
            throw fail("write entities", e);
        }
    }

    @Override public void events(Collection<Event> events) {
        try {
            flush();
            try (Rows raw = new Rows(db, "stage_raw_events")) { // events handed over whole join those staged per article
                for (Event e : events) EventWriter.stageRaw(raw, stagedEvents++, e, true);
            }
            // a second connection reads the staged events back (committed) while this one appends
            try (Connection reader = store.newConnection()) {
                new EventWriter(db, runId, entityIds).write(reader);
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT count(DISTINCT m.event) FROM event_mentions m"
                    + " JOIN articles a ON a.id = m.article WHERE a.run_id = ?")) {
                ps.setInt(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    mergedEvents = rs.getLong(1);
                }
            }
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
            flush();
            boolean stories = StoryStage.STORIES.equals(kind);
            for (Object r : records) {
                String json = stories ? withStoredEvents(json(r)) : json(r);
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

    /**
     * A story without events (its stage had none: they went to the store article by article) gets the store's ids
     * of the events its articles tell, in the order of its articles, then of the events' ids, as the story stage
     * lists them. A story that names events is kept as it is.
     */
    private String withStoredEvents(String json) throws SQLException, JsonProcessingException {
        JsonNode node = Json.mapper().readTree(json);
        if (!(node instanceof com.fasterxml.jackson.databind.node.ObjectNode story) || !story.path("events").isArray()
                || !story.get("events").isEmpty()
                || !(story.get("articles") instanceof com.fasterxml.jackson.databind.node.ArrayNode arts)) {
            return json;
        }
        Map<String, Integer> position = new HashMap<>();
        for (JsonNode a : arts) position.putIfAbsent(a.asText(), position.size());
        List<String> ids = new ArrayList<>(position.keySet());
        List<Object[]> found = new ArrayList<>(); // position, event number, event id
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + 1000));
            try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT article, event, TRY_CAST(substr(event, 2) AS BIGINT)"
                    + " FROM event_mentions WHERE article IN (" + "?, ".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.add(new Object[] {position.get(rs.getString(1)), rs.getLong(3), rs.getString(2)});
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt((Object[] f) -> (Integer) f[0]).thenComparingLong(f -> (Long) f[1]));
        var events = story.putArray("events");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object[] f : found) if (seen.add((String) f[2])) events.add((String) f[2]);
        return Json.mapper().writeValueAsString(story);
    }

    @Override public void close() {
        try {
            flush();
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
                Sql.exec(db, "DROP TABLE IF EXISTS stage_entity_mentions");
                Sql.exec(db, "DROP TABLE IF EXISTS stage_raw_events");
                for (String t : StoreDuplicates.TABLES) Sql.exec(db, "DROP TABLE IF EXISTS " + t);
                db.commit();
            }
        } catch (SQLException e) {
            throw fail("finish run " + runId, e);
        } finally {
            duplicates.close();
            for (PreparedStatement ps : new PreparedStatement[] {insertSkipped, deleteSkipped, storedInputHash}) {
                try { ps.close(); } catch (SQLException ignored) { /* closing the store reports the real problem */ }
            }
            store.close();
        }
    }

    private void commit() {
        try {
            db.commit();
        } catch (SQLException e) {
            throw fail("commit", e);
        }
        lastCommit = System.currentTimeMillis();
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
