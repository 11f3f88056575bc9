package org.parley.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule that says which reports of an event are the same event, for the events of one merge key
 * ({@link EventMerger#key}): an event joins the first group (in the order the groups were opened) whose
 * members and itself are all dated to the day and at most {@link EventMerger#MAX_DAYS_APART} days apart;
 * otherwise it opens a new group. An event not dated to the day (unknown, a month, a year) opens a group
 * of its own that nothing joins.
 *
 * <p>"All members within the window" is the same as "the group's first and last day, with the new one,
 * within the window", so a group is kept as two days: memory is per group, not per event. The batch's
 * {@link EventMerger} and the store's merge both place events with this class. Not thread-safe.
 */
public final class MergeGroups {
    /** Per group: first and last epoch day, or null for a group of one undated event (closed). */
    private final List<long[]> ranges = new ArrayList<>();

    /** Adds a group formed earlier (a stored event), first to last day; null days make it closed. Returns its index. */
    public int add(LocalDate first, LocalDate last) {
        ranges.add(first == null || last == null ? null : new long[] {first.toEpochDay(), last.toEpochDay()});
        return ranges.size() - 1;
    }

    /**
     * Places an event dated {@code date} (ISO, as events carry it; null when unknown): returns the index of the
     * group it joins, or {@link #size()} before the call when it opens a new one.
     */
    public int place(String date) {
        int at = join(date);
        if (at >= 0) return at;
        LocalDate d = EventMerger.day(date);
        return add(d, d);
    }

    /** As {@link #place}, but opens no group: returns -1 when the event joins none. */
    public int join(String date) {
        LocalDate d = EventMerger.day(date);
        if (d == null) return -1;
        long day = d.toEpochDay();
        for (int i = 0; i < ranges.size(); i++) {
            long[] r = ranges.get(i);
            if (r != null && Math.max(r[1], day) - Math.min(r[0], day) <= EventMerger.MAX_DAYS_APART) {
                r[0] = Math.min(r[0], day);
                r[1] = Math.max(r[1], day);
                return i;
            }
        }
        return -1;
    }

    /** Groups so far. */
    public int size() { return ranges.size(); }
}
