package org.parley.model;

/** "MOSCOW (Sputnik) —": the place and outlet a story was filed from, with the span it occupies. */
public record Dateline(String place, String outlet, Span span) {}
