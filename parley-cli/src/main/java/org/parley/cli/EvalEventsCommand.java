package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true, description = "Scores event types and actor codes on PLOVER gold-standard JSON.")
public final class EvalEventsCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Gold data (file or folder).")
    Path gold;

    @Override public Integer call() {
        System.err.println("parley eval events: not implemented yet");
        return 1;
    }
}
