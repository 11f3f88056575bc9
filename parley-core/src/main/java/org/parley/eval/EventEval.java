package org.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.eval.plover.PloverGold;
import org.parley.eval.plover.PloverRecord;
import org.parley.model.Event;

/**
 * Scores Parley's events on PLOVER gold sentences (one gold event per sentence).
 * <ul>
 *   <li>type recall: gold sentences for which Parley emits an event of the gold type;</li>
 *   <li>type precision: distinct (sentence, type) pairs Parley emits that equal the sentence's gold type
 *       (several events of one type in a sentence count once; the event-level figure is printed too);</li>
 *   <li>actor-code precision/recall/F1 over (role, country code) pairs, on the sentences whose type was
 *       found (actor coding given the event) and end to end (a missed type loses its actors);</li>
 *   <li>a confusion matrix of gold type against Parley's type (the gold type when found, else Parley's
 *       most confident event, else NONE).</li>
 * </ul>
 * Negated, hypothetical and non-current (historical, alleged, claimed, future) events are not counted: Parley keeps them flagged, as events that did not
 * (or not yet) happen. Stated intentions are not hypothetical: PLOVER codes them as AGREE or THREATEN,
 * and so does Parley.
 */
public final class EventEval {
    public record Item(PloverRecord gold, List<Event> events) {}

    public record Counts(int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        public double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        Counts plus(Counts o) { return new Counts(tp + o.tp, fp + o.fp, fn + o.fn); }
    }

