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
import org.parley.embed.minilm.MiniLmEmbedder;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import org.parley.run.ArticleLimits;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
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

    /** @param partitions analysis partitions (0: four per default parallelism) */
    public record Options(List<String> inputs, String output, Format format, int partitions) {}

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
        JavaPairRDD<Long, String> analysed = read.mapPartitionsToPair(SparkAnalysis::analyse)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long start = System.nanoTime();

        // Near-duplicates by LSH bands, then events merged by key, on the executors.
        NearDuplicates.Found duplicates = NearDuplicates.find(sc, analysed);
        System.err.printf(java.util.Locale.ROOT, "parley-spark: analysis and near-duplicates done in %.1f s (%d copies)%n",
                (System.nanoTime() - start) / 1e9, duplicates.copies().size());
        Broadcast<NearDuplicates.Found> shared = sc.broadcast(duplicates);
        JavaPairRDD<EventMerging.Place, String> events = EventMerging.merge(analysed, shared);
        DistributedLinking.Linked linked = DistributedLinking.link(analysed);

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
                return Wire.result(t._2());
            }
        };

        Path local;
        try {
            local = Files.createTempDirectory("parley-spark-out-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The per-article work is done; the runner's reader and engine are not used here.
        StoryStage[] stories = new StoryStage[1];
        BatchRunner runner = new BatchRunner(null, new ArticleReader())
                .withDuplicates(a -> NearDuplicates.duplicateOf(duplicates, a))
                .withEntityLinking(() -> new BlockedEntityLinking(linked.articles().toLocalIterator(),
                        linked.entities().toLocalIterator(), () -> current[0]))
                .withEventStage(() -> new MergedEventStage(EventMerging.inOrder(events), () -> current[0]))
                .withStage(() -> stories[0] = new StoryStage(new MiniLmEmbedder(), StoryOptions.defaults()))
                .withStage(() -> new DyadStage(() -> stories[0].articleDates()));
        BatchSummary summary = runner.runAnalysed(items, local);
        analysed.unpersist(false);
        linked.release();
        shared.destroy();
        TableOutput.write(spark, local, options.output(), options.format());
        TableOutput.delete(local);
        return summary;
    }

    /** One analysis partition on an executor: the JVM's engine, each article within the CLI's default limits. */
    private static Iterator<Tuple2<Long, String>> analyse(Iterator<Tuple2<Long, String>> in) {
        Parley parley = ExecutorEngine.parley();
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
