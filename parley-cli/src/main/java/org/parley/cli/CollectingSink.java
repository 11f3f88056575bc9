package org.parley.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

/** A sink that keeps the corpus-level records in memory (evaluation and benchmarks). */
final class CollectingSink implements ResultSink {
    private final Map<String, List<Object>> records = new HashMap<>();
    private final boolean keep;

    CollectingSink() { this(true); }

    /** @param keep false to only count records (benchmarks: the records are read, as a writer would, then dropped) */
    CollectingSink(boolean keep) { this.keep = keep; }

    @Override public void article(ArticleRecord article) {}

    @Override public void timexes(Collection<Timex> timexes) {}

    @Override public void quotes(Collection<Quote> quotes) {}

    @Override public void skipped(Skipped skipped) {}

    @Override public void entities(Collection<Entity> entities) {}

    @Override public void events(Collection<Event> events) {}

    @Override public void records(String kind, Collection<?> list) {
        List<Object> into = records.computeIfAbsent(kind, k -> new ArrayList<>());
        for (Object o : list) if (keep) into.add(o);
    }

    List<Object> records(String kind) { return records.getOrDefault(kind, List.of()); }

    @Override public void close() {}
}
