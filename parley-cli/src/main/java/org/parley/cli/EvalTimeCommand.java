package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "time", mixinStandardHelpOptions = true, description = "Scores temporal expression extent and value F1 on TimeML files.")
public final class EvalTimeCommand implements Callable<Integer> {
    @Option(names = "--timeml", required = true, description = "Gold data (file or folder).")
    Path gold;

    @Override public Integer call() {
        System.err.println("parley eval time: not implemented yet");
        return 1;
    }
}
