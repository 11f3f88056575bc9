package org.parley.read.internal;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;

/** Splits a range of text into paragraph spans at blank lines, trimming surrounding whitespace. */
public final class Paragraphs {
    private Paragraphs() {}

    public static List<Span> of(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= to) break;
            int start = i;
            int end = blankLineAt(text, i, to);
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) trimmed--;
            spans.add(new Span(start, trimmed));
            i = end;
        }
        return spans;
    }

    /** Offset of the first line break that is followed by a blank line, or {@code to}. */
    private static int blankLineAt(String text, int from, int to) {
        int i = text.indexOf('\n', from);
        while (i >= 0 && i < to) {
            int j = i + 1;
            while (j < to && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) j++;
            if (j >= to) return to;
            if (text.charAt(j) == '\n') return i;
            i = text.indexOf('\n', j);
        }
        return to;
    }
}
