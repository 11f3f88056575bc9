package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse the sample corpus in samples/ into demo-output/ and print a readable summary.")
public final class DemoCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        Path home = Engine.home();
        Path samples = home.resolve("samples");
        Path out = home.resolve("demo-output");
        if (!Files.isDirectory(samples)) {
            System.err.println("parley demo: no samples/ folder under " + home + " (run it from the repository root)");
            return 1;
        }
        int code = AnalyzeCommand.run(spec, List.of(samples), out, new KnowledgeOptions(), 2,
                org.parley.read.ReaderOptions.defaults(), org.parley.run.ArticleLimits.DEFAULTS,
                org.parley.run.OutputFolder.Mode.OVERWRITE, null);
        new DemoReport(out, System.out).print();
        System.out.println();
        System.out.println("== Timeline of Putin (parley timeline --from demo-output --actor Putin)");
        ResultFolder folder = new ResultFolder(out);
        TimelineCommand.print(TimelineCommand.timeline(folder, "Putin", null), System.out, "Putin", null);
        System.out.println();
        System.out.println("== Russia <-> France (parley dyad RUS FRA --both --from demo-output --chart demo-output/rus-fra.svg)");
        List<DyadCommand.Month> months = DyadCommand.months(folder, "RUS", "FRA", true);
        DyadCommand.print(months, "RUS <-> FRA", System.out);
        if (!months.isEmpty()) {
            Path png = DyadCommand.chart(months, "RUS <-> FRA", out.resolve("rus-fra.svg"));
            System.out.println("Chart: " + out.resolve("rus-fra.svg") + " and " + png);
        }
        return code;
    }
}
