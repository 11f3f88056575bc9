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

    void update(long done, long skipped) { update(done, skipped, System.nanoTime()); }

    void update(long done, long skipped, long now) {
        if (mode == Mode.OFF) return;
        long interval = mode == Mode.TERMINAL ? 250_000_000L : LOG_INTERVAL_NANOS;
        if (now - lastDraw < interval) return;
        lastDraw = now;
        double secs = (now - startNanos) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        String line = String.format(java.util.Locale.ROOT, "%d articles  %.1f articles/s  %d skipped", done, rate, skipped);
        if (mode == Mode.TERMINAL) err.print("\r  " + line + "   ");
        else err.println("parley: " + line + String.format(java.util.Locale.ROOT, "  (%.0f s)", secs));
    }

    void finish() {
        if (mode == Mode.TERMINAL) err.print("\r" + " ".repeat(78) + "\r");
    }
}
