package org.parley.stories;

/**
 * The few parameters of story clustering. Defaults were set on the PolNeAR dev partition and the team's first train
 * partition, and checked on a second, unseen one (docs/quality.md, "Stories, round 4" and "Stories, round 6": the
 * dated-occasion bonus and threshold 0.14).
 *
 * @param windowDays   a story stays open for new articles this many days after its latest article; also the
 *                     span of the story definition ("typically within about a week")
 * @param decayDays    time constant of the similarity decay: two articles {@code d} days apart have their
 *                     similarity multiplied by {@code exp(-d / decayDays)}
 * @param threshold    an article joins the most similar open story when the similarity reaches this (for a story of
 *                     one article; larger stories ask more, see {@code sizeExponent}), else it starts a new story
 * @param occasionWeight weight of the main-event signal (the occasion nouns of headline and first three sentences) against
 *                     entities (2), words (1) and embedding (1); 0 leaves it out. Off by default: weight 2 with window
 *                     4 raised the dev pair F1 from 0.46 to 0.62 but lowered the unseen train partition's from 0.44 to
 *                     0.37 (docs/quality.md, Stories)
 * @param occasionDecayDays time constant of the main-event signal alone: the occasion nouns of an article are
 *                     compared with those of the story's members each weighted by {@code exp(-d / occasionDecayDays)},
 *                     so that one noun for two occasions a week apart (two debates, two conventions) does not join them
 * @param memberFloor an article may join its best story only when the median cosine of its headline-and-lead embedding
 *                     with those of the story's members reaches this; else it starts its own story. 0 (the default)
 *                     switches the check off. Meant against a centroid that grows with a big event and attracts the
 *                     topic around it; with 0.30 (MiniLM) the dev figure kept its level over a wider band of thresholds,
 *                     but the unseen train partition lost recall and gained no precision (docs/quality.md, Stories), so off
 * @param reorderBuffer articles are taken in date order within a buffer of this many articles (the stage receives
 *                     them in input order); an article older than what the buffer has already released is still
 *                     clustered, against the stories that are still open
 * @param occasionBonus added to an article's similarity with a story when it names the same occasion as one of the
 *                     story's members: an occasion noun of both headlines-and-first-paragraphs (first three sentences), with occasion dates (the
 *                     first full date of headline and lead, else the article's date) at most
 *                     {@code OpenStory.OCCASION_DAYS} apart. 0 (the default) leaves it out. The threshold has to rise
 *                     with it (an article without the shared occasion then needs more of the other evidence); see
 *                     docs/quality.md, "Stories, round 4"
 * @param sizeExponent the threshold an article must reach to join a story of n articles is
 *                     {@code threshold * n^sizeExponent}. The similarity is a cosine with the story's centroid, the sum of
 *                     its members' vectors; the more members a loosely knit story has, the closer that sum points to the
 *                     corpus's mean and the higher any article of the same days scores against it (a convention story
 *                     drew in the leak of the same week). 0 (the default) keeps one threshold for every size
 * @param datedOccasionBonus added to an article's similarity with a story when a member names one of its dated
 *                     occasions: the same occasion noun told with the same day in one sentence of the headline or first
 *                     sentences ("Monday's presidential debate"). The occasion's identity by its own words, so a reaction,
 *                     a fact-check or a post-debate poll finds the story of the event it names; another debate, on
 *                     another day, does not match. 0 leaves it out (docs/quality.md, "Stories, round 6")
 */
