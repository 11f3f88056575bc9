package org.parley.annotate;

/**
 * A temporal expression as the annotator (SUTime) found it, before Parley's own normalisation.
 * {@code value} is SUTime's TIMEX3 value relative to the date the annotator was given (may be null
 * or contain X's).
 */
public record RawTimex(int sentence, int start, int end, String text, String type, String value) {}
