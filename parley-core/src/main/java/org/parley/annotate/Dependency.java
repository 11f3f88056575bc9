package org.parley.annotate;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++ where
 * available). Indices are token indices within the sentence; {@code governor} is -1 for the root.
 */
public record Dependency(int governor, int dependent, String relation) {}
