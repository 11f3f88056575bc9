package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.read.ArticleReader;
import org.parley.read.ReaderOptions;
import java.time.Duration;
import org.parley.run.ArticleLimits;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import org.parley.run.OutputFolder;
import org.parley.dyads.DyadStage;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse files or folders of news (txt, html, json/jsonl, warc) and write JSONL results.")
public final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, any mix of formats.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder of JSONL files (created if missing).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store folder (created if missing): add the results to DIR/parley.duckdb and its search index;"
                    + " unchanged articles already stored are left as they are. With --out too, both are written.")
    Path store;

    @CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "50",
            description = "Skip a .txt or .html file, a JSON line or a WARC record larger than this, with a reason in"
                    + " skipped.jsonl (default: ${DEFAULT-VALUE} MB).")
    double maxFileMb;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up an article that takes longer than this, with a reason in skipped.jsonl"
                    + " (default: ${DEFAULT-VALUE} s).")
    double articleTimeoutSeconds;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "200000",
            description = "Skip an article whose text is longer than this, with a reason in skipped.jsonl; never"
                    + " truncated (default: ${DEFAULT-VALUE}, six times the longest news article we measured).")
    int maxArticleChars;

    @Option(names = "--overwrite", description = "Replace an earlier run's results in --out (Parley's own output files only; other files stay).")
    boolean overwrite;

    @Option(names = "--resume", description = "Continue an earlier run in --out that was interrupted: articles already"
            + " written are not analysed again.")
    boolean resume;

    @Override public Integer call() {
        if (!(maxFileMb > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size must be positive");
        if (!(articleTimeoutSeconds > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--article-timeout must be positive");
        if (maxArticleChars < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-article-chars must be positive");
        if (overwrite && resume) throw new CommandLine.ParameterException(spec.commandLine(), "--overwrite and --resume exclude each other");
        ReaderOptions reading = ReaderOptions.defaults().withMaxFileBytes((long) Math.max(1, maxFileMb * 1024 * 1024));
        if (out == null && store == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --out DIR, --store DIR or both");
        }
        ArticleLimits limits = new ArticleLimits(Duration.ofMillis((long) (articleTimeoutSeconds * 1000)), maxArticleChars);
        OutputFolder.Mode mode = overwrite ? OutputFolder.Mode.OVERWRITE : resume ? OutputFolder.Mode.RESUME : OutputFolder.Mode.FRESH;
        return run(spec, inputs, out, store, knowledge, threads, reading, limits, mode, null);
    }

    /**
     * Shared by analyze and demo. Everything the user can get wrong is checked before the models load.
     * Exit 0 when articles were analysed and none failed, 1 when nothing could be, 2 on wrong usage, 3 when
     * some articles failed in a stage (they are in skipped.jsonl).
     */
    static int run(CommandLine.Model.CommandSpec spec, List<Path> inputs, Path out, KnowledgeOptions knowledge,
                   int threads, ReaderOptions reading, ArticleLimits limits, OutputFolder.Mode mode,
                   java.util.function.Consumer<BatchSummary> after) {
        return run(spec, inputs, out, null, knowledge, threads, reading, limits, mode, after);
    }

    /** As above; {@code store} (may be null) adds the store as a sink, {@code out} (may be null when a store is given) the JSONL folder. */
    static int run(CommandLine.Model.CommandSpec spec, List<Path> inputs, Path out, Path store, KnowledgeOptions knowledge,
                   int threads, ReaderOptions reading, ArticleLimits limits, OutputFolder.Mode mode,
                   java.util.function.Consumer<BatchSummary> after) {
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
        }
        if (store != null && Files.exists(store) && !Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--store " + store + " exists and is not a folder");
        }
        for (Path p : knowledge.actors) requireFile(spec, p, "--actors");
        for (Path p : knowledge.patterns) requireFile(spec, p, "--patterns");
        for (Path p : knowledge.quoteCues) requireFile(spec, p, "--quote-cues");
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        if (out != null) OutputFolder.prepare(out, inputs, mode);
        System.err.println("parley: loading models...");
        var parley = Engine.parley(knowledge);
        BatchSummary summary;
        String where = (out == null ? "" : out + " ") + (store == null ? "" : "store " + store);
        try (ShutdownHook hook = new ShutdownHook(limits.abandonAfter().toSeconds() + 60)) {
            ReaderOptions excluding = reading;
            if (out != null) excluding = excluding.withExcluded(out);
            if (store != null) excluding = excluding.withExcluded(store);
            BatchRunner runner = withCorpusStages(new BatchRunner(parley, new ArticleReader(excluding)).withStop(hook.signal()));
            if (store != null) runner.withSink(dir -> StoreSinks.forRun(out, store));
            summary = runner.run(new BatchRunner.Options(inputs, out != null ? out : store, threads, true, limits,
                    mode == OutputFolder.Mode.RESUME));
            if (after != null) after.accept(summary);
            System.err.println("parley: " + summary.oneLine() + " -> " + where);
            if (summary.interrupted()) {
                System.err.println("parley: to analyse the rest, run the same command with --resume");
            }
            if (summary.skipped() + summary.failed() > 0 && out != null) {
                System.err.println("parley: reasons for the skipped and failed inputs: " + out.resolve("skipped.jsonl"));
            }
            if (summary.incomplete() > 0 && out != null) {
                System.err.println("parley: the parts missing from incomplete articles are listed under \"missing\" in "
                        + out.resolve("articles.jsonl"));
            }
        }
        if (summary.analysed() == 0 && summary.unchanged() == 0) return Main.NOTHING_ANALYSED; // all unchanged is a success
        return summary.anyFailure() ? Main.SOME_FAILED : Main.OK;
    }

    /** Stories (stories.jsonl, article_dates.jsonl) and dyads (dyads.jsonl, which uses the stories' dates). */
    static BatchRunner withCorpusStages(BatchRunner runner) {
        StoryStage[] stories = new StoryStage[1];
        return runner.withStage(() -> stories[0] = new StoryStage(Embedders.minilm(), StoryOptions.defaults()))
                .withStage(() -> new DyadStage(() -> stories[0].articleDates()));
    }

    private static void requireFile(CommandLine.Model.CommandSpec spec, Path p, String option) {
        if (!Files.isReadable(p) || Files.isDirectory(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + p + " is not a readable file");
        }
    }
}
