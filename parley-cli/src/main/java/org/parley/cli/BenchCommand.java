package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput, time per stage and peak heap against a plain CoreNLP baseline.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "Folder or archive of articles.")
    Path corpus;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override public Integer call() {
        System.err.println("parley bench: not implemented yet");
        return 1;
    }
}
