package org.parley.run;

import java.io.PrintStream;

/**
 * Progress on stderr. On a terminal, one line redrawn at most four times a second; elsewhere (nohup,
 * cron, CI logs) a plain line at most every 10 seconds, so that a log shows the batch is alive without
 * filling up.
 */
final class Progress {
    enum Mode { OFF, TERMINAL, LOG }

    static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final Mode mode;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    Progress(Mode mode, PrintStream err) {
        this.mode = mode;
        this.err = err;
        this.lastDraw = mode == Mode.LOG ? startNanos : 0;
    }

    /** Terminal mode when the console is interactive, log lines otherwise; off when not wanted. */
    static Progress of(boolean wanted) {
        return new Progress(!wanted ? Mode.OFF : System.console() != null ? Mode.TERMINAL : Mode.LOG, System.err);
    }

    void update(long done, long skipped) { update(done, skipped, -1, System.nanoTime()); }

    void update(long done, long skipped, double fractionRead) { update(done, skipped, fractionRead, System.nanoTime()); }

    void update(long done, long skipped, long now) { update(done, skipped, -1, now); }

    /** @param fractionRead share of the input's bytes read so far (0-1), or negative when the input size is unknown */
    void update(long done, long skipped, double fractionRead, long now) {
        if (mode == Mode.OFF) return;
        long interval = mode == Mode.TERMINAL ? 250_000_000L : LOG_INTERVAL_NANOS;
        if (now - lastDraw < interval) return;
        lastDraw = now;
        double secs = (now - startNanos) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        String line = String.format(java.util.Locale.ROOT, "%d articles  %.1f articles/s  %d skipped", done, rate, skipped);
        if (mode == Mode.TERMINAL) err.print("\r  " + line + "   ");
        else err.println("parley: " + line + String.format(java.util.Locale.ROOT, "  (%.0f s)", secs) + eta(fractionRead, secs));
    }

    /** ", 40% of the input read, about 3 min left" once a first share of the input is read; empty before. */
    static String eta(double fraction, double secs) {
        if (!(fraction > 0) || fraction >= 1) return "";
        double left = secs * (1 - fraction) / fraction;
        String when = left < 90 ? String.format(java.util.Locale.ROOT, "%.0f s", left)
                : left < 5400 ? String.format(java.util.Locale.ROOT, "%.0f min", left / 60)
                : String.format(java.util.Locale.ROOT, "%.1f h", left / 3600);
        return String.format(java.util.Locale.ROOT, ", %.0f%% of the input read, about %s left", fraction * 100, when);
    }

    void finish() {
        if (mode == Mode.TERMINAL) err.print("\r" + " ".repeat(78) + "\r");
    }
}
