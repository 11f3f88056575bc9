package org.parley.spark;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.model.Skipped;
import org.parley.stories.ArticleDate;
import org.parley.stories.Story;
import org.parley.stories.StoryBlocks;
import org.parley.stories.StoryStage;
import org.parley.write.ResultSink;

/**
 * The driver's part of distributed story clustering, in place of the runner's story stage: the stories come clustered
 * ({@link DistributedStories}), numbered and in the order the in-order stage writes them; at the end they get the merged
 * events their articles tell, as {@link StoryStage#finish} joins them. An article the story stage failed on has its
 * STORIES line written at its turn.
 */
final class GivenStoryStage implements CorpusStage {
    private final DistributedStories.Clustered clustered;
    private final LongSupplier current; // input order of the article being handed over

    GivenStoryStage(DistributedStories.Clustered clustered, LongSupplier current) {
        this.clustered = clustered;
        this.current = current;
    }

    @Override public String name() { return StoryStage.STORIES; }

    @Override public void accept(LinkedArticle article) {}

    @Override public void accept(LinkedArticle article, ResultSink sink) {
        Skipped failed = clustered.failures().get(current.getAsLong());
        if (failed != null) sink.skipped(failed);
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        Map<String, List<String>> events = StoryBlocks.eventsByArticle(soFar.events());
        sink.records(StoryStage.STORIES, clustered.stories().stream().map(s -> StoryBlocks.withEvents(s, events)).toList());
        sink.records(StoryStage.ARTICLE_DATES, clustered.dates());
        return soFar;
    }

    /** The dates stories gave undated articles, for the dyad stage. */
    List<ArticleDate> articleDates() { return clustered.dates(); }

    List<Story> stories() { return clustered.stories(); }
}
