package org.parley.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.parley.model.Skipped;
import org.parley.model.Stage;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;
import org.parley.write.ResultWriter;

/**
 * Runs a whole batch: read -> (per article, in parallel, within {@link ArticleLimits}) clean, annotate,
 * extract -> (in input order) link across articles, write the article's own records, hand it to every
 * corpus stage -> (at the end) finish the stages into the sink. Articles stream through a bounded window,
 * so memory does not grow with the corpus; an article that fails or runs over its budget is reported in
 * skipped.jsonl with its stage and the batch goes on. A {@link StopSignal} ends the reading early; the
 * articles in flight and the corpus stages are still finished.
 *
 * <p>Corpus-level steps plug in through {@link CorpusStage}: the entity table and event merging always
 * run; callers add more with {@link #withStage}. Output goes through a {@link ResultSink} (the JSONL
 * folder by default).
 */
public final class BatchRunner {
    /**
     * @param progress show progress on stderr (a redrawn line on a terminal, a line every 10 s otherwise)
     * @param limits   time and size budget of one article
     */
    public record Options(List<Path> inputs, Path out, int threads, boolean progress, ArticleLimits limits, boolean resume) {
        public Options(List<Path> inputs, Path out, int threads, boolean progress) {
            this(inputs, out, threads, progress, ArticleLimits.DEFAULTS, false);
        }

        public Options(List<Path> inputs, Path out, int threads, boolean progress, ArticleLimits limits) {
            this(inputs, out, threads, progress, limits, false);
        }
    }

    private final Parley parley;
    private final ArticleReader reader;
    private final List<Supplier<CorpusStage>> extraStages = new ArrayList<>();
    private Function<Path, ResultSink> sinkFactory;
    private Function<org.parley.model.Article, String> duplicateOf;
    private Supplier<org.parley.link.EntityLinking> entityLinking;
    private Supplier<CorpusStage> eventStage = EventMergingStage::new;
    private StopSignal stop = new StopSignal();

    public BatchRunner(Parley parley, ArticleReader reader) {
        this.parley = parley;
        this.reader = reader;
    }

    /** Adds a corpus stage, made anew for each run; stages finish in the order they were added, after events. */
    public BatchRunner withStage(Supplier<CorpusStage> stage) {
        extraStages.add(stage);
        return this;
    }

    /**
     * Near-duplicates found elsewhere (a distributed run, issue 12): article -> id of the earlier article it
     * copies, or null, as the in-order {@link org.parley.link.DuplicateDetector} would answer.
     */
    public BatchRunner withDuplicates(Function<org.parley.model.Article, String> found) {
        this.duplicateOf = found;
        return this;
    }

    /**
     * Entity linking done elsewhere (a distributed run links by name-key blocks, issue 12), asked article by article
     * in input order as the in-order {@link org.parley.link.EntityLinker} would be; needs {@link #withDuplicates}.
     */
    public BatchRunner withEntityLinking(Supplier<org.parley.link.EntityLinking> linking) {
        this.entityLinking = linking;
        return this;
    }

    /** Replaces the built-in event merging stage (a distributed run merges events by key on its executors). */
    public BatchRunner withEventStage(Supplier<CorpusStage> stage) {
        this.eventStage = stage;
        return this;
    }

    /** Where results go (default: the JSONL folder of {@link ResultWriter}, appended to when resuming). */
    public BatchRunner withSink(Function<Path, ResultSink> factory) {
        this.sinkFactory = factory;
        return this;
    }

    /** The signal that stops this runner early (a shutdown hook requests it). */
    public BatchRunner withStop(StopSignal signal) {
        this.stop = signal;
        return this;
    }

