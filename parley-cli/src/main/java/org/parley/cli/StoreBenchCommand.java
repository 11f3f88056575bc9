package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.cli.bench.HeapSampler;
import org.parley.cli.bench.LiveHeapCheckpoints;
import org.parley.cli.bench.LoadClients;
import org.parley.server.ApiServer;
import org.parley.store.Store;
import org.parley.store.StoreSink;
import org.parley.store.synthetic.SyntheticCorpus;
import org.parley.dyads.DyadStage;
import org.parley.run.BatchRunner;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
import java.util.stream.IntStream;
import org.parley.write.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench store}: builds a store of synthetic analyses (no CoreNLP: the figures are the
 * store's, not the analysis'), in runs as daily use would, then measures search and API latency over
 * loopback with 1, 8 and 32 concurrent clients, and the peak heap of one 1,000- and one 10,000-article run.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Load benchmark of the store, search index and API on synthetic articles (loopback only, bounded).")
public final class StoreBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "100000", description = "Articles in the store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--run-size", defaultValue = "10000", description = "Articles per analyze run (default: ${DEFAULT-VALUE}).")
    int runSize;

    @Option(names = "--store", paramLabel = "DIR", description = "Build the store here and keep it (default: a temporary folder, deleted).")
    Path storeDir;

    @Option(names = "--requests", defaultValue = "2000", description = "Requests per load level (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--max-seconds", defaultValue = "60", description = "Time limit per load level (default: ${DEFAULT-VALUE}).")
    double maxSeconds;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--no-heap", description = "Skip the 1k vs 10k heap check.")
    boolean noHeap;

    /** What the heap check feeds the store with. */
    enum HeapFeed {
        /** the synthetic records straight into the sink, streamed */
        SINK,
        /** synthetic analyses through the batch runner and the corpus stages of analyze (stories with a hashed embedder, dyads) */
        RUNNER,
        /** as RUNNER, with the corpus tables held to the end of the batch (what the runner did before it streamed) */
        HELD
    }

    @Option(names = "--heap-feed", split = ",", defaultValue = "sink,runner",
            description = "Heap check feeds, any of sink, runner, held (default: ${DEFAULT-VALUE}).")
    List<String> heapFeeds;

    @Option(names = "--heap-sizes", split = ",", defaultValue = "1000,10000", description = "Run sizes of the heap check (default: ${DEFAULT-VALUE}).")
    List<Integer> heapSizes;

    @Option(names = "--warmup", defaultValue = "1000",
            description = "Warm-up requests per mix, 4 clients, not measured: the JIT compiles the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--reuse", description = "Measure latency on the store already in --store (built by an earlier run) instead of building it.")
    boolean reuse;

    private static final String[] TOPICS = {"trade", "energy", "border security", "cyber attacks", "grain exports", "fishing rights",
        "climate funding", "election interference"};
    private static final String[] COUNTRIES = {"RUS", "FRA", "DEU", "CHN", "BRA", "IND", "KEN", "JPN", "TUR", "MEX"};
    private static final String[] NAMES = {"Russia", "France", "Germany", "China", "Brazil", "India", "Kenya", "Japan", "Turkey", "Mexico"};
    private static final String[] TYPES = {"ACCUSE", "CONSULT", "THREATEN", "APPEAL", "SANCTION", "COOPERATE", "STATEMENT"};

    @Override public Integer call() throws Exception {
        out("parley bench store: %,d articles in runs of %,d; %d cores, max heap %.1f GB, load average %.2f", articles, runSize,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9, load());
        if (!noHeap) heapCheck();
        boolean temporary = storeDir == null;
        Path dir = temporary ? Files.createTempDirectory("parley-bench-store") : storeDir;
        if (reuse && (temporary || !Files.isDirectory(dir))) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--reuse needs --store DIR with a store built before");
        }
        try {
            if (reuse) Store.openForWriting(dir).close(); // migrates a store of an older schema
            else build(dir);
            load(dir);
        } finally {
            if (temporary) delete(dir);
        }
        out("load average at end: %.2f", load());
        return 0;
    }

    private static SyntheticCorpus corpus(String prefix) { return new SyntheticCorpus(prefix, LocalDate.of(2016, 1, 1), 30); }

    private void heapCheck() throws IOException {
        for (String name : heapFeeds) {
            HeapFeed feed = HeapFeed.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
            for (int n : heapSizes) {
                Path dir = Files.createTempDirectory("parley-bench-heap");
                try {
                    System.gc();
                    long t = System.nanoTime();
                    HeapSampler.Peak peak;
                    LiveHeapCheckpoints[] live = new LiveHeapCheckpoints[1];
                    try (HeapSampler sampler = new HeapSampler()) {
                        if (feed == HeapFeed.SINK) {
                            try (StoreSink sink = new StoreSink(dir)) {
                                live[0] = new LiveHeapCheckpoints(sink, n);
                                corpus("heap/").feed(live[0], 0, n, 0);
                            }
                        } else {
                            SyntheticCorpus c = corpus("heap/");
                            StoryStage[] stories = new StoryStage[1];
                            new BatchRunner(null, null)
                                    .withSink(d -> live[0] = new LiveHeapCheckpoints(new StoreSink(d), n, feed == HeapFeed.RUNNER))
                                    .withStage(() -> stories[0] = new StoryStage(new BenchStoriesCommand.HashEmbedder(), StoryOptions.defaults()))
                                    .withStage(() -> new DyadStage(() -> stories[0].articleDates()))
                                    .runAnalysed(IntStream.range(0, n).mapToObj(i -> new BatchRunner.Analysed(c.analysis(i), null)).iterator(), dir);
                        }
                        peak = sampler.peak();
                    }
                    out("heap, %-6s one run of %,6d articles: peak used %5.0f MB, largest live set after GC %5.0f MB, pool peaks %5.0f MB,"
                                    + " live after full GC at 11 checkpoints %5.1f MB; %.1f s; process peak RSS %s",
                            feed.name().toLowerCase(java.util.Locale.ROOT), n, peak.sampledUsed() / 1e6, peak.afterGc() / 1e6,
                            peak.poolPeakSum() / 1e6, live[0].maxLive() / 1e6, (System.nanoTime() - t) / 1e9, rss());
                } finally {
                    delete(dir);
                }
            }
        }
    }

    private void build(Path dir) {
        SyntheticCorpus c = corpus("bench/");
        long start = System.nanoTime();
        double feedSeconds = 0, closeSeconds = 0;
        for (int from = 0; from < articles; from += runSize) {
            int to = Math.min(articles, from + runSize);
            long t0 = System.nanoTime();
            StoreSink sink = new StoreSink(dir);
            c.feed(sink, from, to, 0);
            long t1 = System.nanoTime();
            sink.close();
            long t2 = System.nanoTime();
            feedSeconds += (t1 - t0) / 1e9;
            closeSeconds += (t2 - t1) / 1e9;
            out("  run %,7d..%,7d: %.1f s writing, %.1f s indexing and finishing (%.0f articles/s)", from, to, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (to - from) / ((t2 - t0) / 1e9));
        }
        double total = (System.nanoTime() - start) / 1e9;
        try (Store s = Store.openReadOnly(dir)) {
            Map<String, Long> counts = s.counts();
            out("ingest: %,d articles in %.1f s = %.0f articles/s (store %.1f s, index and finish %.1f s); rows %s; %s on disk",
                    articles, total, articles / total, feedSeconds, closeSeconds, counts, size(dir));
        }
    }

    private void load(Path dir) throws Exception {
        try (ApiServer server = ApiServer.start(dir, "127.0.0.1", 0)) {
            LoadClients load = new LoadClients("http://127.0.0.1:" + server.port());
            List<String> entityIds = new ArrayList<>();
            JsonNode events = Json.mapper().readTree(load.get("/api/events?limit=100"));
            for (JsonNode e : events.get("items")) for (JsonNode a : e.get("source")) if (a.hasNonNull("entity")) entityIds.add(a.get("entity").asText());
            if (entityIds.isEmpty()) entityIds.add("E1");
            out("latency over loopback (ms), %,d requests or %.0f s per level, after %,d warm-up requests; load average %.2f:",
                    requests, maxSeconds, warmup, load());
            out("  %-7s %7s %9s %8s %8s %8s %8s %8s %7s %9s", "mix", "clients", "requests", "req/s", "p50", "p95", "p99", "max", "errors",
                    "cpu ms/req");
            for (String mix : List.of("search", "api")) {
                java.util.function.IntFunction<String> paths = mix.equals("search") ? this::searchPath : i -> apiPath(i, entityIds);
                load.run(4, warmup, 60, i -> paths.apply(1_000_000 + i));
                for (int c : clients) {
                    LoadClients.Result r = load.run(c, requests, maxSeconds, paths);
                    out("  %-7s %7d %9d %8.0f %8.1f %8.1f %8.1f %8.1f %7d %9.1f", mix, c, r.requests(), r.perSecond(), r.p50(), r.p95(),
                            r.p99(), r.max(), r.errors(), r.cpuMsPerRequest());
                }
            }
        }
    }

    /** Search mix: words, phrases, and filters by actor, type and date, drawn with a fixed seed. */
    private String searchPath(int i) {
        Random r = new Random(i);
        String q = switch (r.nextInt(4)) {
            case 0 -> TOPICS[r.nextInt(TOPICS.length)];
            case 1 -> "\"" + TOPICS[r.nextInt(TOPICS.length)] + "\"";
            case 2 -> NAMES[r.nextInt(NAMES.length)] + " " + TOPICS[r.nextInt(TOPICS.length)];
            default -> "";
        };
        StringBuilder p = new StringBuilder("/api/search?q=").append(enc(q));
        if (r.nextInt(3) == 0) p.append("&actor=").append(COUNTRIES[r.nextInt(COUNTRIES.length)]);
        if (r.nextInt(3) == 0) p.append("&type=").append(TYPES[r.nextInt(TYPES.length)]);
        if (r.nextInt(4) == 0) p.append("&since=").append(LocalDate.of(2016 + r.nextInt(9), 1 + r.nextInt(12), 1));
        return p.toString();
    }

    /** API mix: one of articles, events, entities, quotes, dyads, evenly. */
    private String apiPath(int i, List<String> entityIds) {
        Random r = new Random(i);
        return switch (r.nextInt(5)) {
            case 0 -> "/api/articles/bench/" + String.format("%07d", r.nextInt(articles));
            case 1 -> "/api/events?actor=" + COUNTRIES[r.nextInt(COUNTRIES.length)] + "&type=" + TYPES[r.nextInt(TYPES.length)]
                    + (r.nextBoolean() ? "&since=" + LocalDate.of(2016 + r.nextInt(8), 1, 1) : "");
            case 2 -> "/api/entities/" + entityIds.get(r.nextInt(entityIds.size()));
            case 3 -> "/api/quotes?speaker=" + enc(List.of("Minister Anna Berg", "Minister Li Wen", "Minister Pierre Lamy").get(r.nextInt(3)))
                    + "&offset=" + r.nextInt(100);
            default -> "/api/dyads?a=" + COUNTRIES[r.nextInt(COUNTRIES.length)] + "&b=" + COUNTRIES[r.nextInt(COUNTRIES.length)];
        };
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static double load() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }

    private static String rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return line.substring(6).strip();
            }
        } catch (IOException e) {
            // not Linux: no figure
        }
        return "n/a";
    }

    private static String size(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            long bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format("%.0f MB", bytes / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(format, args));
        System.out.flush();
    }
}
