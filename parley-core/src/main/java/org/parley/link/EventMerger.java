package org.parley.link;

import java.time.LocalDate;
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
 * actors, same negated/hypothetical flags and status (current, historical, alleged...), and both dates known to the day and at most
 * {@link #MAX_DAYS_APART} days apart. The merged event keeps every mention and counts the distinct
 * articles and outlets that tell it, as GDELT's NumArticles and NumSources do; a near-duplicate article
 * (marked {@code duplicate_of}) counts as the article it copies, so syndicated copies add neither.
 * Input order is kept (the first event of a group gives its id). Thread-safe: stateless.
 *
 * <p>Why the dates must be known: the actors and type of an event recur (two presidents meet every
 * year), so without a date two different meetings look alike; an undated event, or one dated only to a
 * month or year, is kept apart rather than risk joining a 2013 meeting to a 2017 one.
 */
public final class EventMerger {
    /**
     * Most days between the dates of two reports of one event. Outlets date the same event a day or two
     * apart (time zones, "yesterday" resolved against publication dates a day apart, summits over two or
     * three days); a meeting and its follow-up call a week later are two events.
     */
    public static final int MAX_DAYS_APART = 3;

    /**
     * @param events   events of any number of articles
     * @param outletOf article id -> outlet (site or publisher); null or a null result counts the article
     *                 as its own source
     */
    public List<Event> merge(List<Event> events, Function<String, String> outletOf) {
        return merge(events, outletOf, null);
    }

    /**
     * @param duplicateOf article id -> id of the earlier article it is a near-duplicate of (null when it is
     *                    none); a duplicate's mentions are kept but count as the original article and outlet
     */
    public List<Event> merge(List<Event> events, Function<String, String> outletOf, Function<String, String> duplicateOf) {
        return mergeGroups(events, outletOf, duplicateOf).stream().map(Merged::event).toList();
    }

    /**
     * A merged event with the input event that opened its group (whose id and actors it takes).
     */
    public record Merged(Event first, Event event) {}

    /**
     * As {@link #merge}, each merged event with its first input event (the same object as given): a distributed
     * run merges groups apart and needs to know where each merged event starts in input order.
     */
    public List<Merged> mergeGroups(List<Event> events, Function<String, String> outletOf, Function<String, String> duplicateOf) {
        Map<String, List<List<Event>>> byKey = new LinkedHashMap<>();
        Map<String, MergeGroups> places = new java.util.HashMap<>();
        List<List<Event>> order = new ArrayList<>();
        Map<Event, List<Event>> copies = copiesInDuplicates(events, duplicateOf);
        Set<Event> isCopy = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        copies.values().forEach(isCopy::addAll);
        for (Event e : events) {
            if (isCopy.contains(e)) continue;
            String k = key(e);
            List<List<Event>> groups = byKey.computeIfAbsent(k, x -> new ArrayList<>());
            int at = places.computeIfAbsent(k, x -> new MergeGroups()).place(e.date());
            if (at == groups.size()) { groups.add(new ArrayList<>()); order.add(groups.get(at)); }
            groups.get(at).add(e);
        }
        List<Merged> out = new ArrayList<>();
        for (List<Event> g : order) {
            List<Event> all = new ArrayList<>();
            for (Event e : g) { all.add(e); all.addAll(copies.getOrDefault(e, List.of())); }
            out.add(new Merged(g.get(0), combine(all, outletOf, duplicateOf)));
        }
        return out;
    }

    /**
     * The events of near-duplicate articles paired with the event they copy in the original article: same
     * type, actors and status, the same date (unknown included: it is the same text) and the same trigger
     * word, taken in order. A copy whose original event is not found is merged like any other event.
     */
    private static Map<Event, List<Event>> copiesInDuplicates(List<Event> events, Function<String, String> duplicateOf) {
        Map<Event, List<Event>> out = new java.util.IdentityHashMap<>();
        if (duplicateOf == null) return out;
        Map<String, Set<Event>> usedByCopy = new java.util.HashMap<>(); // per duplicate article: original events paired
        for (Event copy : events) {
            String article = articleOf(copy);
            String original = original(article, duplicateOf);
            if (article == null || original.equals(article)) continue;
            Set<Event> used = usedByCopy.computeIfAbsent(article, k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            for (Event e : events) {
                if (e == copy || used.contains(e) || !original.equals(articleOf(e))) continue;
                if (key(e).equals(key(copy)) && java.util.Objects.equals(e.date(), copy.date()) && trigger(e).equals(trigger(copy))) {
                    out.computeIfAbsent(e, k -> new ArrayList<>()).add(copy);
                    used.add(e);
                    break;
                }
            }
        }
        return out;
    }

    private static String articleOf(Event e) { return e.mentions().isEmpty() ? null : e.mentions().get(0).article(); }

    private static String trigger(Event e) {
        return e.mentions().isEmpty() || e.mentions().get(0).trigger() == null ? "" : e.mentions().get(0).trigger().text().toLowerCase(Locale.ROOT);
    }

    private static Event combine(List<Event> group, Function<String, String> outletOf, Function<String, String> duplicateOf) {
        Event first = group.get(0);
        List<Event.EventMention> mentions = new ArrayList<>();
        Set<String> articles = new LinkedHashSet<>(), outlets = new LinkedHashSet<>();
        Set<String> contexts = new LinkedHashSet<>();
        String date = first.date(), location = first.location(), mode = first.mode();
        double confidence = 0;
        for (Event e : group) {
            for (Event.EventMention m : e.mentions()) {
                if (!mentions.contains(m)) mentions.add(m);
                String article = original(m.article(), duplicateOf);
                articles.add(article);
                String outlet = outletOf == null || article == null ? null : outletOf.apply(article);
                outlets.add(outlet == null ? "article:" + article : outlet);
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
                first.quadClass(), Math.round(boosted * 100) / 100.0, mentions, articles.size(), outlets.size(), first.status(),
                // found by the lexicon in any article: the trigger words back it
                group.stream().anyMatch(e -> e.method() == Event.Method.LEXICON) ? Event.Method.LEXICON : first.method(),
                // the main report of any sentence that tells it
                group.stream().anyMatch(Event::main) ? Event.Salience.MAIN : Event.Salience.BACKGROUND);
    }

    /**
     * What two reports of one event share besides their dates: type, negation, hypothetical flag, status and
     * the actors (by country and sector, else by name), so it is the same in every run and every store.
     * Events of different keys never meet in {@link #merge}, so a distributed run may group by it and merge each
     * group on its own. Entity ids take no part in it.
     */
    public static String key(Event e) {
        // the status too: a historical or alleged mention is not the same report as a current one
        return e.type() + "|" + e.negated() + "|" + e.hypothetical() + "|" + e.status() + "|" + actors(e.source()) + "|" + actors(e.target());
    }

    private static String actors(List<EventActor> as) {
        Set<String> keys = new TreeSet<>();
        for (EventActor a : as) {
            keys.add(a.country() != null ? a.country() + "/" + (a.sector() == null ? "" : a.sector())
                    : a.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
        }
        return String.join(",", keys);
    }

    /** The article a near-duplicate copies (following chains), else the article itself. */
    private static String original(String article, Function<String, String> duplicateOf) {
        if (duplicateOf == null || article == null) return article;
        String a = article;
        for (int hops = 0; hops < 1000; hops++) { // a chain of copies; bounded in case of a cycle
            String d = duplicateOf.apply(a);
            if (d == null || d.equals(a)) break;
            a = d;
        }
        return a;
    }

    /** The day of an event's date when it is known to the day ("2017-05-29", "2017-05-29T10:00"), else null. */
    public static LocalDate day(String date) {
        if (date == null || date.length() < 10) return null;
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Orders events by date then id, for stable output. */
    public static Comparator<Event> byDate() {
        return Comparator.comparing((Event e) -> e.date() == null ? "" : e.date()).thenComparing(Event::id);
    }
}
