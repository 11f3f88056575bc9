package org.parley.annotate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.parley.model.Stage;

/**
 * The time budget of one article. Long loops (the annotator's sentences) and the pipeline between
 * stages call {@link #check}; past the deadline it throws {@link TimedOut}, so a pathological article
 * is given up at the next check instead of stalling the batch. Checking is a clock read: cheap enough per sentence.
 *
 * <p>The clock is the CPU time of the thread that created the deadline (the worker analysing the article),
 * where the JVM measures it, else the wall clock: on a loaded machine (other jobs, two workers on one core)
 * an ordinary article takes many times its CPU time in wall time, and a wall-clock budget would drop it.
 */
public final class Deadline {
    private static final Deadline NONE = new Deadline(null);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = cpuClock();

    private final Duration budget;
    private final long threadId = Thread.currentThread().getId();
    private final long startNanos;
    private final long endNanos;
    /** The stage the article is in, for a runner that has to give it up without its cooperation. */
    private volatile Stage stage = Stage.CLEAN;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.startNanos = budget == null ? 0 : now();
        this.endNanos = budget == null ? Long.MAX_VALUE : startNanos + budget.toNanos();
    }

    private static boolean cpuClock() {
        try {
            if (!THREADS.isThreadCpuTimeSupported()) return false;
            if (!THREADS.isThreadCpuTimeEnabled()) THREADS.setThreadCpuTimeEnabled(true);
            return THREADS.getCurrentThreadCpuTime() >= 0;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The deadline's clock: CPU time of the article's thread (-1 once that thread has ended), else wall time. */
    private long now() {
        if (!CPU_CLOCK) return System.nanoTime();
        long t = THREADS.getThreadCpuTime(threadId);
        return t < 0 ? Long.MAX_VALUE / 2 : t;
    }

    /** Time used so far on the deadline's clock. */
    public Duration used() { return budget == null ? Duration.ZERO : Duration.ofNanos(now() - startNanos); }

    /** No limit (evaluation, tests). */
    public static Deadline none() { return NONE; }

    /** Ends {@code budget} from now. */
    public static Deadline after(Duration budget) {
        if (budget.isNegative() || budget.isZero()) throw new IllegalArgumentException("budget must be positive: " + budget);
        return new Deadline(budget);
    }

    /** Records that the article enters {@code s}. */
    public void enter(Stage s) { if (this != NONE) stage = s; }

    public Stage stage() { return stage; }

    public boolean isOver() { return budget != null && now() - endNanos > 0; }

    /** Throws when over budget; {@code where} says what was being done ("pos, sentence 1,812 of 40,000"). */
    public void check(String where) {
        if (isOver()) throw new TimedOut(budget, where);
    }

    /** As {@link #check(String)}, for step {@code step} at sentence {@code index} (0-based) of {@code total}. */
    public void check(String step, int index, int total) {
        if (isOver()) throw new TimedOut(budget, String.format(java.util.Locale.ROOT, "%s, sentence %,d of %,d", step, index + 1, total));
    }

    /** The article ran past its budget; the message is the user-facing reason without the stage. */
    public static final class TimedOut extends RuntimeException {
        private final Duration budget;
        private final String where;

        TimedOut(Duration budget, String where) {
            super("timed out after " + seconds(budget) + (where == null || where.isEmpty() ? "" : " (" + where + ")"),
                    null, false, false);
            this.budget = budget;
            this.where = where;
        }

        public Duration budget() { return budget; }

        /** The step inside the stage, or empty. */
        public String where() { return where == null ? "" : where; }

        public static String seconds(Duration d) {
            long ms = d.toMillis();
            return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
        }
    }
}
