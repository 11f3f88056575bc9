package org.parley.events.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.events.internal.SentenceCoder.TimexRef;

/**
 * The article's time expressions, with the look-ups the coder makes for every event: those wholly inside a
 * sentence (in the list's order, which decides which one dates the event) and the latest year they name.
 * Indexed once per article, so that dating costs time in proportion to the article, not to its square
 * (an event in a long article no longer walks every date of it).
 */
public final class TimexRefs {
    private final List<TimexRef> all;
    /** List positions sorted by start offset. */
    private final int[] byStart;
    private Integer latestYear;
    private boolean latestYearKnown;

    public TimexRefs(List<TimexRef> all) {
        this.all = List.copyOf(all);
        Integer[] order = new Integer[this.all.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(this.all.get(a).start(), this.all.get(b).start()));
        byStart = new int[order.length];
        for (int i = 0; i < order.length; i++) byStart[i] = order[i];
    }

    public List<TimexRef> all() { return all; }

    /** Those with a value and wholly inside {@code [start, end]}, in list order. */
    public List<TimexRef> within(int start, int end) {
        int lo = 0, hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(byStart[mid]).start() < start) lo = mid + 1; else hi = mid;
        }
        List<Integer> found = new ArrayList<>();
        for (int i = lo; i < byStart.length && all.get(byStart[i]).start() <= end; i++) {
            TimexRef t = all.get(byStart[i]);
            if (t.end() <= end && t.value() != null) found.add(byStart[i]);
        }
        found.sort(null);
        List<TimexRef> out = new ArrayList<>(found.size());
        for (int i : found) out.add(all.get(i));
        return out;
    }

    /** The latest year (the first four characters of a value, when digits) of any of them, or null. */
    public Integer latestYear() {
        if (!latestYearKnown) {
            for (TimexRef t : all) {
                if (t.value() == null || t.value().length() < 4 || !t.value().substring(0, 4).matches("\\d{4}")) continue;
                int y = Integer.parseInt(t.value().substring(0, 4));
                if (latestYear == null || y > latestYear) latestYear = y;
            }
            latestYearKnown = true;
        }
        return latestYear;
    }
}
