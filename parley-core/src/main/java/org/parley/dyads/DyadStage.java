package org.parley.dyads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.model.Event;
import org.parley.stories.ArticleDate;
import java.util.function.Supplier;
import org.parley.write.ResultSink;

/**
 * Counts the merged events per ordered pair of actors (country and sector) and month into dyads.jsonl, the
 * series an analyst charts to see a relationship move (GDELT's dyadic counts). Only events that happened
 * count: negated and hypothetical ones are left out, as are events whose source or target has no country,
 * and events between an actor and itself. BACKGROUND events (Event.Salience) count like MAIN ones: they are real
 * events ("after last week's strike"), and once merged across articles a background mention usually joins the same
 * event another article reports as its main one, so leaving them out would drop events told only in passing.
 * (The store's dyad query takes a salience to count the MAIN ones alone.)
 *
 * <p>An event's month is that of its own date when it has a day or month ("2017-05-29", "2017-05"), else that
 * of the earliest article telling it. The stage keeps one date per article with events (its own, or the one a
 * story gave it when an {@link #withArticleDates} source is set).
 */
public final class DyadStage implements CorpusStage {
    public static final String DYADS = "dyads";
    private final Map<String, LocalDate> articleDates = new HashMap<>();
    private final Map<String, Boolean> estimated = new HashMap<>();
    private final Supplier<List<ArticleDate>> storyDates;

    /** Without story dates: undated articles' events have no month unless the event has its own date. */
    public DyadStage() { this(List::of); }

    /** @param storyDates the dates stories gave undated articles, asked for when the stage finishes */
    public DyadStage(Supplier<List<ArticleDate>> storyDates) { this.storyDates = storyDates; }

    @Override public String name() { return DYADS; }

    /** A sink that streams corpus tables has the events and counts dyads from them itself (the store): nothing kept. */
    @Override public void accept(LinkedArticle a, ResultSink sink) {
        if (!sink.streamsCorpusTables()) accept(a);
    }

    @Override public void accept(LinkedArticle a) {
        if (a.events().isEmpty()) return;
        if (a.article().published() == null) {
            estimated.put(a.article().id(), true);
            return;
        }
        articleDates.put(a.article().id(), a.article().published());
        estimated.put(a.article().id(), "estimated".equals(a.article().publishedFrom()));
    }

    /** A date from a story (an undated article dated by its story) takes the place of a missing or estimated one. */
    private void storyDate(ArticleDate d) {
        LocalDate own = articleDates.get(d.article());
        if (own == null || estimated.getOrDefault(d.article(), false)) {
            articleDates.put(d.article(), d.published());
            estimated.put(d.article(), true);
        }
    }

    private record Key(String sc, String ss, String tc, String ts, String month) implements Comparable<Key> {
        @Override public int compareTo(Key o) {
            return java.util.Comparator.comparing(Key::month).thenComparing(Key::sc).thenComparing(Key::tc)
                    .thenComparing(Key::ss, java.util.Comparator.nullsFirst(String::compareTo))
                    .thenComparing(Key::ts, java.util.Comparator.nullsFirst(String::compareTo)).compare(this, o);
        }
    }

    private static final class Acc {
        final int[] quads = new int[5];
        double goldstein;
        int scored;
        int estimated;
        final List<String> events = new ArrayList<>();
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        if (soFar.eventsInSink()) return soFar; // the store's dyad series are counted from its events
        storyDates.get().forEach(this::storyDate);
        sink.records(DYADS, dyads(soFar.events()));
        return soFar;
    }

    /** The dyad records of these merged events, by month, then source, then target. */
    public List<Dyad> dyads(List<Event> events) {
        TreeMap<Key, Acc> acc = new TreeMap<>();
        for (Event e : events) {
            if (e.negated() || e.hypothetical()) continue;
            boolean[] est = new boolean[1];
            String month = month(e, est);
            if (month == null) continue;
            LinkedHashSet<Key> keys = new LinkedHashSet<>();
            for (Event.EventActor s : e.source()) {
                for (Event.EventActor t : e.target()) {
                    if (s.country() == null || t.country() == null) continue;
                    if (Objects.equals(s.country(), t.country()) && Objects.equals(s.sector(), t.sector())) continue;
                    keys.add(new Key(s.country(), s.sector(), t.country(), t.sector(), month));
                }
            }
            for (Key k : keys) {
                Acc a = acc.computeIfAbsent(k, x -> new Acc());
                if (e.quadClass() != null && e.quadClass() >= 1 && e.quadClass() <= 4) a.quads[e.quadClass()]++;
                if (e.goldstein() != null) {
                    a.goldstein += e.goldstein();
                    a.scored++;
                }
                if (est[0]) a.estimated++;
                a.events.add(e.id());
            }
        }
        List<Dyad> out = new ArrayList<>();
        acc.forEach((k, a) -> out.add(new Dyad(k.sc(), k.ss(), k.tc(), k.ts(), k.month(), a.quads[1], a.quads[2], a.quads[3],
                a.quads[4], a.scored == 0 ? null : Math.round(a.goldstein / a.scored * 100) / 100.0, a.estimated, a.events)));
        return out;
    }

    private String month(Event e, boolean[] est) {
        String d = e.date();
        if (d != null && d.matches("\\d{4}-\\d{2}.*")) return d.substring(0, 7);
        LocalDate first = null;
        boolean firstEst = false;
        for (Event.EventMention m : e.mentions()) {
            LocalDate a = articleDates.get(m.article());
            if (a != null && (first == null || a.isBefore(first))) {
                first = a;
                firstEst = estimated.getOrDefault(m.article(), false);
            }
        }
        if (first == null) return null;
        est[0] = firstEst;
        return first.toString().substring(0, 7);
    }
}
