package org.parley.events.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.entities.ArticleEntity;
import org.parley.events.EventType;
import org.parley.model.Actor;
import org.parley.model.Event.EventActor;

/**
 * Gives a role actor whose own phrase names no country ("police", "Vice-President X") the country its sentence implies, the way ICEWS codes generic actors ("Police (Nigeria)"):
 * <ol>
 *   <li>the country of the event's place ("protesters blocked streets in Hong Kong");</li>
 *   <li>else, for a named person with a role ("Vice-President X"), the one state the sentence names once the
 *       event's other argument and its reporter are set aside. Common nouns ("refugees", "a regional
 *       force") are not filled this way: they are as often foreign as not.</li>
 *   <li>else, for an unnamed group of a domestic sector (argument-words.tsv class domestic: "protesters",
 *       "police", "militants", "villagers"), the one state the sentence names outside the event's other
 *       argument and its reporter, the way ICEWS codes "Militant (Russia)".</li>
 * </ol>
 * Never from the event's own other argument: "the Prime Minister met Putin" does not make the Prime Minister
 * Russian. Only actors with a sector are filled; a bare unknown name stays unknown.
 */
final class ContextCountry {
    private static final Set<EventType> DOMESTIC = EnumSet.of(EventType.COERCE,
            EventType.ASSAULT, EventType.PROTEST, EventType.CONCEDE);
    private final ActorResolver resolver;
    /** Acts a state mostly does to its own people: arrests, raids, releases, pardons. */
    private static final Set<EventType> OWN_PEOPLE = EnumSet.of(EventType.COERCE,
            EventType.CONCEDE);

    ContextCountry(ActorResolver resolver) { this.resolver = resolver; }

