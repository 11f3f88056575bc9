package org.parley.model;

/**
 * An input Parley could not analyse, with a one-line reason a user can act on: one line of skipped.jsonl.
 *
 * @param path   the input (file, or {@code file.jsonl#17})
 * @param id     the article id when the input was read as an article, else null
 * @param stage  where it was given up
 * @param reason one line, no stack trace
 */
public record Skipped(String path, String id, Stage stage, String reason) {
    /** An input that could not be read. */
    public Skipped(String path, String reason) { this(path, null, Stage.READ, reason); }
}
