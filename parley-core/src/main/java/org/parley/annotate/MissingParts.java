package org.parley.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.parley.model.MissingPart;
import org.parley.model.Stage;

/**
 * The one place where a failure costs only a piece of an article, not the article (docs/decisions.md, "A library
 * that fails on one sentence"): a third-party step that is known to throw on odd input (SUTime, the parser) runs
 * one sentence at a time through {@link #orMissing}, and a failure becomes a {@link MissingPart} that the article
 * carries to articles.jsonl and the batch summary. A timeout and a JVM error are not caught: they end the article.
 * Parley's own stages never use this; they fail the article (the runner names the stage).
 */
public final class MissingParts {
    private final List<MissingPart> parts = new ArrayList<>();

    /**
     * {@code work}, or {@code ifMissing} when it throws; then {@code part} ("dates in sentence 12") is recorded as
     * missing in {@code stage}, with {@code what} ("SUTime") and the exception as the reason.
     */
    public <T> T orMissing(Stage stage, String part, String what, Supplier<T> work, T ifMissing) {
        try {
            return work.get();
        } catch (Deadline.TimedOut e) {
            throw e;
        } catch (RuntimeException e) {
            // --debug (-Dparley.debug) shows the stack trace the one-line reason leaves out
            if (System.getProperty("parley.debug") != null) e.printStackTrace();
            parts.add(new MissingPart(stage, part, what + " failed: " + oneLine(e)));
            return ifMissing;
        }
    }

    public List<MissingPart> list() { return List.copyOf(parts); }

    private static String oneLine(RuntimeException e) {
        String m = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("").strip();
        if (m.length() > 202) m = m.substring(0, 200) + "...";
        return e.getClass().getSimpleName() + m;
    }
}
