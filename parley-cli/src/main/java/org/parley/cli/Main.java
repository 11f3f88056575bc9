package org.parley.cli;

import java.io.PrintWriter;
import org.parley.run.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Turns news articles into structured, traceable knowledge of world affairs.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class, BenchSizeCommand.class,
                LexiconCommand.class, ExportCommand.class, IndexCommand.class, SearchCommand.class, ServeCommand.class,
                TimelineCommand.class, DyadCommand.class, BenchStoriesCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Exit codes: see README. */
    static final int OK = 0, NOTHING_ANALYSED = 1, USAGE = 2, SOME_FAILED = 3;

    static boolean debug;

    /** Set by picocli when --debug is given: the core's failure reports read the same switch. */
    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces: of an error, and of each article that failed (by default one line each).")
    void debug(boolean on) {
        debug = on;
        if (on) System.setProperty("parley.debug", "true");
    }

    @Override public void run() { spec.commandLine().usage(System.out); }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code: 0 ok, 1 nothing could be analysed, 2 wrong usage, 3 some articles failed. */
    public static int run(String... args) {
        debug = false;
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> runtimeError(e, cmd));
        return cli.execute(args);
    }

    /** Wrong usage: the error in one line and where to read more, not the whole usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for the options.");
        err.flush();
        return USAGE;
    }

    /** An error while running: one line (the stack trace with --debug). */
    private static int runtimeError(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof OutputFolder.Refused r) {
            err.println(name + ": " + r.getMessage());
            err.println("Hint: " + r.hint());
            err.flush();
            return USAGE;
        }
        if (debug) e.printStackTrace(err);
        else {
            Throwable t = e;
            while (t.getCause() != null && t.getMessage() != null && t.getMessage().equals(t.getCause().toString())) t = t.getCause();
            String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("");
            err.println(name + ": error: " + msg + " (run with --debug for details)");
        }
        err.flush();
        return NOTHING_ANALYSED;
    }
}
