package org.parley.eval.brat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A BRAT text-bound span, possibly discontinuous ({@code "start end;start end"}): fragments sorted
 * by start. Equality is fragment-wise, so two spans are "exact" matches only with the same pieces.
 */
public record BratSpan(List<int[]> fragments) {
    public BratSpan {
        List<int[]> copy = new ArrayList<>();
        for (int[] f : fragments) copy.add(new int[] {f[0], f[1]});
        copy.sort(Comparator.comparingInt(f -> f[0]));
        fragments = List.copyOf(copy);
    }

    public static BratSpan of(int start, int end) { return new BratSpan(List.of(new int[] {start, end})); }

    /** Parses "12 20" or "12 20;25 30". */
    public static BratSpan parse(String ranges) {
        List<int[]> out = new ArrayList<>();
        for (String part : ranges.trim().split(";")) {
            String[] se = part.trim().split("\\s+");
            out.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
        }
        return new BratSpan(out);
    }

    public int start() { return fragments.get(0)[0]; }

    public int end() { return fragments.get(fragments.size() - 1)[1]; }

    /** Characters shared with {@code other}. */
    public int overlap(BratSpan other) {
        int n = 0;
        for (int[] a : fragments) for (int[] b : other.fragments) n += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        return n;
    }

    /** The same span with whitespace trimmed from every fragment's edges. */
    public BratSpan trimmed(String text) {
        List<int[]> out = new ArrayList<>();
        for (int[] f : fragments) {
            int s = Math.max(0, f[0]), e = Math.min(text.length(), f[1]);
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new int[] {s, e});
        }
        return out.isEmpty() ? this : new BratSpan(out);
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof BratSpan b) || b.fragments.size() != fragments.size()) return false;
        for (int i = 0; i < fragments.size(); i++) {
            if (fragments.get(i)[0] != b.fragments.get(i)[0] || fragments.get(i)[1] != b.fragments.get(i)[1]) return false;
        }
        return true;
    }

    @Override public int hashCode() {
        int h = 1;
        for (int[] f : fragments) h = 31 * (31 * h + f[0]) + f[1];
        return h;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int[] f : fragments) { if (sb.length() > 0) sb.append(';'); sb.append(f[0]).append(' ').append(f[1]); }
        return sb.toString();
    }
}
