package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.Parley;
import org.parley.annotate.Deadline;
import org.parley.cli.bench.HeapSampler;
import org.parley.model.Article;
import org.parley.read.ArticleReader;
import org.parley.run.ArticleLimits;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench-size}: the cost of one article as it grows. Builds articles of the given sizes by
 * concatenating the .txt files of a corpus, analyses each without limits (time per stage, peak heap), then
 * runs each through {@code analyze}'s batch runner with the default limits, to show how long a batch takes to
 * give it up. Time per character should stay flat: a stage whose time per character grows is superlinear.
 */
@Command(name = "bench-size", mixinStandardHelpOptions = true,
        description = "Measures time per stage and peak heap of single articles of growing size (e.g. 100k, 1m, 5m characters).")
public final class BenchSizeCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "Folder of .txt articles to concatenate (default: samples/).")
    Path corpus;

    @Option(names = "--sizes", split = ",", defaultValue = "100k,1m,5m",
            description = "Article sizes in characters, k = 1,000, m = 1,000,000 (default: ${DEFAULT-VALUE}).")
    List<String> sizes;

    @Option(names = "--unlimited-up-to", paramLabel = "CHARS", defaultValue = "5m",
            description = "Analyse without limits only articles up to this size (default: ${DEFAULT-VALUE}).")
    String unlimitedUpTo;

    @Override public Integer call() throws Exception {
        Path dir = corpus != null ? corpus : Engine.home().resolve("samples");
        String pool = concatenated(dir);
        if (pool.isEmpty()) {
            System.err.println("parley bench-size: no .txt articles in " + dir);
            return 1;
        }
        long maxUnlimited = chars(unlimitedUpTo);
        out("parley bench-size: articles built from %s, max heap %.1f GB, load average %.2f", dir,
                Runtime.getRuntime().maxMemory() / 1e9, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Parley parley = Engine.parley(new KnowledgeOptions());
        parley.analyze(article("warm-up", pool.substring(0, Math.min(pool.length(), 20_000))));
        for (String s : sizes) {
            long n = chars(s);
            Article a = article(s, repeat(pool, (int) n));
            if (n <= maxUnlimited) unlimited(parley, a);
            limited(parley, a);
        }
        return 0;
    }

    private void unlimited(Parley parley, Article a) {
        Map<String, Long> before = parley.stageTimes().snapshot();
        System.gc();
        long t0 = System.nanoTime();
        String outcome;
        HeapSampler.Peak peak;
        try (HeapSampler heap = new HeapSampler()) {
            try {
                parley.analyze(a, Deadline.none());
                outcome = "done";
            } catch (RuntimeException | OutOfMemoryError e) {
                outcome = "failed: " + e;
            }
            peak = heap.peak();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out("%n%s characters without limits: %s in %.1f s (%.2f ms per 1,000 characters), peak heap %.2f GB", String.format(Locale.ROOT, "%,d", a.text().length()),
                outcome, secs, secs * 1e6 / a.text().length(), peak.sampledUsed() / 1e9);
        Map<String, Long> after = parley.stageTimes().snapshot();
        StringBuilder stages = new StringBuilder("  per stage:");
        for (var e : after.entrySet()) {
            long ns = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (ns > 0) stages.append(String.format(Locale.ROOT, " %s %.1f s (%.2f ms/1,000 chars);", e.getKey(), ns / 1e9,
                    ns / 1e3 / a.text().length()));
        }
        out("%s", stages);
    }

    /** The article as one line of a JSONL batch with the default limits, beside a normal article. */
    private void limited(Parley parley, Article a) throws IOException {
        Path tmp = Files.createTempDirectory("parley-bench-size");
        try {
            Path in = Files.createDirectories(tmp.resolve("in"));
            var json = org.parley.write.Json.mapper();
            Files.writeString(in.resolve("batch.jsonl"), json.writeValueAsString(Map.of("id", "long", "text", a.text())) + "\n"
                    + json.writeValueAsString(Map.of("id", "normal", "text", a.text().substring(0, Math.min(3_000, a.text().length())))) + "\n");
            long t0 = System.nanoTime();
            BatchSummary s = new BatchRunner(parley, new ArticleReader()).run(new BatchRunner.Options(List.of(in), tmp.resolve("out"), 2,
                    false, ArticleLimits.DEFAULTS));
            String reason = Files.readAllLines(tmp.resolve("out/skipped.jsonl")).stream().findFirst().orElse("(nothing skipped)");
            out("  in a batch with the default limits (%s s, %,d characters): %.1f s, %d analysed; %s",
                    ArticleLimits.DEFAULTS.timeout().toSeconds(), ArticleLimits.DEFAULTS.maxChars(),
                    (System.nanoTime() - t0) / 1e9, s.analysed(), reason);
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static long chars(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        long mult = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
        if (mult > 1) t = t.substring(0, t.length() - 1);
        return (long) (Double.parseDouble(t) * mult);
    }

    private static String concatenated(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        StringBuilder b = new StringBuilder();
        for (Path f : files) b.append(Files.readString(f).strip()).append("\n\n");
        return b.toString();
    }

    private static String repeat(String pool, int n) {
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) b.append(pool, 0, Math.min(pool.length(), n - b.length()));
        return b.toString();
    }

    private static Article article(String id, String text) {
        return new Article(id, id, null, null, null, java.time.LocalDate.of(2020, 1, 15), "metadata", "en", null, text, List.of(), null);
    }

    private static void out(String fmt, Object... args) {
        System.out.println(String.format(Locale.ROOT, fmt, args));
        System.out.flush();
    }

}
