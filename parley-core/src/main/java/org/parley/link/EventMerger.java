package org.parley.link;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;

/**
 * Merges the same event told by several articles (or twice in one): same type, same source and target
 * actors, same negated/hypothetical status, and dates within a day of each other. The merged event keeps
 * every mention and counts the distinct articles and outlets that tell it, as GDELT's NumArticles and
 * NumSources do. Input order is kept (the first event of a group gives its id). Thread-safe: stateless.
 */
public final class EventMerger {

    /**
     * @param events   events of any number of articles
     * @param outletOf article id -> outlet (site or publisher); null or a null result counts the article
     *                 as its own source
     */
    public List<Event> merge(List<Event> events, Function<String, String> outletOf) {
        Map<String, List<List<Event>>> byKey = new LinkedHashMap<>();
        List<List<Event>> order = new ArrayList<>();
        for (Event e : events) {
            List<List<Event>> groups = byKey.computeIfAbsent(key(e), k -> new ArrayList<>());
            List<Event> home = null;
            for (List<Event> g : groups) {
                if (g.stream().anyMatch(x -> withinADay(x.date(), e.date()))) { home = g; break; }
            }
            if (home == null) { home = new ArrayList<>(); groups.add(home); order.add(home); }
            home.add(e);
        }
        List<Event> out = new ArrayList<>();
        for (List<Event> g : order) out.add(g.size() == 1 ? recount(g.get(0), outletOf) : combine(g, outletOf));
        return out;
    }

    private static Event recount(Event e, Function<String, String> outletOf) {
        return combine(List.of(e), outletOf);
    }

    private static Event combine(List<Event> group, Function<String, String> outletOf) {
        Event first = group.get(0);
        List<Event.EventMention> mentions = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>(), outlets = new LinkedHashSet<>();
        Set<String> contexts = new LinkedHashSet<>();
        String date = first.date(), location = first.location(), mode = first.mode();
        double confidence = 0;
        for (Event e : group) {
            for (Event.EventMention m : e.mentions()) {
                if (!mentions.contains(m)) mentions.add(m);
                articles.add(m.article());
                String outlet = outletOf == null || m.article() == null ? null : outletOf.apply(m.article());
                outlets.add(outlet == null ? "article:" + m.article() : outlet);
            }
            contexts.addAll(e.contexts());
            if (e.date() != null && (date == null || e.date().length() > date.length())) date = e.date();
            if (location == null) location = e.location();
            if (mode == null) mode = e.mode();
            confidence = Math.max(confidence, e.confidence());
        }
        // Told by more articles, an event is more likely real: a small, bounded boost.
        double boosted = Math.min(1.0, confidence + 0.05 * (articles.size() - 1));
        return new Event(first.id(), first.type(), mode, List.copyOf(contexts), first.source(), first.target(), date,
                location, first.negated(), first.hypothetical(), first.reportedBy(), first.cameo(), first.goldstein(),
                first.quadClass(), Math.round(boosted * 100) / 100.0, mentions, articles.size(), outlets.size());
    }

    static String key(Event e) {
        return e.type() + "|" + e.negated() + "|" + e.hypothetical() + "|" + actors(e.source()) + "|" + actors(e.target());
    }

    private static String actors(List<EventActor> as) {
        Set<String> keys = new TreeSet<>();
        for (EventActor a : as) {
            keys.add(a.country() != null ? a.country() + "/" + (a.sector() == null ? "" : a.sector())
                    : a.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
        }
        return String.join(",", keys);
    }

    /** True when the two (possibly partial) ISO dates are within a day of each other; null only matches null. */
    static boolean withinADay(String a, String b) {
        if (a == null || b == null) return a == null && b == null;
        LocalDate[] ra = range(a), rb = range(b);
        if (ra == null || rb == null) return a.equals(b);
        return !ra[0].minusDays(1).isAfter(rb[1]) && !rb[0].minusDays(1).isAfter(ra[1]);
    }

    private static LocalDate[] range(String d) {
        try {
            if (d.length() >= 10) { LocalDate x = LocalDate.parse(d.substring(0, 10)); return new LocalDate[] {x, x}; }
            if (d.length() == 7) { YearMonth m = YearMonth.parse(d); return new LocalDate[] {m.atDay(1), m.atEndOfMonth()}; }
            if (d.length() == 4) { int y = Integer.parseInt(d); return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)}; }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Orders events by date then id, for stable output. */
    public static Comparator<Event> byDate() {
        return Comparator.comparing((Event e) -> e.date() == null ? "" : e.date()).thenComparing(Event::id);
    }
}
