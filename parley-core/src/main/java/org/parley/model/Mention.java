package org.parley.model;

/** One place in one article where an entity is named. Offsets index the article's {@code text}. */
public record Mention(String article, int start, int end, String text) {}
