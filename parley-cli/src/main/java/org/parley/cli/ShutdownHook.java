package org.parley.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parley.run.StopSignal;

/**
 * On SIGINT or SIGTERM, asks the batch to stop taking new articles, then holds the JVM's exit until the
 * runner has finished the articles in flight, written the corpus tables and closed its files, and the
 * summary is printed (or {@code graceSeconds} passed). A second signal cannot shorten it; kill -9 can,
 * and then every complete line is still valid (see docs/schema.md).
 */
final class ShutdownHook implements AutoCloseable {
    private final StopSignal stop = new StopSignal();
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;

    ShutdownHook(long graceSeconds) {
        hook = new Thread(() -> {
            stop.request();
            System.err.println("\nparley: stopping: finishing the articles in flight and writing entities and events...");
            try {
                reported.await(graceSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parley-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    StopSignal signal() { return stop; }

    /** The run is over and reported: a signal now has nothing left to wait for. */
    @Override public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and returns now
        }
    }
}
