package org.parley.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.parley.StageFailure;
import org.parley.corpus.LinkedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.model.Article;
import org.parley.model.Skipped;
import org.parley.model.Stage;
import org.parley.stories.ArticleDate;
import org.parley.stories.Story;
import org.parley.stories.StoryBlocks;
import org.parley.stories.StoryOptions;
import scala.Tuple2;

/**
 * Story clustering the distributed way, with the story stage's own code ({@link StoryBlocks}) and the in-order run's
 * result (docs/spark.md, "Stories"):
 * <ol>
 *   <li>executors: each article the stage takes is prepared (its words, entities, lead, and the embedding of its
 *       headline and lead, with the executor's one embedder); a failure is a STORIES line of skipped.jsonl and the article
 *       is left out;</li>
 *   <li>driver: the articles' own dates in input order (a date per article) replay the stage's reorder buffer
 *       ({@link StoryBlocks.Schedule}): each article's take, the document count at its take, the clock;</li>
 *   <li>executors: document frequencies by bucket, an aggregate broadcast when every article is taken with the whole
 *       batch counted (a batch within the reorder buffer), else each article's prefix counts by a group-by on buckets;</li>
 *   <li>executors: blocks, the connected components of articles sharing a blocking key with clocks within
 *       {@link StoryBlocks#reachDays} (per key, its articles in clock order, each joined to the next when close enough),
 *       by the large-star / small-star rounds of {@link DistributedLinking#components};</li>
 *   <li>executors: each block clustered by {@link StoryBlocks#cluster} in take order (summaries embedded there); a block
 *       that fails is a STORIES line for each of its articles;</li>
 *   <li>stories numbered by the take that created them and sorted by the take that closes them, as the in-order stage
 *       writes them.</li>
 * </ol>
 */
final class DistributedStories {
    private DistributedStories() {}

    /** The embedder of an executor JVM (loaded once there). */
    interface EmbedderSource extends Serializable, Supplier<TextEmbedder> {}

    /**
     * @param stories  in the order of stories.jsonl, numbered
     * @param dates    article_dates.jsonl, in order
     * @param failures input order -> the STORIES line of an article the stage failed on
     */
    record Clustered(List<Story> stories, List<ArticleDate> dates, Map<Long, Skipped> failures, long blocks, long largest) {}

    /** What preparing one article gave: the prepared article, or why it failed. */
    record PrepOut(StoryBlocks.Prepared prepared, Skipped failed) {}

    /** A block's output: a story, or the STORIES failure of one of its articles. */
    record BlockOut(StoryBlocks.BlockStory story, long inputOrder, Skipped failed) {}