    public record Report(int sentences, int typeFound, int pairsEmitted, int pairsCorrect, int eventsEmitted,
                         int eventsCorrect, Counts actorsOnFound, Counts actorsEndToEnd,
                         Map<String, Map<String, Integer>> confusion, Map<String, int[]> perType, List<String> misses) {
        public double typeRecall() { return sentences == 0 ? 0 : (double) typeFound / sentences; }
        public double typePrecision() { return pairsEmitted == 0 ? 0 : (double) pairsCorrect / pairsEmitted; }
        public double eventPrecision() { return eventsEmitted == 0 ? 0 : (double) eventsCorrect / eventsEmitted; }

        /** The headline lines only: counts, type recall and precision, event precision, actor codes. */
        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "sentences                 %d%n", sentences));
            b.append(String.format(Locale.ROOT, "type recall               %.3f (%d/%d)%n", typeRecall(), typeFound, sentences));
            b.append(String.format(Locale.ROOT, "type precision            %.3f (%d/%d sentence-type pairs)%n", typePrecision(), pairsCorrect, pairsEmitted));
            b.append(String.format(Locale.ROOT, "event precision           %.3f (%d/%d events)%n", eventPrecision(), eventsCorrect, eventsEmitted));
            b.append(String.format(Locale.ROOT, "actor codes, type found   P %.3f  R %.3f  F1 %.3f (tp %d fp %d fn %d)%n",
                    actorsOnFound.precision(), actorsOnFound.recall(), actorsOnFound.f1(), actorsOnFound.tp(), actorsOnFound.fp(), actorsOnFound.fn()));
            b.append(String.format(Locale.ROOT, "actor codes, end to end   P %.3f  R %.3f  F1 %.3f (tp %d fp %d fn %d)%n",
                    actorsEndToEnd.precision(), actorsEndToEnd.recall(), actorsEndToEnd.f1(), actorsEndToEnd.tp(), actorsEndToEnd.fp(), actorsEndToEnd.fn()));
            return b.toString();
        }

        public String format() {
            StringBuilder b = new StringBuilder(summary());
            b.append(String.format(Locale.ROOT, "%nper type (gold n, found, emitted pairs, correct pairs)%n"));
            perType.forEach((t, v) -> b.append(String.format(Locale.ROOT, "  %-10s %4d %4d %4d %4d%n", t, v[0], v[1], v[2], v[3])));
            Set<String> cols = new TreeSet<>();
            confusion.values().forEach(m -> cols.addAll(m.keySet()));
            b.append(String.format(Locale.ROOT, "%nconfusion (rows gold, columns Parley)%n%-10s", ""));
            for (String c : cols) b.append(String.format(Locale.ROOT, " %4.4s", c));
            b.append('\n');
            confusion.forEach((g, row) -> {
                b.append(String.format(Locale.ROOT, "%-10s", g));
                for (String c : cols) { Integer n = row.get(c); b.append(String.format(Locale.ROOT, " %4s", n == null ? "." : n)); }
                b.append('\n');
            });
            return b.toString();
        }
    }

    private static final Set<String> IGO_IDS = Set.of("IGO", "UN", "EU", "NATO", "AU", "OAS", "OSCE", "IMF", "WHO", "WTO",
            "OPEC", "ASEAN", "ICC", "IAEA", "OPCW", "ARAB LEAGUE", "ECOWAS", "WB", "UNSC", "UNHCR", "CIS", "GCC");

    private EventEval() {}

    /** A Parley country code as PLOVER gold writes it: ISO alpha-3, or IGO for intergovernmental bodies. */
    static String goldStyle(Event.EventActor a) {
        if ("IGO".equals(a.sector()) || "NGO".equals(a.sector())) return a.sector();
        return goldStyle(a.country());
    }

    static String goldStyle(String country) {
        if (country == null) return null;
        String c = country.toUpperCase(Locale.ROOT);
        if (IGO_IDS.contains(c)) return "IGO";
        return PloverGold.normaliseCode(c);
    }

    /**
     * The figures on the MAIN events only ({@link Event#main()}): each sentence's own report, the one event its gold
     * codes. This is the headline for one-event-per-sentence gold: a background event the sentence names ("after
     * last week's attack") is a real event that such gold does not code, so counting it says nothing about the
     * coder's precision on what the sentence reports. {@link #score} counts every current event (what a news
     * reader gets, and the figure of earlier sessions).
     */
    public static Report scoreMain(List<Item> items) {
        return score(items.stream().map(it -> new Item(it.gold(), it.events().stream().filter(Event::main).toList())).toList());
    }

    public static Report score(List<Item> items) {
        int found = 0, pairs = 0, pairsOk = 0, events = 0, eventsOk = 0;
        Counts onFound = new Counts(0, 0, 0), endToEnd = new Counts(0, 0, 0);
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, int[]> perType = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Item it : items) {
            String gt = it.gold().type();
            int[] pt = perType.computeIfAbsent(gt, k -> new int[4]);
            pt[0]++;
            List<Event> happened = it.events().stream().filter(Event::current).toList();
            Set<String> types = new LinkedHashSet<>();
            for (Event e : happened) {
                types.add(e.type());
                events++;
                if (e.type().equals(gt)) eventsOk++;
            }
            for (String t : types) {
                int[] pp = perType.computeIfAbsent(t, k -> new int[4]);
                pp[2]++;
                pairs++;
                if (t.equals(gt)) { pairsOk++; pp[3]++; }
            }
            Event match = happened.stream().filter(e -> e.type().equals(gt)).max(Comparator.comparingDouble(Event::confidence)).orElse(null);
            String predicted;
            if (match != null) { found++; pt[1]++; predicted = gt; }
            else {
                predicted = happened.stream().max(Comparator.comparingDouble(Event::confidence)).map(Event::type).orElse("NONE");
                misses.add(it.gold().id() + "\t" + gt + "\t" + types);
            }
            confusion.computeIfAbsent(gt, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
            Counts c = actorCounts(it.gold(), match);
            endToEnd = endToEnd.plus(c);
            if (match != null) onFound = onFound.plus(c);
        }
        return new Report(items.size(), found, pairs, pairsOk, events, eventsOk, onFound, endToEnd, confusion, perType, misses);
    }

    private static Counts actorCounts(PloverRecord gold, Event e) {
        Set<String> g = new LinkedHashSet<>(), p = new LinkedHashSet<>();
        for (String c : gold.sourceCodes()) g.add("S:" + c);
        for (String c : gold.targetCodes()) g.add("T:" + c);
        if (e != null) {
            for (Event.EventActor a : e.source()) if (a.country() != null) p.add("S:" + goldStyle(a));
            for (Event.EventActor a : e.target()) if (a.country() != null) p.add("T:" + goldStyle(a));
        }
        int tp = 0;
        for (String x : p) if (g.contains(x)) tp++;
        return new Counts(tp, p.size() - tp, g.size() - tp);
    }
}
