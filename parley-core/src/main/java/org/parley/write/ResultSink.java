package org.parley.write;

import java.io.Closeable;
import java.util.Collection;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;

/**
 * Where a batch's results go: the JSONL folder today ({@link ResultWriter}), the store next. Per-article
 * records arrive as each article is finished, in input order; corpus-level records (entities, events,
 * stories, dyads...) arrive when their stage finishes.
 */
public interface ResultSink extends Closeable {
    void article(ArticleRecord article);

    /**
     * True when this sink already holds {@code input} (the article as read, before any analysis) with the
     * same content, so that the runner skips it unanalysed and counts it as unchanged. Asked once per
     * article read, from the runner's thread. The JSONL folder holds nothing from earlier runs: false.
     */
    default boolean unchanged(Article input) { return false; }

    void timexes(Collection<Timex> timexes);

    void quotes(Collection<Quote> quotes);

    void skipped(Skipped skipped);

    /** What one article adds to the corpus tables; written before its article line. A sink may ignore it. */
    default void journal(JournalRecord record) {}

    /**
     * True when this sink can take the entity mentions and the events article by article
     * ({@link #articleEntities}, {@link #articleEvents}), so that whoever feeds it need not hold them until
     * the end of the batch. A feeder that does so still calls {@link #entities} at the end with the entity
     * table (final names, types, codes, variants; no mentions needed) and {@link #events} with any events
     * it did not hand over; what arrives both ways is added together. A feeder may also ignore this and
     * hand over whole tables at the end. The batch runner streams to such a sink (its corpus stages hand each
     * article's part over in {@link org.parley.corpus.CorpusStage#accept(org.parley.corpus.LinkedArticle, ResultSink)})
     * and then merges nothing itself: the events it hands over are unmerged and the sink merges them.
     */
    default boolean streamsCorpusTables() { return false; }

    /**
     * One article's entities with batch-wide ids and only this article's mentions, with the article's other
     * records (before the next article's line). Only called when {@link #streamsCorpusTables}.
     */
    default void articleEntities(String article, Collection<Entity> entities) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes entities at the end of the batch only");
    }

    /** One article's events (batch-wide entity ids, not merged), as {@link #articleEntities}; see {@link #streamsCorpusTables}. */
    default void articleEvents(String article, Collection<Event> events) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes events at the end of the batch only");
    }

    /**
     * Where the batch's near-duplicate detector keeps the signatures of the articles seen so far: on the heap by
     * default (a new memory for each call), or in the sink (the store keeps them in a table of the run, so that the
     * heap does not grow with the corpus). Asked once per batch, before the first article; the memory is then used
     * from the runner's thread, between the sink's own calls, until the sink is closed.
     */
    default org.parley.link.DuplicateDetector.Memory duplicateMemory() { return org.parley.link.DuplicateDetector.onHeap(); }

    /**
     * How many events the sink holds for this batch's articles once it has merged them itself ({@link
     * #streamsCorpusTables}; asked after {@link #events}), or -1 when it does not merge: the count the batch's
     * summary reports.
     */
    default long mergedEvents() { return -1; }

    void entities(Collection<Entity> entities);

    void events(Collection<Event> events);

    /**
     * Records of a corpus stage that has no method of its own, by kind ("stories", "dyads"); the JSONL
     * sink writes {@code KIND.jsonl}.
     */
    void records(String kind, Collection<?> records);
}
