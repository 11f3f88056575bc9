package org.parley.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.model.Event;
import org.parley.write.ResultSink;

/** Gathers every article's events and writes them merged across articles (events.jsonl), see {@link EventMerger}. */
public final class EventMergingStage implements CorpusStage {
    private final List<Event> events = new ArrayList<>();
    private final Map<String, String> outlets = new HashMap<>();
    private final Map<String, String> duplicateOf = new HashMap<>(); // article id -> the article it copies

    @Override public String name() { return "events"; }

    @Override public void accept(LinkedArticle a) {
        events.addAll(a.events());
        if (a.article().outlet() != null) outlets.put(a.article().id(), a.article().outlet());
        if (a.isDuplicate()) duplicateOf.put(a.article().id(), a.article().duplicateOf());
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        List<Event> merged = new EventMerger().merge(events, outlets::get, duplicateOf::get);
        sink.events(merged);
        return soFar.withEvents(merged);
    }
}
