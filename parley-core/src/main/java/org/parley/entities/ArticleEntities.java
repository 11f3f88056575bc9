package org.parley.entities;

import java.util.List;
import org.parley.model.Span;

/** The entities of one article, with lookup by character position. */
public record ArticleEntities(List<ArticleEntity> entities) {
    public ArticleEntities {
        entities = List.copyOf(entities);
    }

    public static ArticleEntities none() { return new ArticleEntities(List.of()); }

    /** The entity with a mention overlapping {@code [start, end)}, preferring the longest overlap; null if none. */
    public ArticleEntity at(int start, int end) {
        Span probe = new Span(start, end);
        ArticleEntity best = null;
        int bestOverlap = 0;
        for (ArticleEntity e : entities) {
            for (Span s : e.spans()) {
                if (!s.overlaps(probe)) continue;
                int overlap = Math.min(s.end(), end) - Math.max(s.start(), start);
                if (overlap > bestOverlap) { bestOverlap = overlap; best = e; }
            }
        }
        return best;
    }

    public ArticleEntity byId(String localId) {
        for (ArticleEntity e : entities) if (e.localId().equals(localId)) return e;
        return null;
    }
}
