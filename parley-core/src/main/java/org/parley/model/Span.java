package org.parley.model;

/** A half-open range {@code [start, end)} of UTF-16 code units in an article's {@code text}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public int length() { return end - start; }

    public boolean contains(int offset) { return offset >= start && offset < end; }

    public boolean contains(Span other) { return other.start >= start && other.end <= end; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    public String of(String text) { return text.substring(start, end); }
}
