package org.parley.stories;

/**
 * The few parameters of story clustering. Defaults were set on the PolNeAR dev partition (docs/quality.md).
 *
 * @param windowDays   a story stays open for new articles this many days after its latest article; also the
 *                     span of the story definition ("typically within about a week")
 * @param decayDays    time constant of the similarity decay: two articles {@code d} days apart have their
 *                     similarity multiplied by {@code exp(-d / decayDays)}
 * @param threshold    an article joins the most similar open story when the similarity reaches this, else it
 *                     starts a new story
 * @param reorderBuffer articles are taken in date order within a buffer of this many articles (the stage receives
 *                     them in input order); an article older than what the buffer has already released is still
 *                     clustered, against the stories that are still open
 */
public record StoryOptions(int windowDays, double decayDays, double threshold, int reorderBuffer) {
    public StoryOptions {
        if (windowDays < 1) throw new IllegalArgumentException("windowDays must be at least 1");
        if (!(decayDays > 0)) throw new IllegalArgumentException("decayDays must be positive");
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("threshold must be in (0, 1)");
        if (reorderBuffer < 1) throw new IllegalArgumentException("reorderBuffer must be at least 1");
    }

    public static StoryOptions defaults() { return new StoryOptions(7, 7.0, 0.13, 2000); }

    public StoryOptions withThreshold(double t) { return new StoryOptions(windowDays, decayDays, t, reorderBuffer); }

    public StoryOptions withDecayDays(double d) { return new StoryOptions(windowDays, d, threshold, reorderBuffer); }

    public StoryOptions withWindowDays(int w) { return new StoryOptions(w, decayDays, threshold, reorderBuffer); }

    public StoryOptions withReorderBuffer(int n) { return new StoryOptions(windowDays, decayDays, threshold, n); }
}
