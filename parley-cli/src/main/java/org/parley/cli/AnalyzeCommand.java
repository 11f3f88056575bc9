package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.read.ArticleReader;
import org.parley.read.ReaderOptions;
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

    @Override public Integer call() {
        if (!(maxFileMb > 0)) throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-size must be positive");
        ReaderOptions reading = ReaderOptions.defaults().withMaxFileBytes((long) Math.max(1, maxFileMb * 1024 * 1024));
        if (out == null && store == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --out DIR, --store DIR or both");
        }
        return run(spec, inputs, out, store, knowledge, threads, reading, null);
    }

    /** Shared by analyze and demo. Exit 0 when anything was analysed, 1 when nothing could be, 2 on wrong usage. */
    static int run(CommandLine.Model.CommandSpec spec, List<Path> inputs, Path out, KnowledgeOptions knowledge,
                   int threads, ReaderOptions reading, java.util.function.Consumer<BatchSummary> after) {
        return run(spec, inputs, out, null, knowledge, threads, reading, after);
    }

    /** As above; {@code store} (may be null) adds the store as a sink, {@code out} (may be null when a store is given) the JSONL folder. */
    static int run(CommandLine.Model.CommandSpec spec, List<Path> inputs, Path out, Path store, KnowledgeOptions knowledge,
                   int threads, ReaderOptions reading, java.util.function.Consumer<BatchSummary> after) {
        if (store != null && Files.exists(store) && !Files.isDirectory(store)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--store " + store + " exists and is not a folder");
        }
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " exists and is not a folder");
        }
        for (Path p : knowledge.actors) requireFile(spec, p, "--actors");
        for (Path p : knowledge.patterns) requireFile(spec, p, "--patterns");
        for (Path p : knowledge.quoteCues) requireFile(spec, p, "--quote-cues");
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        System.err.println("parley: loading models...");
        var parley = Engine.parley(knowledge);
        BatchRunner runner = new BatchRunner(parley, new ArticleReader(reading));
        if (store != null) runner.withSink(dir -> StoreSinks.forRun(out, store));
        BatchSummary summary = runner.run(new BatchRunner.Options(inputs, out != null ? out : store, threads, System.console() != null));
        if (after != null) after.accept(summary);
        System.err.println("parley: " + summary.oneLine() + " -> " + (out == null ? "" : out + " ") + (store == null ? "" : "store " + store));
        return summary.analysed() > 0 ? 0 : 1;
    }

    private static void requireFile(CommandLine.Model.CommandSpec spec, Path p, String option) {
        if (!Files.isReadable(p) || Files.isDirectory(p)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " " + p + " is not a readable file");
        }
    }
}
