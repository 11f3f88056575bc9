package org.parley.model;

/**
 * A temporal expression normalised to a TIMEX3 value relative to the article's date.
 * {@code type} is DATE, TIME, DURATION or SET; {@code value} is the TIMEX3 value ("2017-05-29",
 * "2013-H2", "P2Y", "XXXX-WXX-1"...), or null when it cannot be normalised. {@code mod} is the
 * TIMEX3 mod attribute ("START", "MID", "END", "APPROX", "MORE_THAN", ...) or null.
 */
public record Timex(String article, int start, int end, String text, String type, String value, String mod) {
    public Timex(String article, int start, int end, String text, String type, String value) {
        this(article, start, end, text, type, value, null);
    }
}
