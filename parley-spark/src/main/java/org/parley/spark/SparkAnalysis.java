package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.SparkSession;
import org.parley.Parley;
import org.parley.dyads.DyadStage;
import java.util.HashSet;
import java.util.Set;
import org.parley.corpus.LinkedArticle;
import org.parley.entities.ArticleEntity;
import org.parley.link.EntityLinker;
import org.parley.link.ArticleLinker;
import org.parley.model.Article;
import org.parley.model.Skipped;
import org.parley.model.Stage;
import org.parley.stories.StoryBlocks;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import org.parley.run.ArticleLimits;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import org.parley.stories.StoryOptions;
import scala.Tuple2;

/**
 * The distributed run. Executors: read each input file with Parley's reader (records of JSONL and WARC files
 * expanded there), analyse each article with the JVM's one engine exactly as {@code parley analyze} does
 * ({@link BatchRunner#analyse}), and keep a compact result keyed by its place in input order. Then, on the
 * executors, near-duplicates by LSH band keys ({@link NearDuplicates}) and events merged by their merge key
 * ({@link EventMerging}). Driver: take the results in input order and run the in-order half of the batch runner
 * ({@link BatchRunner#runAnalysed}) with those two given: entity linking, entity table, the merged events' global
 * ids, stories and dyads, into a JSONL folder that {@link TableOutput} writes out (docs/spark.md).
 */
public final class SparkAnalysis {
    private SparkAnalysis() {}

    public enum Format { PARQUET, JSONL }

    /**
     * @param partitions analysis partitions (0: four per default parallelism)
     * @param linkers    the entity linker of a block (tests inject one that fails)
     * @param embedders  the story stage's embedder on an executor (tests give a small one)
     */
    public record Options(List<String> inputs, String output, Format format, int partitions,
                          DistributedLinking.LinkerSource linkers, DistributedStories.EmbedderSource embedders,
                          org.parley.events.LearnedEvents.Settings classifier) {
        public Options(List<String> inputs, String output, Format format, int partitions) {
            this(inputs, output, format, partitions, org.parley.events.LearnedEvents.Settings.DEFAULTS);
        }

        /** @param classifier the learned event classifier's options, as `parley analyze` takes them (docs/spark.md) */
        public Options(List<String> inputs, String output, Format format, int partitions, org.parley.events.LearnedEvents.Settings classifier) {
            this(inputs, output, format, partitions, EntityLinker::new, ExecutorEngine::embedder, classifier);
        }

        public Options(List<String> inputs, String output, Format format, int partitions,
                       DistributedLinking.LinkerSource linkers, DistributedStories.EmbedderSource embedders) {
            this(inputs, output, format, partitions, linkers, embedders, org.parley.events.LearnedEvents.Settings.DEFAULTS);
        }
    }

