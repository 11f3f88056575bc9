package org.parley.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.link.ArticleLinker;
import org.parley.model.Event;
import org.parley.write.ResultSink;
import scala.Tuple2;

/**
 * The driver's part of distributed event merging, in place of the runner's own event stage: the events arrive
 * merged ({@link EventMerging}), sorted by the place of their first event, with that article's local entity ids;
 * as the runner links each article in input order, the merged events that start in it get its global ids, as
 * the in-order run's events had them before merging. Output and results as the runner's event stage.
 */
final class MergedEventStage implements CorpusStage {
    private final Iterator<Tuple2<EventMerging.Place, String>> merged;
    private final LongSupplier current; // input order of the article being linked
    private final List<Event> events = new ArrayList<>();
    private Tuple2<EventMerging.Place, String> next;
    private long unlinked;

    MergedEventStage(Iterator<Tuple2<EventMerging.Place, String>> merged, LongSupplier current) {
        this.merged = merged;
        this.current = current;
        advance();
    }

    @Override public String name() { return "events"; }

    @Override public void accept(LinkedArticle a) {
        long order = current.getAsLong();
        // events of an article the runner did not link (its linking failed) are left out, as the runner leaves them
        while (next != null && next._1().article() < order) {
            unlinked++;
            advance();
        }
        if (next == null || next._1().article() != order) return;
        Map<String, String> ids = new LinkedHashMap<>();
        for (LinkedArticle.LinkedEntity e : a.entities()) ids.put(e.entity().localId(), e.id());
        while (next != null && next._1().article() == order) {
            events.add(ArticleLinker.withGlobalIds(Wire.parse(next._2(), Event.class), ids));
            advance();
        }
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        while (next != null) { unlinked++; advance(); }
        if (unlinked > 0) System.err.println("parley-spark: " + unlinked + " merged events of articles whose linking failed left out");
        sink.events(events);
        return soFar.withEvents(events);
    }

    private void advance() { next = merged.hasNext() ? merged.next() : null; }
}
