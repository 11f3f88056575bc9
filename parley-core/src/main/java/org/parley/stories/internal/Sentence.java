package org.parley.stories.internal;

/** A body sentence of an article kept as a summary candidate: its offsets in the article's text and its text. */
public record Sentence(int start, int end, String text, int position) {}
