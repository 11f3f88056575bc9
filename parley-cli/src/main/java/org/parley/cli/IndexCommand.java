package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.SearchIndex;
import org.parley.store.Store;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuild the search index of a store from the store (analyze --store keeps it in step by itself).")
public final class IndexCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store folder.")
    Path store;

    @Option(names = "--rebuild", description = "Drop the index and index every stored article.")
    boolean rebuild;

    @Override public Integer call() {
        if (!rebuild) throw new CommandLine.ParameterException(spec.commandLine(), "say --rebuild to rebuild the index");
        long t = System.nanoTime();
        try (Store s = Store.openReadOnly(store); SearchIndex index = SearchIndex.openForWriting(store)) {
            long n = index.rebuild(s);
            System.err.printf("parley index: %,d articles indexed in %.1f s -> %s%n", n, (System.nanoTime() - t) / 1e9,
                    Store.indexDir(store));
            return 0;
        } catch (StoreException e) {
            System.err.println("parley index: " + e.getMessage());
            return 1;
        }
    }
}