    public static BatchSummary run(SparkSession spark, Options options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        List<InputUnit> units = InputListing.list(options.inputs(), hadoop);
        int partitions = options.partitions() > 0 ? options.partitions() : Math.max(1, sc.defaultParallelism() * 4);
        Map<String, String> conf = new HashMap<>();
        for (Map.Entry<String, String> e : hadoop) conf.put(e.getKey(), e.getValue());

        // Read on the executors: one input file per element, its records expanded there.
        JavaPairRDD<Long, String> read = sc.parallelize(units, Math.max(1, Math.min(units.size(), partitions)))
                .flatMapToPair(unit -> {
                    List<ReadOutcome> outcomes = UnitReader.read(unit, configuration(conf));
                    List<Tuple2<Long, String>> out = new ArrayList<>(outcomes.size());
                    for (int i = 0; i < outcomes.size(); i++) out.add(new Tuple2<>(key(unit.index(), i), Wire.read(outcomes.get(i))));
                    return out.iterator();
                });
        // Fewer files than partitions (a few big WARC or JSONL files): spread their records over the cluster.
        // With many files the files themselves are spread and the article texts are not shuffled.
        if (units.size() < partitions) read = read.repartition(partitions);

        // Analysed once, kept for the three uses below (duplicates, events, the in-order pass).
        org.parley.events.LearnedEvents.Settings classifier = options.classifier();
        JavaPairRDD<Long, String> analysed = read.mapPartitionsToPair(in -> analyse(in, classifier))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long start = System.nanoTime();

        // Near-duplicates by LSH bands, then events merged by key, on the executors.
        NearDuplicates.Found duplicates = NearDuplicates.find(sc, analysed);
        System.err.printf(java.util.Locale.ROOT, "parley-spark: analysis and near-duplicates done in %.1f s (%d copies)%n",
                (System.nanoTime() - start) / 1e9, duplicates.copies().size());
        Broadcast<NearDuplicates.Found> shared = sc.broadcast(duplicates);
        DistributedLinking.Linked linked = DistributedLinking.link(analysed, options.linkers());
        // an article the linker failed on is given up as the runner gives it up: no events, no story
        Broadcast<Set<Long>> linkFailed = sc.broadcast(new HashSet<>(linked.failures().keySet()));
        JavaPairRDD<Long, String> kept = linked.failures().isEmpty() ? analysed : analysed.filter(t -> !linkFailed.value().contains(t._1()));
        JavaPairRDD<EventMerging.Place, String> events = EventMerging.merge(kept, shared);
        DistributedStories.Clustered clustered = DistributedStories.cluster(sc, storyArticles(kept, linked.articles(), shared),
                StoryOptions.defaults(), options.embedders());

        // In input order without sampling: a partition per range of input files, sorted within.
        JavaPairRDD<Long, String> ordered = analysed.repartitionAndSortWithinPartitions(
                new FileRangePartitioner(units.size(), partitions));
        Iterator<Tuple2<Long, String>> results = ordered.toLocalIterator();
        long[] current = {-1};
        Iterator<BatchRunner.Analysed> items = new Iterator<>() {
            @Override public boolean hasNext() { return results.hasNext(); }

            @Override public BatchRunner.Analysed next() {
                Tuple2<Long, String> t = results.next();
                current[0] = t._1();
                BatchRunner.Analysed a = Wire.result(t._2());
                String linkFailure = linked.failures().get(t._1());
                if (linkFailure == null || a.analysis() == null) return a;
                // as the runner reports an article its linker failed on
                Article x = a.analysis().article();
                return new BatchRunner.Analysed(null, new Skipped(x.path() != null ? x.path() : x.id(), x.id(), Stage.LINK, linkFailure));
            }
        };

        Path local;
        try {
            local = Files.createTempDirectory("parley-spark-out-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The per-article work is done; the runner's reader and engine are not used here.
        GivenStoryStage stories = new GivenStoryStage(clustered, () -> current[0]);
        BatchRunner runner = new BatchRunner(null, new ArticleReader())
                .withDuplicates(a -> NearDuplicates.duplicateOf(duplicates, a))
                .withEntityLinking(() -> new BlockedEntityLinking(linked.articles().toLocalIterator(),
                        linked.entities().toLocalIterator(), () -> current[0]))
                .withEventStage(() -> new MergedEventStage(EventMerging.inOrder(events), () -> current[0]))
                .withStage(() -> stories)
                .withStage(() -> new DyadStage(stories::articleDates));
        BatchSummary summary = withStoryFailures(runner.runAnalysed(items, local), clustered.failures().size());
        analysed.unpersist(false);
        linked.release();
        shared.destroy();
        linkFailed.destroy();
        TableOutput.write(spark, local, options.output(), options.format());
        TableOutput.delete(local);
        return summary;
    }

    /**
     * The articles the story stage takes, as it gets them from the runner's linker: near-copies marked, the entities'
     * global ids put in (the ids distributed linking gave them), as JSON {@link LinkedArticle}s keyed by input order.
     */
    static JavaPairRDD<Long, String> storyArticles(JavaPairRDD<Long, String> analysed, JavaPairRDD<Long, String> links,
                                                   Broadcast<NearDuplicates.Found> duplicates) {
        return analysed.leftOuterJoin(links).flatMapToPair(t -> {
            Wire.Result r = Wire.parseResult(t._2()._1());
            if (r.article() == null) return List.<Tuple2<Long, String>>of().iterator();
            Article article = r.article();
            String dup = NearDuplicates.duplicateOf(duplicates.value(), article);
            if (dup != null) article = article.withDuplicateOf(dup);
            DistributedLinking.ArticleLinks linking = t._2()._2().isPresent()
                    ? Wire.parse(t._2()._2().get(), DistributedLinking.ArticleLinks.class) : new DistributedLinking.ArticleLinks(Map.of(), Map.of());
            Map<String, String> ids = linking.ids();
            // as ArticleLinker.link hands the article to the corpus stages
            List<LinkedArticle.LinkedEntity> entities = new ArrayList<>();
            if (r.entities() != null) {
                for (ArticleEntity e : r.entities().entities()) entities.add(new LinkedArticle.LinkedEntity(ArticleLinker.globalId(e.localId(), ids), e));
            }
            List<org.parley.model.Event> events = r.events() == null ? List.of()
                    : r.events().stream().map(e -> ArticleLinker.withGlobalIds(e, ids)).toList();
            List<org.parley.model.Quote> quotes = r.quotes() == null ? List.of()
                    : r.quotes().stream().map(q -> ArticleLinker.withGlobalIds(q, ids, linking.names()::get)).toList();
            LinkedArticle a = new LinkedArticle(article, r.skippedReason(), entities, r.sentences() == null ? List.of() : r.sentences(),
                    r.timexes() == null ? List.of() : r.timexes(), events, quotes);
            if (!StoryBlocks.takes(a)) return List.<Tuple2<Long, String>>of().iterator();
            return List.of(new Tuple2<>(t._1(), Wire.write(a))).iterator();
        });
    }

    /** The summary with the story stage's failures counted (their lines are in skipped). */
    private static BatchSummary withStoryFailures(BatchSummary s, int failures) {
        if (failures == 0) return s;
        Map<Stage, Long> byStage = new HashMap<>(s.failedByStage());
        byStage.merge(Stage.STORIES, (long) failures, Long::sum);
        return new BatchSummary(s.analysed(), s.skipped(), s.duplicates(), s.notEnglish(), s.failed() + failures, s.entities(),
                s.timexes(), s.events(), s.quotes(), s.elapsed(), byStage, s.interrupted(), s.resumed(), s.incomplete(),
                s.incompleteByStage(), s.unchanged());
    }

    /** One analysis partition on an executor: the JVM's engine, each article within the CLI's default limits. */
    private static Iterator<Tuple2<Long, String>> analyse(Iterator<Tuple2<Long, String>> in,
                                                          org.parley.events.LearnedEvents.Settings classifier) {
        Parley parley = ExecutorEngine.parley(classifier);
        // A thread per article in flight: an article given up at its limit may still run; the next gets a new thread.
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "parley-spark-worker");
            t.setDaemon(true);
            return t;
        });
        List<Tuple2<Long, String>> out = new ArrayList<>();
        try {
            while (in.hasNext()) {
                Tuple2<Long, String> item = in.next();
                ReadOutcome r = Wire.read(item._2());
                BatchRunner.Analysed a = r.isOk()
                        ? BatchRunner.analyse(parley, r.article(), ArticleLimits.DEFAULTS, workers)
                        : new BatchRunner.Analysed(null, r.skipped());
                out.add(new Tuple2<>(item._1(), Wire.result(a)));
            }
        } finally {
            workers.shutdown();
        }
        return out.iterator();
    }

    /** Input order: file index, then the record's place in its file. */
    static long key(int file, int record) { return ((long) file << 32) | record; }

    private static Configuration configuration(Map<String, String> entries) {
        Configuration c = new Configuration(false);
        entries.forEach(c::set);
        return c;
    }

    /** Contiguous ranges of input files, so that partition order is input order. */
    static final class FileRangePartitioner extends Partitioner {
        private final int files;
        private final int partitions;

        FileRangePartitioner(int files, int partitions) {
            this.files = Math.max(1, files);
            this.partitions = Math.max(1, Math.min(partitions, this.files));
        }

        @Override public int numPartitions() { return partitions; }

        @Override public int getPartition(Object key) {
            int file = (int) (((Long) key) >>> 32);
            return (int) ((long) file * partitions / files);
        }

        @Override public boolean equals(Object o) {
            return o instanceof FileRangePartitioner p && p.files == files && p.partitions == partitions;
        }

        @Override public int hashCode() { return files * 31 + partitions; }
    }
}
