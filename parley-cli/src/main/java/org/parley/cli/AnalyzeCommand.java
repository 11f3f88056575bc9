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

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up an article that takes longer than this, with a reason in skipped.jsonl"
                    + " (default: ${DEFAULT-VALUE} s).")
    double articleTimeoutSeconds;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "200000",
            description = "Skip an article whose text is longer than this, with a reason in skipped.jsonl; never"
                    + " truncated (default: ${DEFAULT-VALUE}, six times the longest news article we measured).")
    int maxArticleChars;

    @Override public Integer call() {
        if (!(maxFileMb > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size must be positive");
        if (!(articleTimeoutSeconds > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--article-timeout must be positive");
        if (maxArticleChars < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-article-chars must be positive");
        ReaderOptions reading = ReaderOptions.defaults().withMaxFileBytes((long) Math.max(1, maxFileMb * 1024 * 1024));
        ArticleLimits limits = new ArticleLimits(Duration.ofMillis((long) (articleTimeoutSeconds * 1000)), maxArticleChars);
        return run(spec, inputs, out, knowledge, threads, reading, limits, null);
    }

    /** Shared by analyze and demo. Exit 0 when anything was analysed, 1 when nothing could be, 2 on wrong usage. */
    static int run(CommandLine.Model.CommandSpec spec, List<Path> inputs, Path out, KnowledgeOptions knowledge,
                   int threads, ReaderOptions reading, ArticleLimits limits, java.util.function.Consumer<BatchSummary> after) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " exists and is not a folder");
        }
        for (Path p : knowledge.actors) requireFile(spec, p, "--actors");
        for (Path p : knowledge.patterns) requireFile(spec, p, "--patterns");
        for (Path p : knowledge.quoteCues) requireFile(spec, p, "--quote-cues");
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        System.err.println("parley: loading models...");
        var parley = Engine.parley(knowledge);
        BatchSummary summary = new BatchRunner(parley, new ArticleReader(reading))
                .run(new BatchRunner.Options(inputs, out, threads, true, limits));
        if (after != null) after.accept(summary);
        System.err.println("parley: " + summary.oneLine() + " -> " + out);
        return summary.analysed() > 0 ? 0 : 1;
    }

    private static void requireFile(CommandLine.Model.CommandSpec spec, Path p, String option) {
        if (!Files.isReadable(p) || Files.isDirectory(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + p + " is not a readable file");
        }
    }
}
