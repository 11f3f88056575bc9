package org.parley.stories.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.embed.TextEmbedder;
import org.parley.stories.StoryOptions;

/**
 * A story that can still take articles: its members (in the order they joined), its date range and its
 * centroid (the sums of its members' entity, word, occasion and embedding vectors), which an article is compared with.
 */
public final class OpenStory {
    final long number;
    final List<ArticleDoc> members = new ArrayList<>();
    /** Latest sort date of a member: the story closes {@code windowDays} after it. */
    LocalDate last;
    /** Earliest sort date of a member: a story closes at the latest {@code 4 * windowDays} after it. */
    LocalDate first;
    /** Blocking keys under which the story is indexed, to remove it when it closes. */
    final Set<Integer> keys = new HashSet<>();
    private final Map<Integer, Double> entities = new HashMap<>();
    private final Map<Integer, Double> terms = new HashMap<>();
    private double[] embedding;
    private double entityNorm, termNorm, embeddingNorm;

    /**
     * Entities (resolved people, organisations, places) weigh as much as the two text signals together: the
     * text of articles on one campaign or one relationship is alike, who is in the news that day less so.
     */
    static final double ENTITY_WEIGHT = 2;

    /**
     * The weighted mean of the four cosines; the main event (occasion nouns of headline and first three sentences,
     * {@link Occasions}) weighs {@code occasionWeight} ({@link org.parley.stories.StoryOptions#occasionWeight}).
     */
    static double combine(double entities, double terms, double embedding, double occasions, double occasionWeight) {
        return (ENTITY_WEIGHT * entities + terms + embedding + occasionWeight * occasions) / (ENTITY_WEIGHT + 2 + occasionWeight);
    }

    /**
     * Two articles name the same occasion when an occasion noun is in both and their occasion dates are at most this
     * many days apart: a preview written three days before still names the day of the debate it previews, while the
     * next debate, a week later, is another occasion. 2 rather than 0-1 because most leads name no full date and fall
     * back on the publication date, a day or two after the event (dev and first train partition, docs/quality.md).
     */
    static final int OCCASION_DAYS = 2;

    OpenStory(long number) { this.number = number; }

