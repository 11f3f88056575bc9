package org.parley.run;

import java.time.Duration;

/** What a batch did, for the one-line summary and the exit code. */
public record BatchSummary(long analysed, long skipped, long duplicates, long notEnglish, long failed,
                           long entities, long timexes, long events, long quotes, Duration elapsed) {
    public String oneLine() {
        double secs = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format("%d articles analysed (%d near-duplicates, %d not in English), %d inputs skipped, "
                        + "%d failed; %d entities, %d dates, %d events, %d quotations; %.1fs (%.1f articles/s)",
                analysed, duplicates, notEnglish, skipped, failed, entities, timexes, events, quotes, secs, analysed / secs);
    }
}
