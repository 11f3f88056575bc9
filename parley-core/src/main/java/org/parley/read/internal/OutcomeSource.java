package org.parley.read.internal;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.parley.read.ReadOutcome;

/**
 * The outcomes of one input file, produced on demand. Subclasses implement {@link #produce()}, which
 * returns the next outcome or null at the end; any exception it throws becomes a final skip outcome,
 * so a source never throws out of {@code hasNext}/{@code next}. {@link #close()} releases the file.
 */
public abstract class OutcomeSource implements Iterator<ReadOutcome>, Closeable {
    protected final String path;
    private ReadOutcome next;
    private boolean done;

    protected OutcomeSource(String path) {
        this.path = path;
    }

    /** The next outcome, or null when the file is exhausted. */
    protected abstract ReadOutcome produce() throws Exception;

    /** Releases resources; called once, also after an error. */
    protected void release() throws Exception {}

    /** One-line reason for an unexpected error while producing. */
    protected String describe(Exception e) {
        return Failures.reason(e);
    }

    @Override
    public final boolean hasNext() {
        if (next != null) return true;
        if (done) return false;
        try {
            next = produce();
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // -Dparley.debug prints the stack trace of what would otherwise be a one-line reason.
            if (System.getProperty("parley.debug") != null) e.printStackTrace();
            next = ReadOutcome.skip(path, e instanceof Exception ex ? describe(ex)
                    : e instanceof StackOverflowError ? "too deeply nested to read" : "too large to read (out of memory)");
            done = true;
            close();
            return true;
        }
        if (next == null) {
            done = true;
            close();
        }
        return next != null;
    }

    @Override
    public final ReadOutcome next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReadOutcome r = next;
        next = null;
        return r;
    }

    @Override
    public final void close() {
        try {
            release();
        } catch (Exception e) {
            // nothing useful to do: the outcomes already produced stand
        }
    }

    /** A source with a single, already known outcome (e.g. a skip). */
    public static OutcomeSource of(ReadOutcome outcome) {
        return new OutcomeSource(outcome.isOk() ? outcome.article().path() : outcome.skipped().path()) {
            private boolean given;

            @Override
            protected ReadOutcome produce() {
                if (given) return null;
                given = true;
                return outcome;
            }
        };
    }
}
