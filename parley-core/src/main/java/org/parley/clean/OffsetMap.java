package org.parley.clean;

import java.util.Arrays;

/**
 * Maps offsets in a cleaned string back to the original text, in the manner of Lucene's
 * {@code CharFilter.correctOffset}: the cleaner records a correction point wherever the cleaned
 * string's length diverges from the original, and {@link #correct(int)} applies the cumulative
 * difference in force at an offset. Identity when nothing changed length.
 */
public final class OffsetMap {
    private final int[] cleanOffsets;   // sorted; from here on...
    private final int[] diffs;          // ...original = clean + diff

    private OffsetMap(int[] cleanOffsets, int[] diffs) {
        this.cleanOffsets = cleanOffsets;
        this.diffs = diffs;
    }

    public static OffsetMap identity() { return new OffsetMap(new int[0], new int[0]); }

    /** Offset in the original text for an offset in the cleaned string. */
    public int correct(int cleanOffset) {
        int i = Arrays.binarySearch(cleanOffsets, cleanOffset);
        if (i < 0) i = -i - 2;
        return i < 0 ? cleanOffset : cleanOffset + diffs[i];
    }

    public boolean isIdentity() { return cleanOffsets.length == 0; }

    /** Builds a map while a cleaner copies the original into the cleaned string. */
    public static final class Builder {
        private int[] offs = new int[8];
        private int[] ds = new int[8];
        private int n;

        /** From {@code cleanOffset} on, original offsets are {@code cleanOffset + cumulativeDiff}. */
        public Builder add(int cleanOffset, int cumulativeDiff) {
            if (n > 0 && offs[n - 1] == cleanOffset) { ds[n - 1] = cumulativeDiff; return this; }
            if (n == offs.length) { offs = Arrays.copyOf(offs, n * 2); ds = Arrays.copyOf(ds, n * 2); }
            offs[n] = cleanOffset;
            ds[n++] = cumulativeDiff;
            return this;
        }

        public OffsetMap build() { return new OffsetMap(Arrays.copyOf(offs, n), Arrays.copyOf(ds, n)); }
    }
}