    public BatchSummary run(Options options) {
        long start = System.nanoTime();
        Counters c = new Counters();
        int threads = Math.max(1, options.threads());
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        Progress progress = Progress.of(options.progress());
        InputSize size = options.progress() ? InputSize.of(options.inputs(), reader.options().excluded()) : InputSize.unknown();
        CorpusResults results = CorpusResults.empty();
        // In-flight window: bounded, in input order, so output order is stable whatever the thread count.
        Deque<ArticleTask> window = new ArrayDeque<>();
        boolean interrupted = false;
        ResumeState resume = options.resume() ? ResumeState.load(options.out()) : ResumeState.none();
        Function<Path, ResultSink> sinks = sinkFactory != null ? sinkFactory : dir -> new ResultWriter(dir, options.resume());
        try (ResultSink out = sinks.apply(options.out());
             Stream<ReadOutcome> stream = reader.read(options.inputs())) {
            ArticleLinker linker = linker(out);
            List<CorpusStage> stages = corpusStages(linker);
            for (var done : resume.replay()) {
                LinkedArticle linked = linker.link(done);
                acceptAll(stages, linked, out, c);
                c.resumed++;
            }
            Iterator<ReadOutcome> items = stream.iterator();
            while (items.hasNext()) {
                if (stop.isRequested()) {
                    interrupted = true;
                    break;
                }
                ReadOutcome item = items.next();
                size.reading(item.isOk() ? item.article().path() : item.skipped().path());
                if (!item.isOk()) {
                    out.skipped(item.skipped());
                    c.skipped++;
                    continue;
                }
                if (resume.isDone(item.article().id())) continue;
                if (out.unchanged(item.article())) { // a store that has it already: not analysed again
                    c.unchanged++;
                    continue;
                }
                window.add(ArticleTask.start(parley, item.article(), options.limits(), workers));
                if (window.size() >= threads * 4) finishOne(window.poll(), options.limits(), linker, stages, out, c, progress, size);
            }
            while (!window.isEmpty()) finishOne(window.poll(), options.limits(), linker, stages, out, c, progress, size);
            for (CorpusStage stage : stages) results = stage.finish(results, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workers.shutdownNow();
            progress.finish();
            stop.finished();
        }
        return c.summary(results, start, interrupted);
    }

    /** Links and writes the oldest article of the window, or reports why it failed. */
    private static void finishOne(ArticleTask task, ArticleLimits limits, ArticleLinker linker, List<CorpusStage> stages,
                                  ResultSink out, Counters c, Progress progress, InputSize size) {
        finishOne(task.await(limits), linker, stages, out, c, progress, size);
    }

    private static void finishOne(Outcome o, ArticleLinker linker, List<CorpusStage> stages,
                                  ResultSink out, Counters c, Progress progress, InputSize size) {
        if (o.failure() != null) {
            fail(o.failure(), out, c);
        } else {
            LinkedArticle linked;
            try {
                linked = linker.link(o.analysis());
            } catch (RuntimeException | StackOverflowError e) {
                fail(failedIn(o.analysis().article(), Stage.LINK, e), out, c);
                return;
            }
            write(o.analysis(), linked, out, c);
            acceptAll(stages, linked, out, c);
        }
        progress.update(c.analysed, c.skipped + c.failures.total(), size.fractionRead());
    }

    /**
     * Hands a linked article to every corpus stage. A stage that throws on it is reported for this article
     * (skipped.jsonl, with the stage and message, counted in the summary) and the batch goes on: one article
     * never stops a batch, and what is already written stays.
     */
    private static void acceptAll(List<CorpusStage> stages, LinkedArticle linked, ResultSink out, Counters c) {
        for (CorpusStage stage : stages) {
            try {
                stage.accept(linked, out);
            } catch (RuntimeException | StackOverflowError e) {
                fail(failedIn(linked.article(), stage.failureStage(), e), out, c);
            }
        }
    }

    /** The skipped line of an article that failed in a cross-article stage. */
    private static Skipped failedIn(org.parley.model.Article a, Stage stage, Throwable e) {
        return new Skipped(a.path() != null ? a.path() : a.id(), a.id(), stage, new org.parley.StageFailure(stage, e).getMessage());
    }

    /** An article over its size limit is a skipped input like an oversized file; the others failed in a stage. */
    private static void fail(Skipped s, ResultSink out, Counters c) {
        out.skipped(s);
        if (s.stage() == Stage.READ) c.skipped++;
        else c.failures.add(s.stage());
    }

    /** The article's own records, written as soon as it is linked. */
    private static void write(org.parley.ArticleAnalysis analysis, LinkedArticle a, ResultSink out, Counters c) {
        if (a.isDuplicate()) c.duplicates++;
        if (a.skippedReason() != null) c.notEnglish++;
        out.timexes(a.timexes());
        out.quotes(a.quotes());
        java.util.Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (LinkedArticle.LinkedEntity e : a.entities()) ids.put(e.entity().localId(), e.id());
        out.journal(new org.parley.write.JournalRecord(a.article().id(), analysis.entities().entities(), ids, analysis.events()));
        // Last: an article line means all of the article's records are on disk (what --resume relies on).
        out.article(ArticleRecord.of(a.article(), a.skippedReason(), analysis.missing()));
        c.analysed++;
        // an article written with a part missing counts once per stage that lacks a part
        analysis.missing().stream().map(org.parley.model.MissingPart::stage).distinct().forEach(c.incomplete::add);
        c.timexes += a.timexes().size();
        c.quotes += a.quotes().size();
    }

    /**
     * One input after the per-article stages, analysed elsewhere (a Spark executor, issue 12): an analysis,
     * or a skipped input or failed article with its reason. Exactly one is non-null.
     */
    public record Analysed(ArticleAnalysis analysis, Skipped skipped) {
        public Analysed {
            if ((analysis == null) == (skipped == null)) throw new IllegalArgumentException("exactly one of analysis and skipped");
        }
    }

    /**
     * The per-article work of {@link #run} for one article, on {@code worker} within {@code limits}: what a
     * distributed run does on its executors. Failures and articles over their budget become a skipped.
     */
    public static Analysed analyse(Parley parley, org.parley.model.Article article, ArticleLimits limits,
                                   java.util.concurrent.Executor worker) {
        Outcome o = ArticleTask.start(parley, article, limits, worker).await(limits);
        return new Analysed(o.analysis(), o.failure());
    }

    /**
     * The in-order half of {@link #run} over inputs already read and analysed (in input order, as {@link
     * #analyse} left them; read skips have stage READ): link, write, corpus stages, then finish them into the
     * sink. The same results as {@link #run} on the inputs the items came from.
     */
    public BatchSummary runAnalysed(Iterator<Analysed> items, Path out) {
        long start = System.nanoTime();
        Counters c = new Counters();
        Progress progress = Progress.of(false);
        CorpusResults results = CorpusResults.empty();
        Function<Path, ResultSink> sinks = sinkFactory != null ? sinkFactory : dir -> new ResultWriter(dir, false);
        try (ResultSink sink = sinks.apply(out)) {
            ArticleLinker linker = linker(sink);
            List<CorpusStage> stages = corpusStages(linker);
            while (items.hasNext()) {
                Analysed item = items.next();
                // a read skip is counted and written as run() does (fail() tells it by its stage)
                finishOne(new Outcome(item.analysis(), item.skipped()), linker, stages, sink, c, progress, InputSize.unknown());
            }
            for (CorpusStage stage : stages) results = stage.finish(results, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c.summary(results, start, false); // nothing is resumed here: c.resumed stays 0
    }

    /**
     * The batch's linker; the sink says where the near-duplicate signatures are kept and whether memory must stay
     * flat. A distributed run gives the duplicates and, when it linked by name-key blocks, the entity ids.
     */
    private ArticleLinker linker(ResultSink sink) {
        boolean bounded = sink.streamsCorpusTables();
        if (duplicateOf == null) return new ArticleLinker(sink.duplicateMemory(), bounded);
        return entityLinking == null ? new ArticleLinker(duplicateOf, bounded) : new ArticleLinker(duplicateOf, entityLinking.get());
    }

    /** The corpus-level stages of one batch, in order: the entity table, event merging, then those plugged in. */
    private List<CorpusStage> corpusStages(ArticleLinker linker) {
        List<CorpusStage> stages = new ArrayList<>();
        stages.add(new EntityTableStage(linker));
        stages.add(eventStage.get());
        extraStages.forEach(s -> stages.add(s.get()));
        return stages;
    }

    private static final class Counters {
        final FailureCounts failures = new FailureCounts();
        final FailureCounts incomplete = new FailureCounts();
        long analysed, skipped, duplicates, notEnglish, timexes, quotes, resumed, unchanged;

        BatchSummary summary(CorpusResults results, long startNanos, boolean interrupted) {
            return new BatchSummary(analysed, skipped, duplicates, notEnglish, failures.total(),
                    results.entities().size(), timexes, results.eventCount(), quotes,
                    java.time.Duration.ofNanos(System.nanoTime() - startNanos), failures.snapshot(), interrupted, resumed,
                    incomplete.total(), incomplete.snapshot(), unchanged);
        }
    }
}
