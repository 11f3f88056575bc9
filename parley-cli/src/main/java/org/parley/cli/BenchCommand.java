package org.parley.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.Parley;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.PlainCoreNlp;
import org.parley.cli.bench.CountingAnnotator;
import org.parley.cli.bench.Corpus;
import org.parley.cli.bench.HeapSampler;
import org.parley.model.Article;
import org.parley.read.ArticleReader;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench}: the full analysis (the same BatchRunner path as {@code parley analyze},
 * output to a temporary folder) over a corpus, then plain CoreNLP ({@link PlainCoreNlp}) on the
 * first {@code --baseline-limit} of the same articles with the same thread count. Prints
 * articles/hour, tokens/second, time per stage, peak heap, and the ratio. Both wall-clock and
 * process-CPU figures are printed: on a shared machine the CPU figures are the comparable ones.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = StoreBenchCommand.class,
        description = "Measures throughput, time per stage and peak heap against a plain CoreNLP baseline"
                + " (bench store: the store, search and API).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "Folder of .txt articles (e.g. BRAT text/), or a .tar.gz of them.")
    Path corpus;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N articles (0: all).")
    int limit;

    @Option(names = "--baseline-limit", defaultValue = "100",
            description = "Run the CoreNLP baseline on the first N of those articles (0: skip the baseline; default: ${DEFAULT-VALUE}).")
    int baselineLimit;

    @Option(names = "--no-parse",
            description = "Full analysis without any dependency parse: the upper bound of what the parse filter can save (events and quotes then find less).")
    boolean noParse;

    @Option(names = "--event-fallback", description = "Run the events stage's embedding fallback too (as analyze --event-fallback).")
    boolean eventFallback;

    @Option(names = "--event-classifier", negatable = true, description = "Run the learned event classifier (as analyze --event-classifier).")
    Boolean eventClassifier;

    @Option(names = "--classifier-add", description = "As analyze --classifier-add.")
    Double classifierAdd;

    @Option(names = "--classifier-countries", description = "As analyze --classifier-countries.")
    Integer classifierCountries;

    @Option(names = "--class-frames", description = "As analyze --class-frames (widens the parse gate).")
    boolean classFrames;

    @Option(names = "--warmup", defaultValue = "3", description = "Articles run before timing starts, per pipeline (default: ${DEFAULT-VALUE}).")
    int warmup;

    private record Phase(long articles, long tokens, double wallSeconds, double cpuSeconds, double gcSeconds,
                         HeapSampler.Peak heap) {
        double perHour() { return articles * 3600.0 / wallSeconds; }
        double perHourCpu(int cores) { return articles * 3600.0 / cpuSeconds * cores; }
        double tokensPerSecond() { return tokens / wallSeconds; }
        double tokensPerCpuSecond() { return tokens / cpuSeconds; }
    }

    @Override public Integer call() throws Exception {
        if (corpus == null) {
            System.err.println("parley bench: --corpus is required (or: parley bench store)");
            return 2;
        }
        if (!Files.exists(corpus)) {
            System.err.println("parley bench: " + corpus + " does not exist");
            return 2;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        try (Corpus c = Corpus.open(corpus, limit)) {
            List<Path> files = c.files();
            if (files.isEmpty()) {
                System.err.println("parley bench: no .txt articles in " + corpus);
                return 1;
            }
            out("parley bench: %d articles from %s, %d threads, %d cores, max heap %.1f GB", files.size(), corpus, threads,
                    cores, Runtime.getRuntime().maxMemory() / 1e9);
            out("load average at start: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            long t0 = System.nanoTime();
            CoreNlpAnnotator annotator = noParse ? new CoreNlpAnnotator(CoreNlpAnnotator.Options.noParse()) : (CoreNlpAnnotator) Engine.createAnnotator(List.of(), List.of(), classFrames);
            if (noParse) out("--no-parse: no sentence is parsed (upper bound of the parse filter's saving)");
            CountingAnnotator counting = new CountingAnnotator(annotator);
            KnowledgeOptions knowledge = new KnowledgeOptions();
            knowledge.eventFallback = eventFallback;
            knowledge.classFrames = classFrames;
            if (eventClassifier != null) knowledge.eventClassifier = eventClassifier;
            if (classifierAdd != null) knowledge.classifierAdd = classifierAdd;
            if (classifierCountries != null) knowledge.classifierCountries = classifierCountries;
            Parley parley = knowledge.applyTo(Parley.builder().annotator(counting)).build();
            out("models loaded in %.1f s", (System.nanoTime() - t0) / 1e9);
            warm(parley, files);
            Map<String, Long> stagesBefore = parley.stageTimes().snapshot();
            Map<String, Long> stepsBefore = annotator.statistics();
            long tokensBefore = counting.tokens.sum();
            Phase full = full(parley, files, counting, tokensBefore);
            report("full analysis (read, clean, annotate, time, entities, events, quotes)", full, cores);
            stages(parley.stageTimes().snapshot(), stagesBefore, full);
            steps(annotator.statistics(), stepsBefore, full);
            out("load average after the full analysis: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            if (baselineLimit <= 0) return 0;
            parley = null;
            annotator = null;
            counting = null;
            System.gc();
            List<Path> subset = files.subList(0, Math.min(baselineLimit, files.size()));
            t0 = System.nanoTime();
            PlainCoreNlp plain = new PlainCoreNlp();
            out("%nbaseline: plain CoreNLP %s (default models, every sentence) on the first %d articles; loaded in %.1f s",
                    PlainCoreNlp.ANNOTATORS, subset.size(), (System.nanoTime() - t0) / 1e9);
            for (int i = 0; i < Math.min(warmup, subset.size()); i++) plain.annotate(Files.readString(subset.get(subset.size() - 1 - i)));
            Phase base = baseline(plain, subset);
            report("baseline", base, cores);
            out("load average after the baseline: %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            // The baseline runs on the first N articles only, which may be longer or shorter than the average:
            // the fair ratio is per token (the same text either way); per article it is shown as well.
            out("%nratio full / baseline: %.2fx tokens per second (wall), %.2fx tokens per CPU-second"
                            + " (per article: %.2fx wall, %.2fx CPU)",
                    full.tokensPerSecond() / base.tokensPerSecond(), full.tokensPerCpuSecond() / base.tokensPerCpuSecond(),
                    full.perHour() / base.perHour(), full.perHourCpu(cores) / base.perHourCpu(cores));
            return 0;
        }
    }

    /** A few articles through the whole pipeline before timing, so the JIT has compiled the hot paths. */
    private void warm(Parley parley, List<Path> files) throws IOException {
        for (int i = 0; i < Math.min(warmup, files.size()); i++) {
            Path f = files.get(files.size() - 1 - i);
            parley.analyze(plainArticle(f));
        }
    }

    /** The analyze command's path: BatchRunner with the reader, writing to a temporary folder. */
    private Phase full(Parley parley, List<Path> files, CountingAnnotator counting, long tokensBefore) throws Exception {
        Path out = Files.createTempDirectory("parley-bench-out");
        try (HeapSampler heap = new HeapSampler()) {
            long cpu0 = cpu(), gc0 = gcMillis(), t0 = System.nanoTime();
            long articles;
            if (readerAvailable(files.get(0))) {
                BatchSummary s = new BatchRunner(parley, new ArticleReader())
                        .run(new BatchRunner.Options(files, out, threads, false));
                articles = s.analysed();
                out("batch: %s", s.oneLine());
            } else {
                out("(the article reader is not available in this build: articles built from the .txt files directly)");
                articles = direct(parley, files);
            }
            double wall = (System.nanoTime() - t0) / 1e9, cpuS = (cpu() - cpu0) / 1e9;
            return new Phase(articles, counting.tokens.sum() - tokensBefore, wall, cpuS, (gcMillis() - gc0) / 1e3, heap.peak());
        } finally {
            new Corpus.Deleter(out).run();
        }
    }

    private static boolean readerAvailable(Path sample) {
        try (var s = new ArticleReader().read(List.of(sample))) {
            s.findFirst();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private long direct(Parley parley, List<Path> files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            AtomicLong n = new AtomicLong();
            for (Path f : files) fs.add(pool.submit(() -> { parley.analyze(plainArticle(f)); n.incrementAndGet(); return null; }));
            for (Future<?> f : fs) f.get();
            return n.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Article plainArticle(Path f) throws IOException {
        String text = Files.readString(f);
        return new Article(f.getFileName().toString(), f.toString(), null, null, null, null, null, "en", null, text, List.of(), null);
    }

    private Phase baseline(PlainCoreNlp plain, List<Path> files) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (HeapSampler heap = new HeapSampler()) {
            long cpu0 = cpu(), gc0 = gcMillis(), t0 = System.nanoTime();
            List<Future<Integer>> fs = new ArrayList<>();
            for (Path f : files) fs.add(pool.submit(() -> plain.annotate(Files.readString(f))));
            long tokens = 0;
            for (Future<Integer> f : fs) tokens += f.get();
            return new Phase(files.size(), tokens, (System.nanoTime() - t0) / 1e9, (cpu() - cpu0) / 1e9,
                    (gcMillis() - gc0) / 1e3, heap.peak());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Milliseconds all garbage collectors have spent so far (collector threads run beside the workers). */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }

    private static long cpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static void report(String name, Phase p, int cores) {
        out("%n%s: %d articles, %d tokens in %.1f s wall, %.1f s CPU (garbage collection %.1f s)", name, p.articles(),
                p.tokens(), p.wallSeconds(), p.cpuSeconds(), p.gcSeconds());
        out("  articles/hour: %,.0f (wall)   %,.0f (CPU-based, %d cores fully ours)", p.perHour(), p.perHourCpu(cores), cores);
        out("  tokens/second: %,.0f (wall)   %,.0f per CPU-second", p.tokens() / p.wallSeconds(), p.tokens() / p.cpuSeconds());
        out("  peak heap: %.2f GB sampled used, %.2f GB live after GC, %.2f GB sum of pool peaks (upper bound)",
                p.heap().sampledUsed() / 1e9, p.heap().afterGc() / 1e9, p.heap().poolPeakSum() / 1e9);
    }

    private static void stages(Map<String, Long> after, Map<String, Long> before, Phase p) {
        long total = 0;
        for (var e : after.entrySet()) total += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        out("  time per stage (summed over threads):");
        for (var e : after.entrySet()) {
            long ns = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            out("    %-10s %8.1f s  %5.1f%%  %7.1f ms/article", e.getKey(), ns / 1e9, 100.0 * ns / Math.max(1, total),
                    ns / 1e6 / Math.max(1, p.articles()));
        }
    }

    private static void steps(Map<String, Long> after, Map<String, Long> before, Phase p) {
        out("  inside annotate (summed over threads):");
        for (var e : after.entrySet()) {
            long v = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (e.getKey().startsWith("ns.")) out("    %-22s %8.1f s", e.getKey().substring(3), v / 1e9);
            else out("    %-22s %,10d", e.getKey().substring(6), v);
        }
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