    void add(ArticleDoc d) {
        members.add(d);
        LocalDate s = d.pending().sortDate();
        if (s != null && (last == null || s.isAfter(last))) last = s;
        if (s != null && (first == null || s.isBefore(first))) first = s;
        entityNorm = addTo(entities, d.entities());
        termNorm = addTo(terms, d.terms());
        if (embedding == null) embedding = new double[d.embedding().length];
        double n = 0;
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] += d.embedding()[i];
            n += embedding[i] * embedding[i];
        }
        embeddingNorm = Math.sqrt(n);
    }

    private static double addTo(Map<Integer, Double> sum, SparseVector v) {
        v.forEach((k, w) -> sum.merge(k, (double) w, Double::sum));
        double n = 0;
        for (double x : sum.values()) n += x * x;
        return Math.sqrt(n);
    }

    /**
     * Similarity of an article to the story in [0, 1 + occasionBonus]: the weighted mean of the cosines of its entities, words,
     * headline-and-lead embedding and main-event occasions with the story's centroid, times {@code exp(-d / decayDays)} where d is the
     * number of days to the story's nearest dated member. When the article or the story is undated, d is
     * unknown and the decay is its mean over the window: an undated article needs stronger evidence. Plus
     * {@link StoryOptions#occasionBonus} when a member names the same occasion ({@link #sameOccasion}), plus
     * {@link StoryOptions#datedOccasionBonus} when a member names one of its dated occasions ({@link #sharesDatedOccasion}).
     */
    double similarity(ArticleDoc d, StoryOptions options) {
        double decayDays = options.decayDays();
        int windowDays = options.windowDays();
        double e = entityNorm == 0 ? 0 : d.entities().dot(entities) / entityNorm;
        double t = termNorm == 0 ? 0 : d.terms().dot(terms) / termNorm;
        double o = options.occasionWeight() == 0 ? 0 : occasions(d, options.occasionDecayDays(), windowDays);
        double v = 0;
        if (embeddingNorm > 0) {
            double dot = 0;
            float[] a = d.embedding();
            for (int i = 0; i < a.length; i++) dot += a[i] * embedding[i];
            v = Math.max(0, dot / embeddingNorm);
        }
        double s = combine(e, t, v, o, options.occasionWeight());
        long days = Long.MAX_VALUE;
        if (d.date() != null) {
            for (ArticleDoc m : members) {
                if (m.date() != null) days = Math.min(days, Math.abs(ChronoUnit.DAYS.between(d.date(), m.date())));
            }
        }
        // Unknown distance in time: the decay expected for a distance anywhere in the window.
        s *= days == Long.MAX_VALUE ? undatedDecay(decayDays, windowDays) : Math.exp(-days / decayDays);
        if (options.occasionBonus() > 0 && sharesOccasion(d)) s += options.occasionBonus();
        if (options.datedOccasionBonus() > 0 && sharesDatedOccasion(d)) s += options.datedOccasionBonus();
        return s;
    }

    /** Whether a member names one of the article's dated occasions (noun and day in one sentence, {@link Pending#datedOccasions}). */
    boolean sharesDatedOccasion(ArticleDoc d) {
        if (d.pending().datedOccasions().isEmpty()) return false;
        for (ArticleDoc m : members) if (sameDatedOccasion(d, m)) return true;
        return false;
    }

    static boolean sameDatedOccasion(ArticleDoc a, ArticleDoc b) {
        for (int k : a.pending().datedOccasions()) if (b.pending().datedOccasions().contains(k)) return true;
        return false;
    }

    /** Whether a member names the same occasion as the article ({@link #sameOccasion}). */
    boolean sharesOccasion(ArticleDoc d) {
        if (d.occasions().size() == 0) return false;
        for (ArticleDoc m : members) if (sameOccasion(d, m)) return true;
        return false;
    }

    /**
     * The occasion's identity, as far as the lead tells it: a listed occasion noun in both headlines-and-first-three-sentences,
     * and occasion dates ({@link Pending#occasionDate}) at most {@link #OCCASION_DAYS} apart. An article without one
     * (undated, no date in its lead) cannot be placed at the occasion: a noun alone joined an undated 2020 phone call
     * ("the meeting") to a 2017 summit story on the seeds.
     */
    static boolean sameOccasion(ArticleDoc a, ArticleDoc b) {
        if (a.occasions().dot(b.occasions()) <= 0) return false;
        LocalDate x = a.pending().occasionDate();
        LocalDate y = b.pending().occasionDate();
        return x != null && y != null && Math.abs(ChronoUnit.DAYS.between(x, y)) <= OCCASION_DAYS;
    }

    /**
     * How well the article's occasion nouns match those of the member that matches them best: their cosine times
     * {@code exp(-d / occasionDecayDays)} for the days between the two (the mean over the window when either is
     * undated). An occasion happens at one time, so the same noun a week apart is another occasion (a second
     * debate); a story of many occasions (reactions, previews) keeps the one its nearest member names.
     */
    private double occasions(ArticleDoc d, double occasionDecayDays, int windowDays) {
        if (d.occasions().size() == 0) return 0;
        double best = 0;
        for (ArticleDoc m : members) {
            double c = d.occasions().dot(m.occasions());
            if (c == 0) continue;
            double w = d.date() == null || m.date() == null ? undatedDecay(occasionDecayDays, windowDays)
                    : Math.exp(-Math.abs(ChronoUnit.DAYS.between(d.date(), m.date())) / occasionDecayDays);
            best = Math.max(best, c * w);
        }
        return best;
    }

    /** The mean of exp(-d / decayDays) for d uniform in [0, windowDays]. */
    static double undatedDecay(double decayDays, int windowDays) {
        return decayDays / windowDays * (1 - Math.exp(-windowDays / decayDays));
    }

    /**
     * Whether most members agree that the article belongs: the median cosine of its headline-and-lead embedding with
     * theirs reaches {@code floor}. The centroid is a sum, so a story that grew with a big event is close to whatever
     * shares part of it; the median asks the members one by one (average-link in spirit, without its chaining).
     */
    boolean membersAgree(ArticleDoc d, double floor) {
        if (floor <= 0) return true;
        double[] c = new double[members.size()];
        for (int i = 0; i < c.length; i++) c[i] = TextEmbedder.cosine(d.embedding(), members.get(i).embedding());
        java.util.Arrays.sort(c);
        int n = c.length;
        double median = n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
        return median >= floor;
    }

    public long number() { return number; }

    public List<ArticleDoc> members() { return members; }

    static double cosine(float[] a, float[] b) { return TextEmbedder.cosine(a, b); }
}
