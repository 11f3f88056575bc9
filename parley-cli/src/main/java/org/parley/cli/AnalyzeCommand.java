package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse files or folders of news (txt, html, json/jsonl, warc) and write JSONL results.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, any mix of formats.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor file(s), added to the built-in knowledge base.")
    List<Path> actors = List.of();

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event pattern file(s).")
    List<Path> patterns = List.of();

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override public Integer call() {
        System.err.println("parley analyze: not implemented yet");
        return 1;
    }
}
