package org.parley.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a running batch to stop taking new articles (SIGINT, SIGTERM); the runner then finishes the
 * articles in flight, finishes the corpus stages and closes its files, and reports that it is done.
 */
public final class StopSignal {
    private volatile boolean requested;
    private final CountDownLatch done = new CountDownLatch(1);

    public void request() { requested = true; }

    public boolean isRequested() { return requested; }

    /** Called by the runner when its files are closed. */
    void finished() { done.countDown(); }

    /** Waits until the runner has closed its files; false when {@code seconds} passed first. */
    public boolean awaitFinished(long seconds) throws InterruptedException { return done.await(seconds, TimeUnit.SECONDS); }
}
