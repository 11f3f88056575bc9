package org.parley.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parley.ArticleAnalysis;
import org.parley.Parley;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.link.ArticleLinker;
import org.parley.link.EntityTableStage;
import org.parley.link.EventMergingStage;
import org.parley.model.Article;
import org.parley.model.Skipped;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;
import org.parley.write.ResultWriter;

/**
 * Runs a whole batch: read -> (per article, in parallel) clean, annotate, extract -> (in input
 * order) link across articles, write the article's own records, hand it to every corpus stage ->
 * (at the end) finish the stages into the sink. Articles stream through a bounded window, so memory
 * does not grow with the corpus; one article that fails is reported in skipped.jsonl and the batch goes on.
 *
 * <p>Corpus-level steps plug in through {@link CorpusStage}: the entity table and event merging always
 * run; callers add more with {@link #withStage}. Output goes through a {@link ResultSink} (the JSONL
 * folder by default).
 */
public final class BatchRunner {
    public record Options(List<Path> inputs, Path out, int threads, boolean progress) {}

    private final Parley parley;
    private final ArticleReader reader;
    private final List<Supplier<CorpusStage>> extraStages = new ArrayList<>();
    private Function<Path, ResultSink> sinkFactory = ResultWriter::new;

    public BatchRunner(Parley parley, ArticleReader reader) {
        this.parley = parley;
        this.reader = reader;
    }

    /** Adds a corpus stage, made anew for each run; stages finish in the order they were added, after events. */
    public BatchRunner withStage(Supplier<CorpusStage> stage) {
        extraStages.add(stage);
        return this;
    }

    /** Where results go (default: the JSONL folder of {@link ResultWriter}). */
    public BatchRunner withSink(Function<Path, ResultSink> factory) {
        this.sinkFactory = factory;
        return this;
    }

    /** A finished article, or a failure explained; exactly one is non-null. */
    private record Outcome(ArticleAnalysis analysis, Skipped failure) {}

    public BatchSummary run(Options options) {
        long start = System.nanoTime();
        Counters c = new Counters();
        ArticleLinker linker = new ArticleLinker();
        List<CorpusStage> stages = new ArrayList<>();
        stages.add(new EntityTableStage(linker));
        stages.add(new EventMergingStage());
        extraStages.forEach(s -> stages.add(s.get()));
        int threads = Math.max(1, options.threads());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        Progress progress = new Progress(options.progress(), -1);
        CorpusResults results = CorpusResults.empty();
        // In-flight window: bounded, in input order, so output order is stable whatever the thread count.
        BlockingQueue<CompletableFuture<Outcome>> window = new ArrayBlockingQueue<>(threads * 4);
        try (ResultSink out = sinkFactory.apply(options.out());
             Stream<ReadOutcome> stream = reader.read(options.inputs())) {
            Consumer<CompletableFuture<Outcome>> drainOne = f -> {
                Outcome o = f.join();
                if (o.failure() != null) {
                    out.skipped(o.failure());
                    c.failed++;
                } else {
                    LinkedArticle linked = linker.link(o.analysis());
                    write(linked, out, c);
                    for (CorpusStage stage : stages) stage.accept(linked);
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
            for (CorpusStage stage : stages) results = stage.finish(results, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
            progress.finish();
        }
        return new BatchSummary(c.analysed, c.skipped, c.duplicates, c.notEnglish, c.failed, results.entities().size(),
                c.timexes, results.events().size(), c.quotes, Duration.ofNanos(System.nanoTime() - start));
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

    /** The article's own records, written as soon as it is linked. */
    private static void write(LinkedArticle a, ResultSink out, Counters c) {
        if (a.isDuplicate()) c.duplicates++;
        if (a.skippedReason() != null) c.notEnglish++;
        out.article(ArticleRecord.of(a.article(), a.skippedReason()));
        out.timexes(a.timexes());
        out.quotes(a.quotes());
        c.analysed++;
        c.timexes += a.timexes().size();
        c.quotes += a.quotes().size();
    }

    private static final class Counters {
        long analysed, skipped, duplicates, notEnglish, failed, timexes, quotes;
    }
}
