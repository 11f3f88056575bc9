package org.parley.run;

import java.time.Duration;

/**
 * What one article may cost. An article over either limit is skipped with its reason (never truncated),
 * so that one pathological record (a concatenated dump, a forum thread, a PDF turned into text) cannot
 * stall the batch or take its heap.
 *
 * @param timeout  budget for the per-article stages, in CPU time of the article's thread (wall time where the JVM
 *                 cannot measure it), checked between stages and between sentences
 * @param maxChars longest article text analysed. The default, 200,000 characters, is six times the
 *                 longest of PolNeAR's 924 political news articles (33,672; median 3,580, 99th percentile
 *                 15,371) and above long-form features (~100,000): no real news article reaches it
 */
public record ArticleLimits(Duration timeout, int maxChars) {
    public static final ArticleLimits DEFAULTS = new ArticleLimits(Duration.ofSeconds(60), 200_000);

    public ArticleLimits {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive");
    }

    /**
     * How long the runner waits for an article that does not stop at its deadline (a stage stuck inside
     * one long step) before giving it up, on the deadline's clock: the budget plus half of it plus 5 s.
     */
    public Duration abandonAfter() { return timeout.plus(timeout.dividedBy(2)).plusSeconds(5); }
}