public record StoryOptions(int windowDays, double decayDays, double threshold, double occasionWeight, double occasionDecayDays,
                           int reorderBuffer, double memberFloor, double occasionBonus, double sizeExponent,
                           double datedOccasionBonus) {
    public StoryOptions {
        if (windowDays < 1) throw new IllegalArgumentException("windowDays must be at least 1");
        if (!(decayDays > 0)) throw new IllegalArgumentException("decayDays must be positive");
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0, 1)");
        if (!(occasionWeight >= 0)) throw new IllegalArgumentException("occasionWeight must not be negative");
        if (!(occasionDecayDays > 0)) throw new IllegalArgumentException("occasionDecayDays must be positive");
        if (reorderBuffer < 1) throw new IllegalArgumentException("reorderBuffer must be at least 1");
        if (!(memberFloor >= 0 && memberFloor < 1)) throw new IllegalArgumentException("memberFloor must be in [0, 1)");
        if (!(occasionBonus >= 0 && occasionBonus < 1)) throw new IllegalArgumentException("occasionBonus must be in [0, 1)");
        if (!(sizeExponent >= 0 && sizeExponent < 1)) throw new IllegalArgumentException("sizeExponent must be in [0, 1)");
        if (!(datedOccasionBonus >= 0 && datedOccasionBonus < 1)) throw new IllegalArgumentException("datedOccasionBonus must be in [0, 1)");
    }

    /** The options without the dated-occasion bonus ({@code datedOccasionBonus} 0), as before it existed. */
    public StoryOptions(int windowDays, double decayDays, double threshold, double occasionWeight, double occasionDecayDays,
                        int reorderBuffer, double memberFloor, double occasionBonus, double sizeExponent) {
        this(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, sizeExponent, 0);
    }

    /** The options without the size exponent ({@code sizeExponent} 0), as before it existed. */
    public StoryOptions(int windowDays, double decayDays, double threshold, double occasionWeight, double occasionDecayDays,
                        int reorderBuffer, double memberFloor, double occasionBonus) {
        this(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, 0, 0);
    }

    /** The threshold an article must reach to join a story of {@code members} articles. */
    public double thresholdFor(int members) {
        return sizeExponent == 0 || members <= 1 ? threshold : threshold * Math.pow(members, sizeExponent);
    }

    /** The options without the occasion bonus ({@code occasionBonus} 0), as before it existed. */
    public StoryOptions(int windowDays, double decayDays, double threshold, double occasionWeight, double occasionDecayDays,
                        int reorderBuffer, double memberFloor) {
        this(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, 0, 0);
    }

    /** The options without the member check ({@code memberFloor} 0), as before it existed. */
    public StoryOptions(int windowDays, double decayDays, double threshold, double occasionWeight, double occasionDecayDays, int reorderBuffer) {
        this(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, 0, 0, 0, 0);
    }

    public static StoryOptions defaults() { return new StoryOptions(7, 7.0, 0.14, 0, 5.0, 2000, 0, 0.05, 0.1, 0.05); }

    public StoryOptions withThreshold(double t) { return new StoryOptions(windowDays, decayDays, t, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, sizeExponent, datedOccasionBonus); }

    public StoryOptions withDecayDays(double d) { return new StoryOptions(windowDays, d, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, sizeExponent, datedOccasionBonus); }

    public StoryOptions withWindowDays(int w) { return new StoryOptions(w, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, sizeExponent, datedOccasionBonus); }

    public StoryOptions withOccasionWeight(double w) {
        return new StoryOptions(windowDays, decayDays, threshold, w, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, sizeExponent, datedOccasionBonus);
    }

    public StoryOptions withOccasionDecayDays(double d) { return new StoryOptions(windowDays, decayDays, threshold, occasionWeight, d, reorderBuffer, memberFloor, occasionBonus, sizeExponent, datedOccasionBonus); }

    public StoryOptions withMemberFloor(double f) {
        return new StoryOptions(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, f, occasionBonus, sizeExponent, datedOccasionBonus);
    }

    public StoryOptions withReorderBuffer(int n) { return new StoryOptions(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, n, memberFloor, occasionBonus, sizeExponent, datedOccasionBonus); }

    public StoryOptions withOccasionBonus(double b) {
        return new StoryOptions(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, b, sizeExponent, datedOccasionBonus);
    }

    public StoryOptions withSizeExponent(double e) {
        return new StoryOptions(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, e, datedOccasionBonus);
    }

    public StoryOptions withDatedOccasionBonus(double b) {
        return new StoryOptions(windowDays, decayDays, threshold, occasionWeight, occasionDecayDays, reorderBuffer, memberFloor, occasionBonus, sizeExponent, b);
    }
}
