package org.parley.store;

import java.time.LocalDate;

/**
 * One search: free text (Lucene syntax over titles, bodies and quotations; blank matches everything),
 * exact filters (each null when not used; case does not matter) and a page.
 *
 * @param actor   an entity id ("E12"), a country code ("RUS") or an actor's name, as an event participant
 * @param type    a PLOVER event type ("ACCUSE")
 * @param facets  also count the values of every facet over all matches
 */
public record SearchRequest(String query, String actor, String type, String country, String speaker, String outlet,
                            LocalDate since, LocalDate until, int offset, int limit, boolean facets) {
    public SearchRequest {
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative");
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, null, null, null, 0, limit, false);
    }
}
