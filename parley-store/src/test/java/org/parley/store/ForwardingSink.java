package org.parley.store;

import java.util.Collection;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

/**
 * A test sink that hands the records every sink takes to another, for tests that change or watch one of them.
 * The interface's defaults (whether the sink streams the corpus tables, where near-duplicate signatures live) and
 * {@code close()} are not forwarded: a subclass forwards them when the test needs the other sink's behaviour.
 */
abstract class ForwardingSink implements ResultSink {
    protected final ResultSink to;

    ForwardingSink(ResultSink to) { this.to = to; }

    @Override public void article(ArticleRecord a) { to.article(a); }
    @Override public void timexes(Collection<Timex> t) { to.timexes(t); }
    @Override public void quotes(Collection<Quote> q) { to.quotes(q); }
    @Override public void skipped(Skipped s) { to.skipped(s); }
    @Override public void entities(Collection<Entity> e) { to.entities(e); }
    @Override public void events(Collection<Event> e) { to.events(e); }
    @Override public void records(String kind, Collection<?> r) { to.records(kind, r); }
    @Override public void close() {}
}
