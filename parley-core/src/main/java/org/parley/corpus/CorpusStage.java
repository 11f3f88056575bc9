package org.parley.corpus;

import org.parley.write.ResultSink;

/**
 * A step over the whole corpus. The runner calls {@link #accept} once per analysed article, in input
 * order and from one thread, then {@link #finish} once, in the order the stages were registered.
 * A stage keeps only what it needs (bounded by a time window where it can be) and writes its output
 * through the sink; it never writes files itself.
 */
public interface CorpusStage {
    /** Short name for messages ("events", "stories"). */
    String name();

    void accept(LinkedArticle article);

    /**
     * The stage a failure of {@link #accept} on one article is reported as: the runner writes it to
     * skipped.jsonl, counts it and goes on with the next article. Cross-article linking by default.
     */
    default org.parley.model.Stage failureStage() { return org.parley.model.Stage.LINK; }

    /**
     * What the runner calls: {@link #accept(LinkedArticle)}, unless the stage hands the article's part to a
     * sink that {@linkplain ResultSink#streamsCorpusTables streams corpus tables} instead of keeping it to the
     * end of the batch (what keeps memory flat when writing to the store).
     */
    default void accept(LinkedArticle article, ResultSink sink) { accept(article); }

    /**
     * Writes this stage's output and returns {@code soFar} with its own part added.
     *
     * @param soFar what the stages registered before this one produced
     */
    CorpusResults finish(CorpusResults soFar, ResultSink sink);
}
