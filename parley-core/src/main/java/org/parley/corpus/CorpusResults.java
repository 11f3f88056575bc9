package org.parley.corpus;

import java.util.List;
import org.parley.model.Entity;
import org.parley.model.Event;

/**
 * What the stages finished before this one produced, so that a later stage can build on it (stories
 * read the merged events). Immutable; each stage returns a copy with its own part set.
 *
 * @param eventCount how many events the run produced: the size of {@code events}, or, when the events went
 *                   to a sink that {@linkplain org.parley.write.ResultSink#streamsCorpusTables streams} them
 *                   (and merges them itself), how many it holds for the run after merging ({@link
 *                   org.parley.write.ResultSink#mergedEvents}; how many were handed over when it does not say), with
 *                   {@code events} empty
 */
public record CorpusResults(List<Entity> entities, List<Event> events, long eventCount) {
    public CorpusResults {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    public CorpusResults(List<Entity> entities, List<Event> events) { this(entities, events, events.size()); }

    public static CorpusResults empty() { return new CorpusResults(List.of(), List.of()); }

    public CorpusResults withEntities(List<Entity> list) { return new CorpusResults(list, events, eventCount); }

    public CorpusResults withEvents(List<Event> list) { return new CorpusResults(entities, list); }

    /** The events went to the sink article by article; later stages find none here. */
    public CorpusResults withEventsInSink(long count) { return new CorpusResults(entities, List.of(), count); }

    /** True when the events are in the sink, not here (see {@link #withEventsInSink}). */
    public boolean eventsInSink() { return events.isEmpty() && eventCount > 0; }
}
