package org.parley.run;

import java.io.PrintStream;

/** A one-line progress display on stderr, only when stderr is a terminal. */
final class Progress {
    private final PrintStream err = System.err;
    private final boolean enabled;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDraw;

    Progress(boolean enabled, long total) {
        this.enabled = enabled;
        this.total = total;
    }

    void update(long done, long skipped) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastDraw < 250_000_000L) return;
        lastDraw = now;
        double secs = (now - startNanos) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        String eta = total > 0 && rate > 0 ? String.format("  ETA %ds", (long) ((total - done) / rate)) : "";
        String of = total > 0 ? "/" + total : "";
        err.printf("\r  %d%s articles  %.1f articles/s  %d skipped%s   ", done, of, rate, skipped, eta);
    }

    void finish() {
        if (enabled) err.print("\r" + " ".repeat(78) + "\r");
    }
}
