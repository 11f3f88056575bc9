package org.parley.eval.brat;

/** One attribution relation from an {@code E} line: source, cue and content spans (any may be null). */
public record BratAttribution(BratSpan source, BratSpan cue, BratSpan content) {}