    /**
     * @param linked the articles the stage takes ({@link StoryBlocks#takes}), keyed by input order, as JSON
     *               {@link LinkedArticle}s with their global entity ids
     */
    static Clustered cluster(JavaSparkContext sc, JavaPairRDD<Long, String> linked, StoryOptions options, EmbedderSource embedders) {
        JavaPairRDD<Long, String> prepared = linked.mapToPair(t -> {
            LinkedArticle a = Wire.parse(t._2(), LinkedArticle.class);
            try {
                return new Tuple2<>(t._1(), Wire.write(new PrepOut(StoryBlocks.prepare(a, t._1(), embedders.get()), null)));
            } catch (RuntimeException | StackOverflowError e) {
                return new Tuple2<>(t._1(), Wire.write(new PrepOut(null, failure(a.article(), e))));
            }
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // The driver replays the reorder buffer on one date per article (input order).
        List<Tuple2<Long, Integer>> dated = new ArrayList<>(prepared.mapValues(json -> {
            PrepOut p = Wire.parse(json, PrepOut.class);
            if (p.prepared() == null) return Integer.MAX_VALUE;
            LocalDate d = p.prepared().date();
            return d == null ? StoryBlocks.NONE : (int) d.toEpochDay();
        }).collect());
        dated.sort(Comparator.comparing(Tuple2::_1));
        Map<Long, Skipped> failures = new TreeMap<>();
        for (Tuple2<Long, String> f : prepared.filter(t -> Wire.parse(t._2(), PrepOut.class).failed() != null).collect()) {
            PrepOut p = Wire.parse(f._2(), PrepOut.class);
            if (p.failed() != null) failures.put(f._1(), p.failed());
        }
        List<LocalDate> dates = new ArrayList<>();
        List<Long> orderList = new ArrayList<>();
        for (Tuple2<Long, Integer> t : dated) {
            if (t._2() == Integer.MAX_VALUE) continue;
            orderList.add(t._1());
            dates.add(t._2() == StoryBlocks.NONE ? null : LocalDate.ofEpochDay(t._2()));
        }
        long[] order = orderList.stream().mapToLong(Long::longValue).toArray();
        StoryBlocks.Schedule schedule = StoryBlocks.Schedule.of(dates, options);
        Broadcast<StoryBlocks.Schedule> plan = sc.broadcast(schedule);
        Broadcast<long[]> arrivals = sc.broadcast(order);

        // arrival -> prepared article
        JavaPairRDD<Long, String> byArrival = prepared.flatMapToPair(t -> {
            PrepOut p = Wire.parse(t._2(), PrepOut.class);
            if (p.prepared() == null) return List.<Tuple2<Long, String>>of().iterator();
            return List.of(new Tuple2<>((long) Arrays.binarySearch(arrivals.value(), t._1()), Wire.write(p.prepared()))).iterator();
        });
        JavaPairRDD<Long, String> placed = placed(sc, byArrival, schedule, plan).persist(StorageLevel.MEMORY_AND_DISK_SER());
        placed.count();
        prepared.unpersist(false);

        // Blocks: per blocking key its articles in clock order, each joined to the next within reach.
        long reach = StoryBlocks.reachDays(options);
        JavaPairRDD<String, String> edges = placed.flatMapToPair(t -> {
            StoryBlocks.Placed a = Wire.parse(t._2(), StoryBlocks.Placed.class);
            List<Tuple2<Integer, long[]>> out = new ArrayList<>();
            for (int k : StoryBlocks.blockingKeys(a)) out.add(new Tuple2<>(k, new long[] {a.place().clockDay(), t._1()}));
            return out.iterator();
        }).groupByKey().flatMapToPair(g -> {
            List<long[]> list = new ArrayList<>();
            g._2().forEach(list::add);
            return chain(list, reach).iterator();
        }).union(placed.mapToPair(t -> new Tuple2<>(node(t._1()), node(t._1()))));
        JavaPairRDD<String, String> labels = DistributedLinking.components(edges, "story");

        JavaPairRDD<String, Iterable<String>> blocks = placed.mapToPair(t -> new Tuple2<>(node(t._1()), t._2()))
                .join(labels)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .groupByKey()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<Long> sizes = blocks.map(b -> {
            long n = 0;
            for (String ignored : b._2()) n++;
            return n;
        }).collect();
        long largest = sizes.stream().mapToLong(Long::longValue).max().orElse(0);
        System.err.println("parley-spark: stories in " + sizes.size() + " blocks, the largest of " + largest + " articles; sizes "
                + histogram(sizes));

        String optionsJson = Wire.write(options); // StoryOptions is not Serializable
        JavaRDD<BlockOut> clustered = blocks.flatMap(b -> clusterBlock(b._2(), plan.value(), arrivals.value(),
                        Wire.parse(optionsJson, StoryOptions.class), embedders).iterator());
        JavaRDD<String> out = clustered.map(Wire::write).persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (String json : out.filter(o -> o.contains("\"STORIES\"")).collect()) {
            BlockOut f = Wire.parse(json, BlockOut.class);
            if (f.failed() != null) failures.put(f.inputOrder(), f.failed());
        }
        List<Story> stories = new ArrayList<>();
        List<ArticleDate> articleDates = new ArrayList<>();
        // numbered by creating take (S1, S2, ... as the in-order stage numbers them), written in closing order
        List<StoryBlocks.BlockStory> numbered = out.map(json -> Wire.parse(json, BlockOut.class)).filter(o -> o.story() != null)
                .mapToPair(o -> new Tuple2<>(o.story().created(), Wire.write(o.story())))
                .sortByKey()
                .values()
                .zipWithIndex()
                .map(t -> Wire.write(StoryBlocks.renumbered(Wire.parse(t._1(), StoryBlocks.BlockStory.class), t._2() + 1)))
                .mapToPair(s -> {
                    StoryBlocks.BlockStory b = Wire.parse(s, StoryBlocks.BlockStory.class);
                    return new Tuple2<>(new Closing(b.closed(), number(b.story())), s);
                })
                .sortByKey()
                .values()
                .collect().stream()
                .map(s -> Wire.parse(s, StoryBlocks.BlockStory.class))
                .toList();
        for (StoryBlocks.BlockStory b : numbered) {
            stories.add(b.story());
            articleDates.addAll(b.dates());
        }
        out.unpersist(false);
        blocks.unpersist(false);
        labels.unpersist(false);
        placed.unpersist(false);
        plan.destroy();
        arrivals.destroy();
        return new Clustered(stories, articleDates, failures, sizes.size(), largest);
    }

    /**
     * The links of one blocking key: its articles ({clock day, arrival}) in clock order (then arrival), each joined to
     * the next when their clocks are at most {@code reach} days apart. Two articles of the key within reach are then
     * connected through the articles between them, which a clique of the key would cost quadratically to say.
     */
    static List<Tuple2<String, String>> chain(List<long[]> articles, long reach) {
        List<long[]> list = new ArrayList<>(articles);
        list.sort(Comparator.<long[]>comparingLong(x -> x[0]).thenComparingLong(x -> x[1]));
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i)[0] - list.get(i - 1)[0] <= reach) out.add(new Tuple2<>(node(list.get(i - 1)[1]), node(list.get(i)[1])));
        }
        return out;
    }

    /** Where a story is written: the take that closes it, then its number. */
    record Closing(long take, long number) implements Comparable<Closing>, Serializable {
        @Override public int compareTo(Closing o) {
            int c = Long.compare(take, o.take);
            return c != 0 ? c : Long.compare(number, o.number);
        }
    }

    private static long number(Story s) { return Long.parseLong(s.id().substring(1)); }

    private static String node(long arrival) { return Long.toString(arrival); }

    /**
     * Each article with the document frequencies of its buckets at its take: one table for all when every article is
     * taken with the whole batch counted, else a count per (bucket, prefix) by a group-by on buckets.
     */
    private static JavaPairRDD<Long, String> placed(JavaSparkContext sc, JavaPairRDD<Long, String> byArrival,
                                                   StoryBlocks.Schedule schedule, Broadcast<StoryBlocks.Schedule> plan) {
        JavaPairRDD<Integer, Long> postings = byArrival.flatMapToPair(t -> {
            List<Tuple2<Integer, Long>> out = new ArrayList<>();
            for (int k : prep(t._2()).frequencyKeys()) out.add(new Tuple2<>(StoryBlocks.bucket(k), t._1()));
            return out.iterator();
        });
        if (schedule.wholeBatchCounted()) {
            Map<Integer, Integer> totals = new HashMap<>(postings.mapToPair(t -> new Tuple2<>(t._1(), 1)).reduceByKey(Integer::sum).collectAsMap());
            Broadcast<Map<Integer, Integer>> table = sc.broadcast(totals);
            return byArrival.mapToPair(t -> {
                StoryBlocks.Prepared p = prep(t._2());
                Map<Integer, Integer> counts = new HashMap<>();
                for (int k : p.frequencyKeys()) counts.put(StoryBlocks.bucket(k), table.value().getOrDefault(StoryBlocks.bucket(k), 0));
                return new Tuple2<>(t._1(), Wire.write(new StoryBlocks.Placed(p, plan.value().place(t._1()), counts)));
            });
        }
        // prefix counts: the arrivals before the article's document count, per bucket of its keys
        JavaPairRDD<Integer, long[]> queries = byArrival.flatMapToPair(t -> {
            long documents = plan.value().place(t._1()).documents();
            List<Tuple2<Integer, long[]>> out = new ArrayList<>();
            for (int b : Arrays.stream(prep(t._2()).frequencyKeys()).map(StoryBlocks::bucket).distinct().toArray()) {
                out.add(new Tuple2<>(b, new long[] {t._1(), documents}));
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Iterable<int[]>> counted = postings.cogroup(queries).flatMapToPair(g -> {
            List<Long> list = new ArrayList<>();
            g._2()._1().forEach(list::add);
            long[] seqs = list.stream().mapToLong(Long::longValue).sorted().toArray();
            List<Tuple2<Long, int[]>> out = new ArrayList<>();
            for (long[] q : g._2()._2()) {
                // postings with arrival < documents; a bucket may hold one arrival twice (two keys of one article)
                int count = lowerBound(seqs, q[1]);
                out.add(new Tuple2<>(q[0], new int[] {g._1(), count}));
            }
            return out.iterator();
        }).groupByKey();
        return byArrival.join(counted).mapToPair(t -> {
            Map<Integer, Integer> counts = new HashMap<>();
            for (int[] c : t._2()._2()) counts.put(c[0], c[1]);
            return new Tuple2<>(t._1(), Wire.write(new StoryBlocks.Placed(prep(t._2()._1()), plan.value().place(t._1()), counts)));
        });
    }

    private static StoryBlocks.Prepared prep(String json) { return Wire.parse(json, StoryBlocks.Prepared.class); }

    /** The number of values below {@code x} in a sorted array. */
    static int lowerBound(long[] sorted, long x) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static List<BlockOut> clusterBlock(Iterable<String> json, StoryBlocks.Schedule schedule, long[] arrivals,
                                               StoryOptions options, EmbedderSource embedders) {
        List<StoryBlocks.Placed> block = new ArrayList<>();
        for (String s : json) block.add(Wire.parse(s, StoryBlocks.Placed.class));
        List<BlockOut> out = new ArrayList<>();
        try {
            for (StoryBlocks.BlockStory b : StoryBlocks.cluster(block, schedule, options, embedders.get())) out.add(new BlockOut(b, -1, null));
        } catch (RuntimeException | StackOverflowError e) {
            // the block's stories are lost, not the batch: each of its articles is reported
            out.clear();
            for (StoryBlocks.Placed a : block) {
                Article x = new Article(a.prepared().pending().id(), null, null, null, null, null, null, null, null, "", List.of(), null);
                out.add(new BlockOut(null, arrivals[(int) a.place().arrival()], failure(x, e)));
            }
        }
        return out;
    }

    /** A STORIES line of skipped.jsonl, in the shape of the runner's LINK lines. */
    static Skipped failure(Article a, Throwable e) {
        return new Skipped(a.path() != null ? a.path() : a.id(), a.id(), Stage.STORIES, new StageFailure(Stage.STORIES, e).getMessage());
    }

    /** "1: 310, 2-9: 40, 10-99: 3, 100-999: 1". */
    static String histogram(List<Long> sizes) {
        long[] bounds = {1, 2, 10, 100, 1000, 10000, Long.MAX_VALUE};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < bounds.length; i++) {
            long lo = bounds[i], hi = bounds[i + 1];
            long n = sizes.stream().filter(s -> s >= lo && s < hi).count();
            if (n == 0) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(hi - lo == 1 ? Long.toString(lo) : lo + "-" + (hi == Long.MAX_VALUE ? "" : Long.toString(hi - 1))).append(": ").append(n);
        }
        return sb.toString();
    }
}
