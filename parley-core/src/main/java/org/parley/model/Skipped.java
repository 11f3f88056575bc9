package org.parley.model;

/** An input Parley could not analyse, with a one-line reason a user can act on. */
public record Skipped(String path, String reason) {}
