package org.parley.corpus;

import java.util.List;
import org.parley.model.Entity;
import org.parley.model.Event;

/**
 * What the stages finished before this one produced, so that a later stage can build on it (stories
 * read the merged events). Immutable; each stage returns a copy with its own part set.
 */
public record CorpusResults(List<Entity> entities, List<Event> events) {
    public CorpusResults {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    public static CorpusResults empty() { return new CorpusResults(List.of(), List.of()); }

    public CorpusResults withEntities(List<Entity> list) { return new CorpusResults(list, events); }

    public CorpusResults withEvents(List<Event> list) { return new CorpusResults(entities, list); }
}
