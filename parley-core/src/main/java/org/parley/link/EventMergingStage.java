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

/**
 * Gathers every article's events and writes them merged across articles (events.jsonl), see {@link EventMerger}.
 * To a sink that streams corpus tables (the store), each article's events go with the article unmerged and
 * nothing is kept: the sink merges them by the same rule ({@link MergeGroups}), and later stages find the events
 * in the sink, not in the {@link CorpusResults}.
 */
public final class EventMergingStage implements CorpusStage {
    private final List<Event> events = new ArrayList<>();
    private final Map<String, String> outlets = new HashMap<>();
    private final Map<String, String> duplicateOf = new HashMap<>(); // article id -> the article it copies
    private long streamed;

    @Override public String name() { return "events"; }

    @Override public void accept(LinkedArticle a) {
        events.addAll(a.events());
        if (a.article().outlet() != null) outlets.put(a.article().id(), a.article().outlet());
        if (a.isDuplicate()) duplicateOf.put(a.article().id(), a.article().duplicateOf());
    }

    @Override public void accept(LinkedArticle a, ResultSink sink) {
        if (!sink.streamsCorpusTables()) {
            accept(a);
            return;
        }
        if (a.events().isEmpty()) return;
        sink.articleEvents(a.article().id(), a.events());
        streamed += a.events().size();
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        if (sink.streamsCorpusTables()) {
            sink.events(List.of());
            long merged = sink.mergedEvents(); // what the sink stored after merging, when it says
            return soFar.withEventsInSink(merged >= 0 ? merged : streamed);
        }
        List<Event> merged = new EventMerger().merge(events, outlets::get, duplicateOf::get);
        sink.events(merged);
        return soFar.withEvents(merged);
    }
}
