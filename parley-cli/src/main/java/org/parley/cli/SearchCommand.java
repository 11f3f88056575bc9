package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.parley.store.SearchRequest;
import org.parley.store.SearchResult;
import org.parley.store.Searcher;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the articles and quotations of a store; prints the article id, date, outlet, title and"
                + " a snippet with the matched words in [brackets].")
public final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY",
            description = "Words, \"phrases\", AND/OR/NOT, field:word (title, body, quotes); empty: everything.")
    String query = "";

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store folder.")
    Path store;

    @Option(names = "--actor", description = "Event participant: entity id, country code (RUS) or name.")
    String actor;

    @Option(names = "--type", description = "Event type (PLOVER), e.g. ACCUSE.")
    String type;

    @Option(names = "--country", description = "Country code of an event participant or speaker.")
    String country;

    @Option(names = "--speaker", description = "Speaker's name, as resolved.")
    String speaker;

    @Option(names = "--outlet", description = "Outlet name.")
    String outlet;

    @Option(names = "--since", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Published on or before DATE.")
    LocalDate until;

    @Option(names = "--limit", defaultValue = "10", description = "Hits to print (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override public Integer call() {
        if (limit < 1 || limit > 10_000) throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1..10000");
        try (Searcher s = Searcher.open(store, "[", "]", false)) {
            SearchResult r = s.search(new SearchRequest(query, actor, type, country, speaker, outlet, since, until, 0, limit, false));
            System.out.printf("%,d matching articles%s%n", r.total(), r.total() > r.hits().size() ? " (first " + r.hits().size() + ")" : "");
            for (SearchResult.Hit h : r.hits()) {
                System.out.printf("%n%s  %s  %s%n  %s%n  %s%n", h.id(), h.date() == null ? "----------" : h.date(),
                        h.outlet() == null ? "" : h.outlet(), h.title() == null ? "(no title)" : h.title(), h.snippet());
            }
            return r.total() > 0 ? 0 : 1;
        } catch (StoreException e) {
            System.err.println("parley search: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("parley search: " + e.getMessage());
            return 2;
        }
    }
}
