package org.parley.stories;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.parley.corpus.LinkedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.model.Event;
import org.parley.stories.internal.ArticleDoc;
import org.parley.stories.internal.Clusterer;
import org.parley.stories.internal.DocumentFrequencies;
import org.parley.stories.internal.OpenStory;
import org.parley.stories.internal.Pending;
import org.parley.stories.internal.StoryBuilder;

/**
 * {@link StoryStage}'s clustering in blocks, for a distributed run (parley-spark, issue 12), with the stage's own
 * code and the in-order run's result. The in-order stage couples an article to the batch in three ways, each made
 * explicit here so that a block can be clustered alone:
 * <ul>
 *   <li>its place: the stage takes articles in date order through a reorder buffer, so an article's turn (its
 *       <em>take</em>), the number of articles counted for document frequencies by then, and the clock (the latest
 *       date taken) depend on the whole batch. {@link Schedule} replays the buffer on the articles' dates alone;</li>
 *   <li>document frequencies: counted over the first {@code documents} arrivals; a distributed run counts the
 *       buckets of an article's {@link Prepared#frequencyKeys} over that prefix and gives them to {@link Placed};</li>
 *   <li>the other stories: an article is compared only with the open stories indexed under its blocking keys, and
 *       every member of a story open at clock c is dated within {@link #reachDays} of c. So articles that share a
 *       blocking key ({@link #blockingKeys}) and whose clocks are within that many days are joined, and the connected
 *       components of that graph (blocks) can be clustered apart by {@link #cluster}: no decision depends on an
 *       article outside its block. Story numbers are creation order over the batch; a block gives each story the
 *       take that created it and the take at which the in-order run closes it, and the caller numbers them
 *       ({@link #renumbered}).</li>
 * </ul>
 */
public final class StoryBlocks {
    private StoryBlocks() {}

    /** Whether the stage takes the article at all (near-copies and non-English articles are left out). */
    public static boolean takes(LinkedArticle a) { return !a.isDuplicate() && a.skippedReason() == null; }

    /**
     * What the stage keeps of an article, before it has its place in the batch, and the embedding of its headline and
     * lead (or id) that the stage computes at its turn (an embedding does not depend on the other texts).
     */
    public record Prepared(Pending pending, float[] embedding) {
        /** Its own publication date (null when undated). */
        public LocalDate date() { return pending.date(); }

