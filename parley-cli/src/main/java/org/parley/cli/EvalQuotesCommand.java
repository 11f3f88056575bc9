package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Scores quotation content, source and cue on PolNeAR BRAT standoff.")
public final class EvalQuotesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Gold data (file or folder).")
    Path gold;

    @Override public Integer call() {
        System.err.println("parley eval quotes: not implemented yet");
        return 1;
    }
}
