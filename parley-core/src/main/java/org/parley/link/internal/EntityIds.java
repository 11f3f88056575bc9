package org.parley.link.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.model.Event;
import org.parley.model.Quote;

/** Rewrites article-local entity ids ("a.txt#e3") into the global ids the linker assigned ("E17"). */
public final class EntityIds {
    private EntityIds() {}

    public static String map(String local, Map<String, String> ids) {
        return local == null ? null : ids.getOrDefault(local, local);
    }

    /** Global id, and the speaker's canonical name across articles ("Emmanuel Macron" for a local "macron"). */
    public static Quote remap(Quote q, Map<String, String> ids, Function<String, String> globalName) {
        if (q.speaker() == null) return q;
        return new Quote(q.id(), q.article(), q.kind(), q.content(), q.cue(), q.source(),
                speaker(q.speaker(), ids, globalName), q.confidence());
    }

    /** A speaker with global ids; a joint speaker's members are remapped too. */
    private static Quote.Speaker speaker(Quote.Speaker s, Map<String, String> ids, Function<String, String> globalName) {
        String id = map(s.entity(), ids);
        String name = id == null ? null : globalName.apply(id);
        List<Quote.Speaker> members = s.members() == null ? null : s.members().stream().map(m -> speaker(m, ids, globalName)).toList();
        return new Quote.Speaker(id, name != null ? name : s.name(), s.country(), s.sector(), members);
    }

    public static Event remap(Event e, Map<String, String> ids) {
        return new Event(e.id(), e.type(), e.mode(), e.contexts(), actors(e.source(), ids), actors(e.target(), ids),
                e.date(), e.location(), e.negated(), e.hypothetical(), actor(e.reportedBy(), ids), e.cameo(),
                e.goldstein(), e.quadClass(), e.confidence(), e.mentions(), e.numArticles(), e.numSources(), e.status(), e.method(), e.salience());
    }

    private static List<Event.EventActor> actors(List<Event.EventActor> list, Map<String, String> ids) {
        return list == null ? List.of() : list.stream().map(a -> actor(a, ids)).toList();
    }

    private static Event.EventActor actor(Event.EventActor a, Map<String, String> ids) {
        return a == null ? null : new Event.EventActor(map(a.entity(), ids), a.text(), a.country(), a.sector());
    }
}
