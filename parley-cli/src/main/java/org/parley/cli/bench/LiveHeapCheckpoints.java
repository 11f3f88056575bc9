package org.parley.cli.bench;

import java.util.Collection;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

/**
 * Passes every record to a sink and, at ten evenly spaced articles and before the corpus tables, runs
 * a full collection and keeps the largest heap still in use: what the feeding and the sink retain,
 * without the garbage and collector timing that a sampled peak includes. For benches, not for runs
 * (a full collection each time).
 */
public final class LiveHeapCheckpoints implements ResultSink {
    private final ResultSink to;
    private final int every;
    private int articles;
    private long maxLive;

    private final boolean stream;

    public LiveHeapCheckpoints(ResultSink to, int expectedArticles) { this(to, expectedArticles, true); }

    /** @param stream false to hide that {@code to} streams corpus tables, so a feeder holds them to the end (as before) */
    public LiveHeapCheckpoints(ResultSink to, int expectedArticles, boolean stream) {
        this.to = to;
        this.every = Math.max(1, expectedArticles / 10);
        this.stream = stream;
    }

    /** The largest live heap seen at a checkpoint, in bytes. */
    public long maxLive() { return maxLive; }

    private void checkpoint() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        maxLive = Math.max(maxLive, r.totalMemory() - r.freeMemory());
    }

    @Override public boolean streamsCorpusTables() { return stream && to.streamsCorpusTables(); }
    /** Hiding the streaming hides the store's near-duplicate memory too: the runner then keeps the signatures itself. */
    @Override public org.parley.link.DuplicateDetector.Memory duplicateMemory() {
        return stream ? to.duplicateMemory() : ResultSink.super.duplicateMemory();
    }
    @Override public long mergedEvents() { return to.mergedEvents(); }
    @Override public void articleEntities(String article, Collection<Entity> entities) { to.articleEntities(article, entities); }
    @Override public void articleEvents(String article, Collection<Event> events) { to.articleEvents(article, events); }

    @Override public void article(ArticleRecord a) {
        to.article(a);
        if (++articles % every == 0) checkpoint();
    }

    @Override public void timexes(Collection<Timex> t) { to.timexes(t); }
    @Override public void quotes(Collection<Quote> q) { to.quotes(q); }
    @Override public void skipped(Skipped s) { to.skipped(s); }

    @Override public void entities(Collection<Entity> e) {
        checkpoint();
        to.entities(e);
    }

    @Override public void events(Collection<Event> e) {
        to.events(e);
        checkpoint();
    }

    @Override public void records(String kind, Collection<?> r) { to.records(kind, r); }

    @Override public void close() throws java.io.IOException { to.close(); }
}
