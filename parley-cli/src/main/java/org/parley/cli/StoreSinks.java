package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.store.StoreSink;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;
import org.parley.write.ResultWriter;

/** The sink of {@code analyze --store}: the store alone, or the store and the JSONL folder. */
final class StoreSinks {
    private StoreSinks() {}

    static ResultSink forRun(Path out, Path store) {
        StoreSink s = new StoreSink(store);
        return out == null ? s : new Both(new ResultWriter(out), s);
    }

    /** Hands every record to both sinks, the JSONL folder first. */
    private record Both(ResultSink a, ResultSink b) implements ResultSink {
        @Override public void article(ArticleRecord r) { a.article(r); b.article(r); }
        @Override public void timexes(Collection<Timex> t) { a.timexes(t); b.timexes(t); }
        @Override public void quotes(Collection<Quote> q) { a.quotes(q); b.quotes(q); }
        @Override public void skipped(Skipped s) { a.skipped(s); b.skipped(s); }
        @Override public void entities(Collection<Entity> e) { a.entities(e); b.entities(e); }
        @Override public void events(Collection<Event> e) { a.events(e); b.events(e); }
        @Override public void records(String kind, Collection<?> r) { a.records(kind, r); b.records(kind, r); }

        @Override public void close() throws IOException {
            try {
                a.close();
            } finally {
                b.close();
            }
        }
    }
}
