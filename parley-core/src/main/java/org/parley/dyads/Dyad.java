package org.parley.dyads;

import java.util.List;

/**
 * One line of dyads.jsonl: what one actor did to another in one month, from the merged events. Source and
 * target are a country (or IGO) code with the sector where it is known (null otherwise).
 *
 * @param month                 {@code YYYY-MM}
 * @param verbalCooperation     events of quad class 1
 * @param materialCooperation   quad class 2
 * @param verbalConflict        quad class 3
 * @param materialConflict      quad class 4
 * @param meanGoldstein         mean Goldstein score of the events that have one (null when none has)
 * @param estimated             how many of the events are dated only by an estimated article date
 */
public record Dyad(String sourceCountry, String sourceSector, String targetCountry, String targetSector, String month,
                   int verbalCooperation, int materialCooperation, int verbalConflict, int materialConflict,
                   Double meanGoldstein, int estimated, List<String> events) {
    public Dyad {
        events = List.copyOf(events);
    }

    public int cooperation() { return verbalCooperation + materialCooperation; }

    public int conflict() { return verbalConflict + materialConflict; }
}
