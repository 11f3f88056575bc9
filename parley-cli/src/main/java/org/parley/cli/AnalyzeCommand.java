package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.read.ArticleReader;
import org.parley.read.ReaderOptions;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
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

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "50",
            description = "Skip a .txt or .html file, a JSON line or a WARC record larger than this, with a reason in"
                    + " skipped.jsonl (default: ${DEFAULT-VALUE} MB).")
    double maxFileMb;

    @Override public Integer call() {
        if (!(maxFileMb > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size must be positive");
        ReaderOptions reading = ReaderOptions.defaults().withMaxFileBytes((long) Math.max(1, maxFileMb * 1024 * 1024));
        return run(spec, inputs, out, knowledge, threads, reading, null);
    }

    /** Shared by analyze and demo. Exit 0 when anything was analysed, 1 when nothing could be, 2 on wrong usage. */
    static int run(CommandLine.Model.CommandSpec spec, List<Path> inputs, Path out, KnowledgeOptions knowledge,
                   int threads, ReaderOptions reading, java.util.function.Consumer<BatchSummary> after) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " exists and is not a folder");
        }
        for (Path p : knowledge.actors) requireFile(spec, p, "--actors");
        for (Path p : knowledge.patterns) requireFile(spec, p, "--patterns");
        for (Path p : knowledge.quoteCues) requireFile(spec, p, "--quote-cues");
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        System.err.println("parley: loading models...");
        var parley = Engine.parley(knowledge);
        BatchSummary summary = withCorpusStages(new BatchRunner(parley, new ArticleReader(reading)))
                .run(new BatchRunner.Options(inputs, out, threads, System.console() != null));
        if (after != null) after.accept(summary);
        System.err.println("parley: " + summary.oneLine() + " -> " + out);
        return summary.analysed() > 0 ? 0 : 1;
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
