package org.parley.entities.internal;

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
}
