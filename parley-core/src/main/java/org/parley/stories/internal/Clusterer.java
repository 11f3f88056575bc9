package org.parley.stories.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.parley.stories.StoryOptions;

/**
 * Online, single-pass story clustering. Each article (in date order) is compared only with the open
 * stories that share one of its blocking keys (its heaviest entities and words), never with all; it joins
 * the most similar one of those whose members agree ({@link StoryOptions#memberFloor}) when the similarity reaches the threshold
 * for the story's size ({@link StoryOptions#thresholdFor}), else it starts a story. The similarity
 * of an article to a story is its similarity to the story's centroid (what its articles share grows with
 * each member; single link chained unrelated articles on the dev partition). A story closes
 * when the clock has moved {@code windowDays} past its latest article; closed stories leave memory.
 */
public final class Clusterer {
    /** Blocking keys of an article: its heaviest entities and words, and its main-event occasions. */
    static final int ENTITY_KEYS = 20;
    static final int TERM_KEYS = 50;
    /** Open stories examined per key, most recent first; bounds the cost of a very common key. */
    static final int MAX_POSTINGS = 200;

    /**
     * A story that keeps receiving articles closes anyway this many windows after its first one (a story is a
     * specific event, not a running topic), so that an open story, too, is bounded in time and memory.
     */
    static final int MAX_SPAN_WINDOWS = 4;

    private final StoryOptions options;
    private final Consumer<OpenStory> onClose;
    /** Open stories by number (creation order), so iteration is deterministic. */
    private final TreeMap<Long, OpenStory> open = new TreeMap<>();
    /** Blocking key -> open stories indexed under it, in insertion order. */
    private final Map<Integer, LinkedHashMap<Long, OpenStory>> index = new HashMap<>();
    private long next = 1;
    private LocalDate clock;
    private long comparisons;

    public Clusterer(StoryOptions options, Consumer<OpenStory> onClose) {
        this.options = options;
        this.onClose = onClose;
    }

    public void add(ArticleDoc doc) {
        advanceTo(doc.pending().sortDate());
        OpenStory best = null;
        double bestScore = -1;
        for (OpenStory s : candidates(doc)) {
            double score = s.similarity(doc, options);
            comparisons++;
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        // The best story's members must agree; if they do not, the article starts its own story rather than go to
        // the next best (which re-routed it to a worse story on the unseen partition).
        if (best == null || bestScore < options.thresholdFor(best.members.size()) || !best.membersAgree(doc, options.memberFloor())) {
            best = new OpenStory(next++);
            open.put(best.number, best);
        }
        best.add(doc);
        for (int k : blockingKeys(doc)) {
            if (best.keys.add(k)) index.computeIfAbsent(k, x -> new LinkedHashMap<>()).put(best.number, best);
        }
    }

    /**
     * Moves the clock to {@code when} if that is later, closing the stories it leaves behind: what {@link #add} does
     * with an article's date first. A blocked run (parley-spark) moves a block's clock to the batch's clock at each of
     * its articles.
     */
    public void advanceTo(LocalDate when) {
        if (when != null && (clock == null || when.isAfter(clock))) {
            clock = when;
            closeBefore(clock.minusDays(options.windowDays()), clock.minusDays(spanDays(options)));
        }
    }

    /**
     * Days a story can stay open after its first article: every member of a story open at clock c has a date within
     * this many days before c (what bounds a blocked run's window).
     */
    public static long spanDays(StoryOptions options) { return MAX_SPAN_WINDOWS * (long) options.windowDays(); }

    /** Open stories sharing a blocking key with the article, in creation order. */
    private List<OpenStory> candidates(ArticleDoc doc) {
        TreeMap<Long, OpenStory> found = new TreeMap<>();
        for (int k : blockingKeys(doc)) {
            LinkedHashMap<Long, OpenStory> postings = index.get(k);
            if (postings == null) continue;
            // the most recent stories under the key
            List<OpenStory> list = new ArrayList<>(postings.values());
            for (int i = list.size() - 1, n = 0; i >= 0 && n < MAX_POSTINGS; i--, n++) found.put(list.get(i).number, list.get(i));
        }
        return new ArrayList<>(found.values());
    }

    /** The keys an article is looked up and indexed under (public for a blocked run, parley-spark). */
    public static int[] blockingKeys(ArticleDoc doc) {
        int[] e = doc.entities().topKeys(ENTITY_KEYS);
        int[] t = doc.terms().topKeys(TERM_KEYS);
        int[] o = doc.occasions().topKeys(ENTITY_KEYS);
        int[] all = new int[e.length + t.length + o.length];
        System.arraycopy(e, 0, all, 0, e.length);
        System.arraycopy(t, 0, all, e.length, t.length);
        System.arraycopy(o, 0, all, e.length + t.length, o.length);
        return all;
    }

    /**
     * Closes the stories whose latest article is before {@code limit} or whose first is before {@code started}
     * (or all, with null).
     */
    private void closeBefore(LocalDate limit, LocalDate started) {
        List<OpenStory> closing = new ArrayList<>();
        for (OpenStory s : open.values()) {
            if (limit == null || (s.last != null && s.last.isBefore(limit)) || (s.first != null && s.first.isBefore(started))) closing.add(s);
        }
        for (OpenStory s : closing) {
            open.remove(s.number);
            for (int k : s.keys) {
                LinkedHashMap<Long, OpenStory> postings = index.get(k);
                postings.remove(s.number);
                if (postings.isEmpty()) index.remove(k);
            }
            onClose.accept(s);
        }
    }

    /** Closes every open story (end of the batch). */
    public void closeAll() { closeBefore(null, null); }

    public int openStories() { return open.size(); }

    public long comparisons() { return comparisons; }
}
