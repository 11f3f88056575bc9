package org.parley.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.parley.model.Span;

/**
 * The entities of one article, with lookup by character position. The look-up goes through an index of every
 * mention span sorted by start, built on first use, so that the events and quotation stages, which ask for
 * every token they read, cost time in proportion to the article, not to its square (issue 14).
 */
public final class ArticleEntities {
    private final List<ArticleEntity> entities;
    private volatile SpanIndex index;

    @com.fasterxml.jackson.annotation.JsonCreator
    public ArticleEntities(@com.fasterxml.jackson.annotation.JsonProperty("entities") List<ArticleEntity> entities) {
        this.entities = List.copyOf(entities);
    }

    public static ArticleEntities none() { return new ArticleEntities(List.of()); }

    /** (Named for JSON too: a distributed run ships analyses between machines.) */
    @com.fasterxml.jackson.annotation.JsonProperty("entities")
    public List<ArticleEntity> entities() { return entities; }

    /**
     * The entity with a mention overlapping {@code [start, end)}, preferring the longest overlap; null if none.
     * Among mentions of equal overlap the first entity in {@link #entities()} order wins (its first such span).
     */
    public ArticleEntity at(int start, int end) {
        new Span(start, end); // the same argument check as ever
        SpanIndex i = index;
        if (i == null) index = i = new SpanIndex(entities);
        int best = i.best(start, end);
        return best < 0 ? null : entities.get(best);
    }

    public ArticleEntity byId(String localId) {
        for (ArticleEntity e : entities) if (e.localId().equals(localId)) return e;
        return null;
    }

    @Override public boolean equals(Object o) {
        return o instanceof ArticleEntities other && entities.equals(other.entities);
    }

    @Override public int hashCode() { return Objects.hash(entities); }

    @Override public String toString() { return "ArticleEntities[entities=" + entities + "]"; }

    /** Every non-empty mention span, sorted by start, with its entity and its rank in entity-then-span order. */
    private static final class SpanIndex {
        private final int[] starts, ends, entity, rank;
        private final int maxLength;

        SpanIndex(List<ArticleEntity> entities) {
            int n = 0;
            for (ArticleEntity e : entities) n += e.spans().size();
            long[] packed = new long[n];
            int[] s = new int[n], en = new int[n], ent = new int[n];
            int k = 0, max = 0;
            for (int ei = 0; ei < entities.size(); ei++) {
                for (Span sp : entities.get(ei).spans()) {
                    if (sp.length() == 0) continue; // overlaps nothing by a positive amount: never the answer
                    s[k] = sp.start();
                    en[k] = sp.end();
                    ent[k] = ei;
                    packed[k] = ((long) sp.start() << 32) | k; // sort by start, then by rank
                    max = Math.max(max, sp.length());
                    k++;
                }
            }
            packed = Arrays.copyOf(packed, k);
            Arrays.sort(packed);
            starts = new int[k];
            ends = new int[k];
            entity = new int[k];
            rank = new int[k];
            for (int j = 0; j < k; j++) {
                int r = (int) packed[j];
                starts[j] = s[r];
                ends[j] = en[r];
                entity[j] = ent[r];
                rank[j] = r;
            }
            maxLength = max;
        }

        /** The entity index of the longest overlap with {@code [start, end)} (lowest rank on ties), or -1. */
        int best(int start, int end) {
            // a span overlapping the probe starts before its end and, being at most maxLength long, after start - maxLength
            int j = firstStartAtLeast((int) Math.max(0L, (long) start - maxLength + 1));
            int bestOverlap = 0, bestRank = Integer.MAX_VALUE, best = -1;
            for (; j < starts.length && starts[j] < end; j++) {
                if (ends[j] <= start) continue;
                int overlap = Math.min(ends[j], end) - Math.max(starts[j], start);
                if (overlap > bestOverlap || overlap == bestOverlap && overlap > 0 && rank[j] < bestRank) {
                    bestOverlap = overlap;
                    bestRank = rank[j];
                    best = entity[j];
                }
            }
            return best;
        }

        private int firstStartAtLeast(int x) {
            int lo = 0, hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < x) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }
}
