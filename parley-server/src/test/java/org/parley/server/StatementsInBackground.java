package org.parley.server;

import java.util.Collection;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

/**
 * Passes a synthetic run on to a sink with its STATEMENT events (the quoted minister of each synthetic article)
 * marked {@link Event.Salience#BACKGROUND}, so that the tests see both saliences; the other events stay MAIN.
 * It does not stream the corpus tables: events arrive whole at the end, as from a JSONL run.
 */
final class StatementsInBackground implements ResultSink {
    private final ResultSink next;

    StatementsInBackground(ResultSink next) { this.next = next; }

    @Override public void article(ArticleRecord a) { next.article(a); }
    @Override public void timexes(Collection<Timex> t) { next.timexes(t); }
    @Override public void quotes(Collection<Quote> q) { next.quotes(q); }
    @Override public void skipped(Skipped s) { next.skipped(s); }
    @Override public void entities(Collection<Entity> e) { next.entities(e); }
    @Override public void events(Collection<Event> e) {
        next.events(e.stream().map(v -> "STATEMENT".equals(v.type()) ? v.withSalience(Event.Salience.BACKGROUND) : v).toList());
    }
    @Override public void records(String kind, Collection<?> r) { next.records(kind, r); }
    @Override public void close() {}
}
