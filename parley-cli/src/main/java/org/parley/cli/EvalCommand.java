package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley eval time|events|events-judged|quotes|actors|names|stories}: quality figures against gold data given by path. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction quality against gold-standard data.",
        subcommands = {EvalTimeCommand.class, EvalEventsCommand.class, EvalEventsJudgedCommand.class, EvalQuotesCommand.class, EvalActorsCommand.class,
                EvalNamesCommand.class,
                EvalStoriesCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }
}
