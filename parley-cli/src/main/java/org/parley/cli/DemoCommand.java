package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the sample corpus in samples/ into demo-output/ and print a summary.")
public final class DemoCommand implements Callable<Integer> {
    @Override public Integer call() {
        System.err.println("parley demo: not implemented yet");
        return 1;
    }
}
