package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Turns news articles into structured, traceable knowledge of world affairs.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class, TimelineCommand.class, BenchStoriesCommand.class,
                DyadCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code: 0 ok, 1 nothing could be analysed, 2 wrong usage. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
