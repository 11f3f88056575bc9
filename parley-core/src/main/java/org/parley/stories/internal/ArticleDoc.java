package org.parley.stories.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.parley.embed.TextEmbedder;

/**
 * An article at its turn: its weighted words and entities (IDF as of its arrival) and the embedding of its
 * headline and lead. {@code sortDate} places undated articles in time for the window; similarity decays
 * with the distance between own dates only.
 */
public record ArticleDoc(Pending pending, SparseVector terms, SparseVector entities, SparseVector occasions, float[] embedding) {
    /** Keys kept per article: beyond these the cosine changes little and memory grows. */
    static final int MAX_TERMS = 150;
    static final int MAX_ENTITIES = 40;

    public static ArticleDoc of(Pending p, DocumentFrequencies df, float[] embedding) {
        return new ArticleDoc(p, SparseVector.tfIdf(p.terms(), df, MAX_TERMS), SparseVector.tfIdf(p.entities(), df, MAX_ENTITIES),
                SparseVector.tfIdf(p.occasions(), df, MAX_ENTITIES), embedding);
    }

    public String id() { return pending.id(); }

    public LocalDate date() { return pending.date(); }

    /**
     * Similarity of two articles in [0, 1]: the weighted mean of the cosines of their entities, their words, their
     * headline-and-lead embeddings and their main-event occasions, with the weights of the story centroid
     * ({@link OpenStory#similarity}), times the decay for the days between them (none when either is undated).
     */
    public double similarity(ArticleDoc o, double decayDays, double occasionWeight, double occasionBonus) {
        double s = similarity(o, decayDays, occasionWeight);
        return occasionBonus > 0 && sameOccasion(o) ? s + occasionBonus : s;
    }

    /** The pair similarity with both occasion bonuses, as {@link OpenStory#similarity} gives it for a story of one. */
    public double similarity(ArticleDoc o, double decayDays, double occasionWeight, double occasionBonus, double datedOccasionBonus) {
        double s = similarity(o, decayDays, occasionWeight, occasionBonus);
        return datedOccasionBonus > 0 && sameDatedOccasion(o) ? s + datedOccasionBonus : s;
    }

    /** Whether the two name one dated occasion (noun and day, {@link Pending#datedOccasions}). */
    public boolean sameDatedOccasion(ArticleDoc o) { return OpenStory.sameDatedOccasion(this, o); }

    /** Whether the two name the same occasion (noun and date, {@link OpenStory#sameOccasion}). */
    public boolean sameOccasion(ArticleDoc o) { return OpenStory.sameOccasion(this, o); }

    public double similarity(ArticleDoc o, double decayDays, double occasionWeight) {
        double e = entities.dot(o.entities);
        double t = terms.dot(o.terms);
        double v = Math.max(0, TextEmbedder.cosine(embedding, o.embedding));
        double s = OpenStory.combine(e, t, v, occasions.dot(o.occasions), occasionWeight);
        if (date() != null && o.date() != null) {
            long days = Math.abs(ChronoUnit.DAYS.between(date(), o.date()));
            s *= Math.exp(-days / decayDays);
        }
        return s;
    }
}
