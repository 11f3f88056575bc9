package org.parley.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.entities.ActorCoder;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.Event.EventActor;

/**
 * Turns an argument token of a trigger into actors. In order: the article entity covering the token
 * (coded by the entities stage), the knowledge base's reading of the noun phrase ("the Kremlin",
 * "French lawmakers"), and last the phrase's own modifiers ("the French operation" -> FRA, "a Syrian
 * airbase" -> SYR). Conjoined phrases give one actor each ("Putin and Macron").
 */
public final class ActorResolver {
    private static final Set<String> GROUP_NOUNS = Set.of("government", "army", "military", "president", "leader", "leaders",
            "minister", "ministry", "force", "forces", "people", "parliament", "troops", "troop", "police", "embassy", "capital",
            "authorities", "authority", "citizen", "citizens", "official", "officials", "rebel", "rebels", "group", "groups",
            "militant", "militants", "soldier", "soldiers", "opposition", "party", "guerrilla", "guerrillas", "militia",
            "militiamen", "refugee", "refugees", "community", "diplomat", "diplomats", "delegation", "activist", "activists",
            "protester", "protesters", "demonstrator", "demonstrators", "settler", "settlers", "student", "students", "worker",
            "workers", "union", "court", "judge", "prosecutor", "prosecutors", "navy", "airforce", "regime", "administration");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    private final ActorCoder coder;
    private final ActorKnowledgeBase kb;

    public ActorResolver(ActorCoder coder) {
        this.coder = coder;
        this.kb = coder.knowledgeBase();
    }

    /** Context of one sentence's resolution. */
    public record Scope(Graph graph, String text, ArticleEntities entities, LocalDate date) {}

    /** Actors for {@code token} and its conjuncts; empty when none of them names an actor. */
    public List<EventActor> resolve(Scope s, int token) {
        Set<Integer> toks = new LinkedHashSet<>();
        toks.add(token);
        toks.addAll(s.graph().conjuncts(token));
        List<EventActor> out = new ArrayList<>();
        for (int t : toks) {
            EventActor a = resolveOne(s, t, 0);
            if (a != null && out.stream().noneMatch(x -> same(x, a))) out.add(a);
        }
        return out;
    }

    static boolean same(EventActor a, EventActor b) {
        if (a.entity() != null && a.entity().equals(b.entity())) return true;
        return a.text().equalsIgnoreCase(b.text());
    }

    EventActor resolveOne(Scope s, int t, int depth) {
        Graph g = s.graph();
        if (RELATIVE.contains(g.lower(t)) && depth == 0) return null; // enhanced graphs carry the antecedent too
        int[] span = g.phrase(t);
        String phrase = g.text(s.text(), span[0], span[1]);
        ArticleEntity e = s.entities().at(g.token(t).start(), g.token(t).end());
        if (e != null && e.actor() != null && !e.actor().isEmpty()) {
            return new EventActor(e.localId(), phrase, e.actor().country(), e.actor().sector());
        }
        String entityId = e == null ? null : e.localId();
        Optional<Actor> coded = code(phrase, s.date());
        if (coded.isEmpty() && span[0] != t) coded = code(g.text(s.text(), t, t), s.date());
        if (coded.isEmpty()) coded = InterimCountries.code(phrase, g.token(t).ner());
        if (coded.isPresent() && !coded.get().isEmpty()) {
            Actor a = withSector(coded.get(), g.lemma(t));
            return new EventActor(entityId, phrase, a.country(), a.sector());
        }
        if (g.isPronoun(t) || depth > 1) return null;
        // The phrase names no actor itself: an actor among its modifiers gives the country
        // ("the French operation", "a Syrian airbase", "the government of Syria").
        for (Dependency d : g.children(t)) {
            String r = d.relation();
            if (r.equals("amod") || Graph.matches(r, "compound") || r.equals("nmod:poss") || r.equals("nmod:of") || r.equals("nmod:in")) {
                // "the government of Syria", "security forces in Guinea": only for nouns that name groups
                if ((r.equals("nmod:of") || r.equals("nmod:in")) && !GROUP_NOUNS.contains(g.lemma(t)) && kb.sector(g.lemma(t)).isEmpty()) continue;
                EventActor m = resolveOne(s, d.dependent(), depth + 1);
                if (m != null && m.country() != null) {
                    String sector = m.sector();
                    Optional<String> own = kb.sector(g.lemma(t));
                    if (own.isPresent()) sector = own.get();
                    return new EventActor(m.entity() != null && depth == 0 ? null : m.entity(), phrase, m.country(), sector);
                }
            }
        }
        return null;
    }

    private Optional<Actor> code(String phrase, LocalDate date) {
        try {
            return coder.codePhrase(phrase, date);
        } catch (RuntimeException ex) {
            return Optional.empty(); // a coder failure must not stop event coding
        }
    }

    private Actor withSector(Actor a, String headLemma) {
        if (a.sector() != null) return a;
        Optional<String> s = kb.sector(headLemma);
        return s.map(x -> new Actor(a.country(), x)).orElse(a);
    }
}