    /** Fills the countryless role actors of {@code cands}, all of one sentence. */
    void fill(SentenceView g, ActorResolver.Scope scope, List<Candidate> cands) {
        Set<String> named = sentenceCountries(g, scope, cands);
        // actors given their state by the domestic-group rule, by identity
        Set<EventActor> filled = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : cands) {
            if (c.dropped) continue;
            if (c.source.stream().noneMatch(ContextCountry::wantsCountry) && c.target.stream().noneMatch(ContextCountry::wantsCountry)) continue;
            String place = placeCountry(c, scope);
            // only the domestic-group rule reads the clause's states
            Set<String> clause = DOMESTIC.contains(c.type) ? clauseCountries(g, scope, c) : Set.of();
            c.source = fill(c.source, c.target, c, place, named, clause, filled, true);
            c.target = fill(c.target, c.source, c, place, named, clause, filled, false);
        }
    }

    /** {@code place}: the country of the event's place, or null; {@code clause}: the states its own clause names. */
    private List<EventActor> fill(List<EventActor> side, List<EventActor> other, Candidate c, String place, Set<String> named,
                                 Set<String> clause, Set<EventActor> filled, boolean isSource) {
        if (side.stream().noneMatch(ContextCountry::wantsCountry)) return side;
        String country = place;
        if (country == null && side.stream().anyMatch(a -> wantsCountry(a) && a.entity() != null)) {
            Set<String> left = new LinkedHashSet<>(named);
            for (EventActor a : other) left.remove(a.country());
            if (c.reportedBy != null) left.remove(c.reportedBy.country());
            for (EventActor a : side) left.remove(a.country());
            if (left.size() == 1) country = left.iterator().next();
        }
        boolean fromGroup = false;
        // a group as target needs a source with a state: "a crackdown on protesters" alone, or with an agent of
        // unknown state, is too little to count as an event of the sentence's state
        boolean agentKnown = isSource || other.stream().anyMatch(a -> a.country() != null);
        if (country == null && agentKnown && DOMESTIC.contains(c.type) && side.stream().allMatch(a -> a.country() == null)
                && side.stream().anyMatch(this::domesticGroup)) {
            // "militants seized a school in a southern Russian town", "bombers struck churches across Sri Lanka":
            // an unnamed group of a domestic sector takes the one state the sentence names outside the event's
            // other argument and its reporter ("US drones killed militants" names no state for the militants)
            Set<String> left = new LinkedHashSet<>(clause);
            // the other side's own state is set aside, unless this rule gave it ("bombers killed 250 people")
            for (EventActor a : other) if (!filled.contains(a)) left.remove(a.country());
            if (c.reportedBy != null) left.remove(c.reportedBy.country());
            if (left.size() == 1) { country = left.iterator().next(); fromGroup = true; }
            // "Norland pardoned 600 prisoners", "Norland arrested protesters": a state that detains or releases an
            // unnamed group acts on its own people when its clause names no other state
            Set<String> sources = new LinkedHashSet<>();
            for (EventActor a : other) if (isState(a.country())) sources.add(a.country());
            if (country == null && !isSource && OWN_PEOPLE.contains(c.type) && left.isEmpty() && sources.size() == 1) {
                country = sources.iterator().next();
                fromGroup = true;
            }
        }
        if (country == null) return side;
        boolean fromPlace = country.equals(place);
        // "the police detained opposition leaders in Lagos", "youths stoned troops in Srinagar": acts of force,
        // protest and concession are mostly done within one state, so the place's country holds on both sides
        boolean domestic = (fromPlace || fromGroup) && DOMESTIC.contains(c.type);
        if (!domestic) for (EventActor a : other) if (country.equals(a.country())) return side;
        List<EventActor> out = new ArrayList<>(side.size());
        for (EventActor a : side) {
            boolean fills = fromGroup ? domesticGroup(a) : wantsCountry(a) && (fromPlace || a.entity() != null);
            EventActor b = fills ? new EventActor(a.entity(), a.text(), country, a.sector()) : a;
            if (fills && fromGroup) filled.add(b);
            out.add(b);
        }
        return out;
    }

    /** A countryless common-noun group of a domestic sector ("protesters", "police", "militants"). */
    private boolean domesticGroup(EventActor a) { return wantsCountry(a) && a.entity() == null && resolver.domesticSector(a.sector()); }

    private static boolean wantsCountry(EventActor a) { return a.country() == null && a.sector() != null; }

    /** A state's ISO 3166 alpha-3 code, not an organisation's own code (UN, EU, AL_QAEDA). */
    private static boolean isState(String code) { return code != null && code.length() == 3 && code.chars().allMatch(Character::isUpperCase); }

    private String placeCountry(Candidate c, ActorResolver.Scope scope) {
        if (c.location == null) return null;
        Optional<Actor> a = resolver.code(c.location, scope.date());
        return a.map(Actor::country).filter(ContextCountry::isState).orElse(null);
    }

    /**
     * States named by the coded entities of the event's own clause (the tokens its trigger and clause head
     * dominate): "rebels fighting to topple his government" does not reach the state a main clause names.
     */
    private static Set<String> clauseCountries(SentenceView g, ActorResolver.Scope scope, Candidate c) {
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>(SentenceCoder.clauseTokens(c));
        Set<String> out = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!seen.add(t)) continue;
            ArticleEntity e = scope.entities().at(g.token(t).start(), g.token(t).end());
            if (e != null && e.actor() != null && isState(e.actor().country())) out.add(e.actor().country());
            for (org.parley.annotate.Dependency d : g.children(t)) todo.push(d.dependent());
        }
        return out;
    }

    /** Countries named in the sentence: by its coded entities and by the actors its events found. */
    private static Set<String> sentenceCountries(SentenceView g, ActorResolver.Scope scope, List<Candidate> cands) {
        Set<String> out = new LinkedHashSet<>();
        for (int t = 0; t < g.size(); t++) {
            ArticleEntity e = scope.entities().at(g.token(t).start(), g.token(t).end());
            if (e != null && e.actor() != null && isState(e.actor().country())) out.add(e.actor().country());
        }
        for (Candidate c : cands) {
            for (EventActor a : c.source) if (isState(a.country())) out.add(a.country());
            for (EventActor a : c.target) if (isState(a.country())) out.add(a.country());
        }
        return out;
    }
}
