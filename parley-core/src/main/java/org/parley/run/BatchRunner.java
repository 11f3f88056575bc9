package org.parley.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ArticleAnalysis;
import org.parley.Parley;
import org.parley.entities.ArticleEntities;
import org.parley.link.DuplicateDetector;
import org.parley.link.EntityLinker;
import org.parley.link.EventMerger;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultWriter;

/**
 * Runs a whole batch: read -> (per article, in parallel) clean, annotate, extract -> (in input
 * order) mark duplicates, link entities across articles -> write. Articles stream through a
 * bounded window, so memory does not grow with the corpus; one article that fails is reported in
 * skipped.jsonl and the batch goes on.
 */
public final class BatchRunner {
    public record Options(List<Path> inputs, Path out, int threads, boolean progress) {}

    private final Parley parley;
    private final ArticleReader reader;

    public BatchRunner(Parley parley, ArticleReader reader) {
        this.parley = parley;
        this.reader = reader;
    }

    /** A finished article, or a failure explained; exactly one is non-null. */
    private record Outcome(ArticleAnalysis analysis, Skipped failure) {}

    public BatchSummary run(Options options) {
        long start = System.nanoTime();
        Counters c = new Counters();
        DuplicateDetector duplicates = new DuplicateDetector();
        EntityLinker linker = new EntityLinker();
        List<Event> events = new ArrayList<>();
        Map<String, String> outlets = new java.util.HashMap<>();
        Map<String, String> duplicateOf = new java.util.HashMap<>(); // article id -> the article it copies
        int threads = Math.max(1, options.threads());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(options.progress(), -1);
        // In-flight window: bounded, in input order, so output order is stable whatever the thread count.
        BlockingQueue<CompletableFuture<Outcome>> window = new ArrayBlockingQueue<>(threads * 4);
        try (ResultWriter out = new ResultWriter(options.out());
             Stream<ReadOutcome> stream = reader.read(options.inputs())) {
            Consumer<CompletableFuture<Outcome>> drainOne = f -> {
                Outcome o = f.join();
                if (o.failure() != null) {
                    out.skipped(o.failure());
                    c.failed++;
                } else {
                    String dup = write(o.analysis(), out, duplicates, linker, events, c);
                    if (dup != null) duplicateOf.put(o.analysis().article().id(), dup);
                    Article a = o.analysis().article();
                    if (a.outlet() != null) outlets.put(a.id(), a.outlet());
                }
                progress.update(c.analysed, c.skipped + c.failed);
            };
            stream.forEach(item -> {
                if (!item.isOk()) {
                    out.skipped(item.skipped());
                    c.skipped++;
                    return;
                }
                Article article = item.article();
                CompletableFuture<Outcome> f = CompletableFuture.supplyAsync(() -> analyse(article), workers);
                while (!window.offer(f)) drainOne.accept(window.poll());
            });
            while (!window.isEmpty()) drainOne.accept(window.poll());
            List<Event> merged = Event.keepStatus(new EventMerger().merge(events, outlets::get, duplicateOf::get), events);
            c.events = merged.size();
            var entities = linker.entities();
            c.entities = entities.size();
            out.finish(entities, merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
            progress.finish();
        }
        return new BatchSummary(c.analysed, c.skipped, c.duplicates, c.notEnglish, c.failed, c.entities, c.timexes,
                c.events, c.quotes, Duration.ofNanos(System.nanoTime() - start));
    }

    private Outcome analyse(Article article) {
        try {
            return new Outcome(parley.analyze(article), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            String where = article.path() != null ? article.path() : article.id();
            return new Outcome(null, new Skipped(where, "analysis failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
        }
    }

    /** Writes one article's results; returns the id of the earlier article it duplicates, or null. */
    private static String write(ArticleAnalysis a, ResultWriter out, DuplicateDetector duplicates, EntityLinker linker,
                                List<Event> events, Counters c) {
        Article article = a.article();
        String dup = duplicates.check(article);
        if (dup != null) {
            article = article.withDuplicateOf(dup);
            c.duplicates++;
        }
        if (a.skippedReason() != null) c.notEnglish++;
        ArticleEntities ents = a.entities();
        Map<String, String> ids = linker.link(article, ents);
        out.article(ArticleRecord.of(article, a.skippedReason()));
        out.timexes(a.timexes());
        List<Quote> quotes = a.quotes().stream().map(q -> EntityIds.remap(q, ids, linker::name)).toList();
        out.quotes(quotes);
        a.events().forEach(e -> events.add(EntityIds.remap(e, ids)));
        c.analysed++;
        c.timexes += a.timexes().size();
        c.quotes += quotes.size();
        return dup;
    }

    private static final class Counters {
        long analysed, skipped, duplicates, notEnglish, failed, entities, timexes, events, quotes;
    }
}
