package org.parley.clean.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Detects hard-wrapped text (lines broken at a fixed width, as in e-mail and wire copy) and decides
 * which newlines are mere wraps (to be read as spaces) and which end a paragraph or a heading.
 */
public final class HardWrap {
    private HardWrap() {}

    /** Line lengths, in order, of {@code text} split at '\n'. */
    static int[] lineLengths(String text) {
        List<Integer> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(i - start);
                start = i + 1;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The wrap width when the text looks hard-wrapped, else -1. Wrapped: at least six non-empty
     * lines, most of them within a narrow band just under a common width between 40 and 100.
     */
    public static int wrapWidth(String text) {
        int[] lengths = Arrays.stream(lineLengths(text)).filter(n -> n > 0).sorted().toArray();
        if (lengths.length < 6) return -1;
        int width = lengths[(int) Math.floor(lengths.length * 0.75)];
        if (width < 40 || width > 100) return -1;
        int inBand = 0;
        for (int n : lengths) if (n >= width * 0.75 && n <= width + 8) inBand++;
        return inBand * 2 >= lengths.length ? width : -1;
    }

    /**
     * True when the newline at {@code nl}, ending a line of {@code lineLength} characters, is a wrap
     * inside a paragraph: the line is near full width, the next line is not blank, and the line does
     * not end a sentence right before a short line (a heading such as a quoted sub-headline).
     */
    public static boolean isWrap(String text, int nl, int lineLength, int width) {
        if (lineLength < width * 0.75) return false;
        int next = nl + 1;
        if (next >= text.length() || Character.isWhitespace(text.charAt(next))) return false;
        int nextEnd = text.indexOf('\n', next);
        int nextLength = (nextEnd < 0 ? text.length() : nextEnd) - next;
        return !(nextLength < width * 0.75 && endsSentence(text, nl));
    }

    private static boolean endsSentence(String text, int nl) {
        int i = nl - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\r')) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201D' || c == '\u2019' || c == '\'';
    }
}
