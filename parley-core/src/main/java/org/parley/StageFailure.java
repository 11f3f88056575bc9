package org.parley;

import org.parley.annotate.Deadline;
import org.parley.model.Stage;

/**
 * One article could not be analysed: the stage it failed in and a one-line reason. Thrown by
 * {@link Parley#analyze}; the batch runner turns it into a line of skipped.jsonl and goes on.
 * The cause (a bug, an input no rule expected) is kept for {@code --debug}.
 */
public final class StageFailure extends RuntimeException {
    private final Stage stage;

    public StageFailure(Stage stage, Throwable cause) {
        super(reason(stage, cause), cause);
        this.stage = stage;
    }

    public Stage stage() { return stage; }

    /** "timed out after 60 s in annotate (pos, sentence 1,812 of 40,000)", "failed in events: IllegalStateException: ...". */
    private static String reason(Stage stage, Throwable e) {
        if (e instanceof Deadline.TimedOut t) {
            return "timed out after " + Deadline.TimedOut.seconds(t.budget()) + " in " + stage.label()
                    + (t.where().isEmpty() ? "" : " (" + t.where() + ")");
        }
        String m = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("").strip();
        if (m.length() > 202) m = m.substring(0, 200) + "...";
        return "failed in " + stage.label() + ": " + e.getClass().getSimpleName() + m;
    }
}
