package org.parley.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;

/** Chooses one actor code among several codings of one entity's mentions. */
public final class ActorChoice {
    private ActorChoice() {}

    /** Specificity: country and sector 3, country only 2, sector only 1, nothing 0. */
    public static int specificity(Actor a) {
        if (a == null) return 0;
        if (a.country() != null && a.sector() != null) return 3;
        if (a.country() != null) return 2;
        return a.sector() != null ? 1 : 0;
    }

    /** The most specific code; among equally specific codes the most frequent, then the first. Null when none. */
    public static Actor mostSpecific(List<Actor> codes) {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (Actor a : codes) if (specificity(a) > 0) counts.merge(a, 1, Integer::sum);
        Actor best = null;
        for (Map.Entry<Actor, Integer> e : counts.entrySet()) {
            Actor a = e.getKey();
            if (best == null || specificity(a) > specificity(best)
                    || (specificity(a) == specificity(best) && e.getValue() > counts.get(best))) best = a;
        }
        return best;
    }

    /** How a mention's country was known: stated with it, read from its sentence, or guessed from the article. */
    public enum CountryEvidence { ARTICLE, SENTENCE, STATED }

    /** One mention's code and how its country was known. */
    public record Coded(Actor actor, CountryEvidence evidence) {}

    /**
     * The code for an entity from its mentions' codes. The country comes from the mentions with the
     * best evidence for it: stated ("Russian Defence Ministry spokesman Oleg Vetrenko", the knowledge
     * base), then read from the sentence ("... told reporters in Moscow"), then guessed from the
     * article (dateline, dominant country); among those, the most frequent. The sector is the most
     * specific and frequent one given with that country.
     */
    public static Actor best(List<Coded> codes) {
        String country = null;
        for (CountryEvidence level : List.of(CountryEvidence.STATED, CountryEvidence.SENTENCE, CountryEvidence.ARTICLE)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Coded c : codes) {
                if (c.actor() != null && c.actor().country() != null && c.evidence() == level) counts.merge(c.actor().country(), 1, Integer::sum);
            }
            country = mostFrequent(counts);
            if (country != null) break;
        }
        List<Actor> pool = new java.util.ArrayList<>();
        for (Coded c : codes) {
            if (c.actor() == null) continue;
            if (country == null || country.equals(c.actor().country())) pool.add(c.actor());
        }
        return mostSpecific(pool);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        return best;
    }
}
