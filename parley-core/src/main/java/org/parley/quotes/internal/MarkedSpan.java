package org.parley.quotes.internal;

/**
 * A stretch of text between quotation marks. {@code [start, end)} includes the marks (when present);
 * {@code [innerStart, innerEnd)} is the text between them. {@code paragraph} is the index of the
 * paragraph it opens in. {@code runsOn}: the quote has no closing mark at its paragraph's end
 * because the next paragraph reopens it (news convention); {@code continuation}: this span is such
 * a reopened paragraph. {@code unbalanced}: a mark is missing (bad conversion) and the span was
 * closed at a paragraph boundary or opened at one.
 */
public record MarkedSpan(int start, int end, int innerStart, int innerEnd, boolean single, int paragraph,
                         boolean runsOn, boolean continuation, boolean unbalanced) {
    public String inner(String text) { return text.substring(innerStart, innerEnd); }

    public boolean overlaps(int s, int e) { return start < e && s < end; }
}
