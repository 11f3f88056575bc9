package org.parley.run;

import java.time.Duration;
import java.util.Map;
import org.parley.model.Stage;

/**
 * What a batch did, for the one-line summary and the exit code.
 *
 * @param skipped        inputs that could not be read
 * @param failed         articles given up (too long, over time, a stage failed), counted per stage in {@code failedByStage}
 * @param interrupted    the batch was stopped (SIGINT, SIGTERM) before reading all inputs
 * @param resumed        articles an earlier, interrupted run had written (--resume); not in {@code analysed}
 * @param incomplete     articles written with a part missing (a library failed on one of their sentences; the
 *                       {@code missing} list of articles.jsonl says which), counted per stage in {@code incompleteByStage};
 *                       they are in {@code analysed} too, and count as failures for the exit code
 * @param unchanged      articles the sink already held with the same content (a store), skipped unanalysed;
 *                       not in {@code analysed}
 */
public record BatchSummary(long analysed, long skipped, long duplicates, long notEnglish, long failed,
                           long entities, long timexes, long events, long quotes, Duration elapsed,
                           Map<Stage, Long> failedByStage, boolean interrupted, long resumed,
                           long incomplete, Map<Stage, Long> incompleteByStage, long unchanged) {
    public BatchSummary {
        failedByStage = Map.copyOf(failedByStage);
        incompleteByStage = Map.copyOf(incompleteByStage);
    }

    /** Articles given up or written incomplete: what the exit code reports. */
    public boolean anyFailure() { return failed > 0 || incomplete > 0; }

    /** A summary of a run with no unchanged articles. */
    public BatchSummary(long analysed, long skipped, long duplicates, long notEnglish, long failed, long entities, long timexes,
                        long events, long quotes, Duration elapsed, Map<Stage, Long> failedByStage, boolean interrupted, long resumed,
                        long incomplete, Map<Stage, Long> incompleteByStage) {
        this(analysed, skipped, duplicates, notEnglish, failed, entities, timexes, events, quotes, elapsed, failedByStage,
                interrupted, resumed, incomplete, incompleteByStage, 0);
    }

    /** A summary of a run with no unchanged and no incomplete articles. */
    public BatchSummary(long analysed, long skipped, long duplicates, long notEnglish, long failed, long entities, long timexes,
                        long events, long quotes, Duration elapsed, Map<Stage, Long> failedByStage, boolean interrupted, long resumed) {
        this(analysed, skipped, duplicates, notEnglish, failed, entities, timexes, events, quotes, elapsed, failedByStage,
                interrupted, resumed, 0, Map.of(), 0);
    }

    public String oneLine() {
        double secs = Math.max(elapsed.toMillis(), 1) / 1000.0;
        String failures = failed == 0 ? "0 failed" : failed + " failed (" + FailureCounts.describe(failedByStage) + ")";
        if (incomplete > 0) failures += ", " + incomplete + " written with parts missing (" + FailureCounts.describe(incompleteByStage) + ")";
        return String.format("%s%s%d articles analysed (%d near-duplicates, %d not in English), %d inputs skipped, "
                        + "%s; %d entities, %d dates, %d events, %d quotations; %.1fs (%.1f articles/s)",
                interrupted ? "interrupted: " : "", (resumed > 0 ? resumed + " articles from the earlier run, " : "")
                        + (unchanged > 0 ? unchanged + " unchanged articles already stored, " : ""), analysed, duplicates, notEnglish, skipped, failures, entities, timexes,
                events, quotes, secs, analysed / secs);
    }
}
