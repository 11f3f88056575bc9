package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.store.ExportFormat;
import org.parley.store.Exporter;
import org.parley.store.Store;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a store out: jsonl, parquet or csv (one file per table in the --out folder), or gdelt"
                + " (one tab-separated file of GDELT 2.0 event columns).")
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store folder (made by analyze --store).")
    Path store;

    @Option(names = "--format", required = true, description = "jsonl, parquet, csv or gdelt.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "Folder (jsonl, parquet, csv) or file (gdelt).")
    Path out;

    @Option(names = "--since", paramLabel = "DATE", description = "Only articles published (events dated) on or after DATE (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only articles published (events dated) on or before DATE.")
    LocalDate until;

    @Override public Integer call() {
        ExportFormat f;
        try {
            f = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        try (Store s = Store.openReadOnly(store)) {
            Map<String, Long> rows = new Exporter(s).export(f, out, since, until);
            rows.forEach((file, n) -> System.err.printf("parley export: %,d rows -> %s%n", n,
                    f == ExportFormat.GDELT ? out : out.resolve(file)));
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("parley export: " + e.getMessage());
            return 1;
        }
    }
}
