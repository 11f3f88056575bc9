package org.parley.model;

/**
 * A part of an article's results that is missing because a library failed on one piece of it (SUTime on one
 * sentence, the parser on another), while the rest of the article was analysed. Written in the article's
 * {@code missing} list in articles.jsonl and counted per stage in the batch summary: less output is never silent.
 *
 * @param stage  the stage whose output lacks the part (TIME for dates, ANNOTATE for dependencies)
 * @param part   what is missing, e.g. "dates in sentence 12"
 * @param reason why, one line, e.g. "SUTime failed: IllegalArgumentException: ..."
 */
public record MissingPart(Stage stage, String part, String reason) {}