        /** The keys the stage counts once for this article in its document frequencies. */
        public int[] frequencyKeys() {
            TreeSet<Integer> keys = new TreeSet<>(pending.terms().keySet());
            keys.addAll(pending.entities().keySet());
            keys.addAll(pending.occasions().keySet());
            return keys.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * @param order the article's place in input order: the stage numbers articles as they arrive and only ever compares
     *              those numbers, so any number that grows with input order gives the same result
     */
    public static Prepared prepare(LinkedArticle a, long order, TextEmbedder embedder) {
        Pending p = Pending.of(order, a, null);
        return new Prepared(p, embedder.embed(p.lead().isBlank() ? p.id() : p.lead()));
    }

    /** The table slot of a frequency key: keys of one slot share a count. */
    public static int bucket(int key) { return DocumentFrequencies.bucket(key); }

    /**
     * An article's place in the in-order run: its arrival number (0, 1, ... over the articles the stage takes, in input
     * order), the date it is taken at, its take (0, 1, ... in the order the buffer releases it), the articles counted
     * for document frequencies at its take, and the clock at its take (dates as epoch days, {@link #NONE} for none).
     */
    public record Place(long arrival, int sortDay, long take, long documents, int clockDay) implements Serializable {
        public LocalDate sortDate() { return day(sortDay); }

        public LocalDate clock() { return day(clockDay); }
    }

    public static final int NONE = Integer.MIN_VALUE;

    private static LocalDate day(int d) { return d == NONE ? null : LocalDate.ofEpochDay(d); }

    /**
     * The stage's order replayed on the articles' dates alone: the reorder buffer, undated articles placed at the date
     * before them (or the first date), the document count at each take, the clock; what {@link StoryStage#accept} and
     * its take do, without the articles.
     */
    public static final class Schedule implements Serializable {
        private final Place[] places;
        /** Takes at which the clock moved, and where it moved to. */
        private final long[] riseTake;
        private final int[] riseDay;
        private final int windowDays;
        private final long spanDays;

        private Schedule(Place[] places, long[] riseTake, int[] riseDay, StoryOptions options) {
            this.places = places;
            this.riseTake = riseTake;
            this.riseDay = riseDay;
            this.windowDays = options.windowDays();
            this.spanDays = Clusterer.spanDays(options);
        }

        /** @param dates the own dates of the articles the stage takes, in input order (null for undated) */
        public static Schedule of(List<LocalDate> dates, StoryOptions options) {
            int n = dates.size();
            int[] sort = new int[n];
            long[] take = new long[n];
            long[] documents = new long[n];
            int[] clockAt = new int[n];
            List<Long> riseTake = new ArrayList<>();
            List<Integer> riseDay = new ArrayList<>();
            PriorityQueue<Integer> buffer = new PriorityQueue<>(Comparator.<Integer>comparingInt(i -> sort[i]).thenComparingInt(i -> i));
            List<Integer> waiting = new ArrayList<>();
            long[] state = {0, 0, NONE}; // arrived, takes, clock
            Runnable[] takeOne = new Runnable[1];
            java.util.function.IntConsumer taken = i -> {
                take[i] = state[1]++;
                documents[i] = state[0];
                if (sort[i] != NONE && (state[2] == NONE || sort[i] > state[2])) {
                    state[2] = sort[i];
                    riseTake.add(take[i]);
                    riseDay.add(sort[i]);
                }
                clockAt[i] = (int) state[2];
            };
            java.util.function.IntConsumer push = i -> {
                buffer.add(i);
                while (buffer.size() > options.reorderBuffer()) taken.accept(buffer.poll());
            };
            Integer lastDay = null;
            for (int i = 0; i < n; i++) {
                LocalDate own = dates.get(i);
                sort[i] = own != null ? (int) own.toEpochDay() : lastDay != null ? lastDay : NONE;
                state[0]++;
                if (own != null) {
                    lastDay = (int) own.toEpochDay();
                    for (int w : waiting) {
                        sort[w] = lastDay;
                        push.accept(w);
                    }
                    waiting.clear();
                }
                if (sort[i] == NONE) waiting.add(i);
                else push.accept(i);
            }
            while (!buffer.isEmpty()) taken.accept(buffer.poll());
            for (int w : waiting) taken.accept(w);
            Place[] places = new Place[n];
            for (int i = 0; i < n; i++) places[i] = new Place(i, sort[i], take[i], documents[i], clockAt[i]);
            return new Schedule(places, riseTake.stream().mapToLong(Long::longValue).toArray(),
                    riseDay.stream().mapToInt(Integer::intValue).toArray(), options);
        }

        public int size() { return places.length; }

        public Place place(long arrival) { return places[(int) arrival]; }

        /** Whether every article is taken with the whole batch counted (then one table of frequencies serves all). */
        public boolean wholeBatchCounted() {
            for (Place p : places) if (p.documents() != places.length) return false;
            return true;
        }

        /**
         * The take at which the in-order stage closes a story whose last member was taken at {@code lastTake}: the first
         * later move of the clock past its window ({@code windowDays} after its latest date or {@link #reachDays} after its
         * earliest); {@link Long#MAX_VALUE} when it stays open to the end.
         */
        long closeTake(long lastTake, LocalDate first, LocalDate last) {
            int from = java.util.Arrays.binarySearch(riseTake, lastTake + 1);
            if (from < 0) from = -from - 1;
            for (int r = from; r < riseTake.length; r++) {
                LocalDate c = LocalDate.ofEpochDay(riseDay[r]);
                if ((last != null && last.isBefore(c.minusDays(windowDays))) || (first != null && first.isBefore(c.minusDays(spanDays)))) {
                    return riseTake[r];
                }
            }
            return Long.MAX_VALUE;
        }
    }

    /** Days within which two articles' clocks must be for one to be compared with a story of the other. */
    public static long reachDays(StoryOptions options) { return Clusterer.spanDays(options); }

    /**
     * An article at its place, with the document frequencies of its keys' buckets at its take ({@code counts}: bucket ->
     * count over the first {@code place.documents()} arrivals).
     */
    public record Placed(Prepared prepared, Place place, Map<Integer, Integer> counts) {}

    /** The keys the stage looks the article up and indexes it under. */
    public static int[] blockingKeys(Placed a) { return Clusterer.blockingKeys(doc(a)); }

    private static ArticleDoc doc(Placed a) {
        Pending p = a.prepared().pending().withSortDate(a.place().sortDate());
        return ArticleDoc.of(p, DocumentFrequencies.counted(a.place().documents(), a.counts()), a.prepared().embedding());
    }

    /**
     * A story as a block built it: the take that created it, the take at which the in-order run closes it (stories.jsonl
     * is in closing order, then number), and its record and article dates with a block-local number.
     */
    public record BlockStory(long created, long closed, Story story, List<ArticleDate> dates) {}

    /**
     * Clusters one block with the stage's own {@link Clusterer} and {@link StoryBuilder}: its articles in take order, the
     * clock moved to the batch's clock at each. The block must hold every article joined to its articles (see the class
     * comment).
     */
    public static List<BlockStory> cluster(List<Placed> block, Schedule schedule, StoryOptions options, TextEmbedder embedder) {
        List<Placed> ordered = new ArrayList<>(block);
        ordered.sort(Comparator.comparingLong(a -> a.place().take()));
        Map<Long, Long> takes = new HashMap<>();
        for (Placed a : ordered) takes.put(a.prepared().pending().seq(), a.place().take());
        StoryBuilder builder = new StoryBuilder(embedder);
        List<BlockStory> out = new ArrayList<>();
        Clusterer clusterer = new Clusterer(options, s -> out.add(built(s, builder, takes, schedule)));
        for (Placed a : ordered) {
            clusterer.advanceTo(a.place().clock());
            clusterer.add(doc(a));
        }
        clusterer.closeAll();
        return out;
    }

    private static BlockStory built(OpenStory s, StoryBuilder builder, Map<Long, Long> takes, Schedule schedule) {
        long created = takes.get(s.members().get(0).pending().seq());
        long lastTake = created;
        LocalDate first = null, last = null;
        for (ArticleDoc d : s.members()) {
            lastTake = Math.max(lastTake, takes.get(d.pending().seq()));
            LocalDate when = d.pending().sortDate();
            if (when != null && (last == null || when.isAfter(last))) last = when;
            if (when != null && (first == null || when.isBefore(first))) first = when;
        }
        StoryBuilder.Built b = builder.build(s);
        return new BlockStory(created, schedule.closeTake(lastTake, first, last), b.story(), b.dates());
    }

    /** The story with its number in the batch ("S" + number, as the in-order run numbers stories in creation order). */
    public static BlockStory renumbered(BlockStory b, long number) {
        String id = "S" + number;
        Story s = b.story();
        Story story = new Story(id, s.title(), s.start(), s.end(), s.articles(), s.outlets(), s.actors(), s.events(), s.quotes(),
                s.summary(), s.datedFromStory());
        List<ArticleDate> dates = b.dates().stream().map(d -> new ArticleDate(d.article(), d.published(), d.publishedFrom(), id)).toList();
        return new BlockStory(b.created(), b.closed(), story, dates);
    }

    /** Merged event ids per article, in the order {@link StoryStage#finish} joins them to stories. */
    public static Map<String, List<String>> eventsByArticle(List<Event> events) {
        Map<String, List<String>> eventsByArticle = new HashMap<>();
        for (Event e : events) {
            for (Event.EventMention m : e.mentions()) {
                List<String> ids = eventsByArticle.computeIfAbsent(m.article(), k -> new ArrayList<>(2));
                if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(e.id())) ids.add(e.id());
            }
        }
        return eventsByArticle;
    }

    /** The story with the merged events its articles tell, as {@link StoryStage#finish} writes it. */
    public static Story withEvents(Story s, Map<String, List<String>> eventsByArticle) {
        List<String> ids = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String a : s.articles()) for (String id : eventsByArticle.getOrDefault(a, List.of())) if (seen.add(id)) ids.add(id);
        return s.withEvents(ids);
    }
}
