package org.parley.run;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.model.Event;
import org.parley.model.Quote;

/** Rewrites article-local entity ids ("a.txt#e3") into the global ids the linker assigned ("E17"). */
final class EntityIds {
    private EntityIds() {}

    static String map(String local, Map<String, String> ids) {
        return local == null ? null : ids.getOrDefault(local, local);
    }

    /** Global id, and the speaker's canonical name across articles ("Emmanuel Macron" for a local "macron"). */
    static Quote remap(Quote q, Map<String, String> ids, Function<String, String> globalName) {
        if (q.speaker() == null) return q;
        Quote.Speaker s = q.speaker();
        String id = map(s.entity(), ids);
        String name = id == null ? null : globalName.apply(id);
        return new Quote(q.id(), q.article(), q.kind(), q.content(), q.cue(), q.source(),
                new Quote.Speaker(id, name != null ? name : s.name(), s.country(), s.sector()), q.confidence());
    }

    static Event remap(Event e, Map<String, String> ids) {
        return new Event(e.id(), e.type(), e.mode(), e.contexts(), actors(e.source(), ids), actors(e.target(), ids),
                e.date(), e.location(), e.negated(), e.hypothetical(), actor(e.reportedBy(), ids), e.cameo(),
                e.goldstein(), e.quadClass(), e.confidence(), e.mentions(), e.numArticles(), e.numSources(), e.status());
    }

    private static List<Event.EventActor> actors(List<Event.EventActor> list, Map<String, String> ids) {
        return list == null ? List.of() : list.stream().map(a -> actor(a, ids)).toList();
    }

    private static Event.EventActor actor(Event.EventActor a, Map<String, String> ids) {
        return a == null ? null : new Event.EventActor(map(a.entity(), ids), a.text(), a.country(), a.sector());
    }
}
