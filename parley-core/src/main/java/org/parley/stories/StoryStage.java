package org.parley.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.stories.internal.ArticleDoc;
import org.parley.stories.internal.Clusterer;
import org.parley.stories.internal.DocumentFrequencies;
import org.parley.stories.internal.OpenStory;
import org.parley.stories.internal.Pending;
import org.parley.stories.internal.SpillFile;
import org.parley.stories.internal.StoryBuilder;
import org.parley.write.ResultSink;

/**
 * Groups the batch's articles into stories (stories.jsonl) and dates undated articles from their story
 * (article_dates.jsonl).
 *
 * <p>Order: the runner hands articles over in input order; the stage takes them in date order within a
 * reorder buffer of {@link StoryOptions#reorderBuffer()} articles (a priority queue on the date). An undated
 * article is placed at the date of the dated article before it in the input (or, at the start of the input,
 * the first dated one after it), and its similarity is not decayed by time. Clustering is deterministic for a
 * given input order.
 *
 * <p>Memory: the reorder buffer, the open stories (those with an article in the last
 * {@link StoryOptions#windowDays()} days) and a fixed table of document frequencies. Closed stories are
 * summarised at once and spilled to a temporary file; events are joined to stories at the end from the merged
 * events the event stage already holds. Duplicates (near-copies) and non-English articles are left out of
 * stories (they have no analysis of their own; a duplicate's original carries the story).
 */
public final class StoryStage implements CorpusStage {
    public static final String STORIES = "stories";
    public static final String ARTICLE_DATES = "article_dates";

    private final TextEmbedder embedder;
    private final StoryOptions options;
    private final DocumentFrequencies df = new DocumentFrequencies();
    private final PriorityQueue<Pending> buffer = new PriorityQueue<>(
            Comparator.comparing(Pending::sortDate, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(Pending::seq));
    /** Undated articles seen before any dated one: they wait for the first date. */
    private final List<Pending> waiting = new ArrayList<>();
    private final Clusterer clusterer;
    private final StoryBuilder builder;
    private final SpillFile<Story> stories = new SpillFile<>(Story.class);
    private final List<ArticleDate> articleDates = new ArrayList<>();
    private LocalDate lastDate;
    private long seq;
    private long articles;
    private boolean finished;

    public StoryStage(TextEmbedder embedder, StoryOptions options) {
        this.embedder = embedder;
        this.options = options;
        this.builder = new StoryBuilder(embedder);
        this.clusterer = new Clusterer(options, this::close);
    }

    @Override public String name() { return STORIES; }

    @Override public org.parley.model.Stage failureStage() { return org.parley.model.Stage.STORIES; }

    @Override public void accept(LinkedArticle article) {
        if (finished) throw new IllegalStateException("story stage already finished");
        if (article.isDuplicate() || article.skippedReason() != null) return;
        Pending p = Pending.of(seq++, article, lastDate);
        TreeSet<Integer> keys = new TreeSet<>(p.terms().keySet());
        keys.addAll(p.entities().keySet());
        keys.addAll(p.occasions().keySet());
        df.add(keys);
        if (p.date() != null) {
            lastDate = p.date();
            for (Pending w : waiting) push(w.withSortDate(lastDate));
            waiting.clear();
        }
        if (p.sortDate() == null) waiting.add(p);
        else push(p);
    }

    private void push(Pending p) {
        buffer.add(p);
        while (buffer.size() > options.reorderBuffer()) take(buffer.poll());
    }

    private void take(Pending p) {
        String text = p.lead().isBlank() ? p.id() : p.lead();
        clusterer.add(ArticleDoc.of(p, df, embedder.embed(text)));
        articles++;
    }

    private void close(OpenStory s) {
        StoryBuilder.Built b = builder.build(s);
        stories.add(b.story());
        articleDates.addAll(b.dates());
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        finished = true;
        while (!buffer.isEmpty()) take(buffer.poll());
        for (Pending w : waiting) take(w);
        waiting.clear();
        clusterer.closeAll();
        Map<String, List<String>> eventsByArticle = StoryBlocks.eventsByArticle(soFar.events());
        try (stories) {
            sink.records(STORIES, stories.read(s -> StoryBlocks.withEvents(s, eventsByArticle)));
        }
        sink.records(ARTICLE_DATES, articleDates);
        return soFar;
    }

    /** The dates stories gave undated articles (complete once the stage has finished). */
    public List<ArticleDate> articleDates() { return List.copyOf(articleDates); }

    /** Articles clustered so far. */
    public long articles() { return articles; }

    /** Article-to-article similarity computations so far (the cost the blocking bounds). */
    public long comparisons() { return clusterer.comparisons(); }

    /** Stories open now (the memory the window bounds). */
    public int openStories() { return clusterer.openStories(); }
}
