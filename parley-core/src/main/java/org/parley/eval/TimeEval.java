package org.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parley.eval.timeml.GoldTimex;
import org.parley.model.Timex;
import org.parley.time.DateRecognizer;

/**
 * Scores temporal expressions against TimeML gold, TempEval-3 style: extent P/R/F1 strict (same
 * span) and relaxed (overlap), value F1 (relaxed matches whose value equals the gold value, over
 * system and gold counts), value and type accuracy over relaxed matches. Each gold and each system
 * timex takes part in at most one match; strict matches are paired first.
 */
public final class TimeEval {
    /** A value, type or extent disagreement, for the error list. */
    public record Error(String doc, String kind, String text, String goldValue, String ourValue, String ourText, String context) {}

    /** Sixty characters either side of [start, end), the expression in brackets: enough to read the tense. */
    private static String context(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) return "";
        return text.substring(Math.max(0, start - 60), start) + "[" + text.substring(start, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 60));
    }

    private int gold, system, strict, relaxed, valueOk, typeOk;
    /** Per expression form (of the gold text; system expressions by their own text): gold, system, strict, relaxed, value. */
    private final Map<DateRecognizer.Form, int[]> byForm = new java.util.EnumMap<>(DateRecognizer.Form.class);
    private final DateRecognizer forms = DateRecognizer.load();

    private int[] form(String text) { return byForm.computeIfAbsent(forms.formOf(text == null ? "" : text), f -> new int[5]); }
    private final List<Error> errors = new ArrayList<>();
    private final List<Error> correct = new ArrayList<>();

    /** Adds one document's gold and system timexes. */
    public void add(String doc, String text, List<GoldTimex> goldList, List<Timex> ours) {
        gold += goldList.size();
        system += ours.size();
        for (GoldTimex g : goldList) form(g.text())[0]++;
        for (Timex t : ours) form(t.text())[1]++;
        boolean[] usedOurs = new boolean[ours.size()];
        GoldTimex[] pairOf = new GoldTimex[ours.size()];
        List<GoldTimex> unmatched = new ArrayList<>();
        List<GoldTimex> pending = new ArrayList<>();
        for (GoldTimex g : goldList) {
            int j = find(ours, usedOurs, g, true);
            if (j >= 0) { usedOurs[j] = true; pairOf[j] = g; strict++; form(g.text())[2]++; } else pending.add(g);
        }
        for (GoldTimex g : pending) {
            int j = find(ours, usedOurs, g, false);
            if (j >= 0) { usedOurs[j] = true; pairOf[j] = g; } else unmatched.add(g);
        }
        for (int j = 0; j < ours.size(); j++) {
            Timex t = ours.get(j);
            GoldTimex g = pairOf[j];
            if (g == null) {
                errors.add(new Error(doc, "spurious", t.text(), null, t.value(), t.text(), context(text, t.start(), t.end())));
                continue;
            }
            relaxed++;
            form(g.text())[3]++;
            if (Objects.equals(g.value(), t.value())) { valueOk++; form(g.text())[4]++; correct.add(new Error(doc, "ok", g.text(), g.value(), t.value(), t.text(), context(text, g.start(), g.end()))); }
            else errors.add(new Error(doc, "value", g.text(), g.value(), t.value(), t.text(), context(text, g.start(), g.end())));
            if (Objects.equals(g.type(), t.type())) typeOk++;
        }
        for (GoldTimex g : unmatched) errors.add(new Error(doc, "missed", g.text(), g.value(), null, null, context(text, g.start(), g.end())));
    }

    private static int find(List<Timex> ours, boolean[] used, GoldTimex g, boolean strict) {
        for (int j = 0; j < ours.size(); j++) {
            if (used[j]) continue;
            Timex t = ours.get(j);
            boolean ok = strict ? t.start() == g.start() && t.end() == g.end()
                    : t.start() < g.end() && g.start() < t.end();
            if (ok) return j;
        }
        return -1;
    }

    public int gold() { return gold; }
    public int system() { return system; }
    public List<Error> errors() { return List.copyOf(errors); }

    /** Relaxed matches with the right value (kind "ok"), for error analysis next to {@link #errors()}. */
    public List<Error> correct() { return List.copyOf(correct); }

    public double strictF1() { return f1(strict, strict); }
    public double relaxedF1() { return f1(relaxed, relaxed); }
    public double valueF1() { return f1(valueOk, valueOk); }
    public double valueAccuracy() { return relaxed == 0 ? 0 : (double) valueOk / relaxed; }
    public double typeAccuracy() { return relaxed == 0 ? 0 : (double) typeOk / relaxed; }

    private double p(int hit) { return system == 0 ? 0 : (double) hit / system; }
    private double r(int hit) { return gold == 0 ? 0 : (double) hit / gold; }
    private double f1(int hitP, int hitR) {
        double p = p(hitP), r = r(hitR);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The score table, as printed by {@code parley eval time}. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "gold timexes %d, system timexes %d%n", gold, system));
        sb.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s%n", "", "P", "R", "F1"));
        row(sb, "extent strict", strict);
        row(sb, "extent relaxed", relaxed);
        row(sb, "value", valueOk);
        sb.append(String.format(Locale.ROOT, "value accuracy (on relaxed matches) %.1f%%, type accuracy %.1f%%%n",
                100 * valueAccuracy(), 100 * typeAccuracy()));
        return sb.toString();
    }

    /**
     * Extent and value figures per expression form ({@link DateRecognizer#formOf}): recall over the gold expressions
     * of the form, precision over the system expressions whose own text has the form.
     */
    public String formTable() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s %5s %14s %14s%n", "form", "gold", "ours",
                "strict P/R/F1", "value P/R/F1"));
        for (Map.Entry<DateRecognizer.Form, int[]> e : byForm.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-16s %5d %5d %14s %14s%n", e.getKey(), c[0], c[1], prf(c[2], c[1], c[0]), prf(c[4], c[1], c[0])));
        }
        return sb.toString();
    }

    private static String prf(int hit, int sys, int gold) {
        double p = sys == 0 ? 0 : (double) hit / sys, r = gold == 0 ? 0 : (double) hit / gold;
        return String.format(Locale.ROOT, "%.0f/%.0f/%.1f", 100 * p, 100 * r, p + r == 0 ? 0 : 200 * p * r / (p + r));
    }

    private void row(StringBuilder sb, String name, int hit) {
        sb.append(String.format(Locale.ROOT, "%-16s %6.1f %6.1f %6.1f%n", name, 100 * p(hit), 100 * r(hit), 100 * f1(hit, hit)));
    }

    /**
     * The most frequent errors of a kind ("value", "missed", "spurious"), grouped by the shape of
     * the text and values (digits as 9) so that one rule's failures group together.
     */
    public String topErrors(String kind, int n) {
        Map<String, List<Error>> groups = new LinkedHashMap<>();
        for (Error e : errors) {
            if (!e.kind().equals(kind)) continue;
            String key = shape(e.text().toLowerCase(Locale.ROOT)) + " | " + shape(e.goldValue()) + " -> " + shape(e.ourValue());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        StringBuilder sb = new StringBuilder();
        groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Error>> x) -> -x.getValue().size()))
                .limit(n)
                .forEach(x -> {
                    Error e = x.getValue().get(0);
                    sb.append(String.format(Locale.ROOT, "%4d  %-60s e.g. %s: \"%s\" gold=%s ours=%s%s%n", x.getValue().size(),
                            trim(x.getKey(), 60), e.doc(), e.text(), e.goldValue(), e.ourValue(),
                            e.ourText() != null && !e.ourText().equals(e.text()) ? " (ours \"" + e.ourText() + "\")" : ""));
                });
        return sb.toString();
    }

    private static String trim(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }

    private static String shape(String s) { return s == null ? "null" : s.replaceAll("\\d", "9"); }
}
