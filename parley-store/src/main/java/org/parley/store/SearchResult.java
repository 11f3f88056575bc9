package org.parley.store;

import java.util.List;
import java.util.Map;

/** A page of matching articles, best first, with the total count and, when asked, facet counts. */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    /** A matching article; {@code snippet} is the best passage with matched words between the given marks. */
    public record Hit(String id, String title, String outlet, String date, float score, String snippet) {}

    public record FacetCount(String value, long count) {}
}
