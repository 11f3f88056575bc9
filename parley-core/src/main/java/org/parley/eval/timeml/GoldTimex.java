package org.parley.eval.timeml;

/**
 * A gold TIMEX3 from a TimeML file. {@code start}/{@code end} index the document's plain text (the
 * content of its TEXT element with all tags removed and entities decoded).
 */
public record GoldTimex(String tid, int start, int end, String text, String type, String value, String mod) {}
