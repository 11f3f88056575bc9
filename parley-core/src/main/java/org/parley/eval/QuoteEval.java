package org.parley.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.eval.brat.BratAttribution;
import org.parley.eval.brat.BratSpan;
import org.parley.model.Quote;

/**
 * Scores attributions against PolNeAR-style gold: precision, recall and F1 for the content, source
 * and cue spans, each role scored as a set of distinct spans per article (a source shared by two
 * attributions counts once). "exact": same fragments after trimming whitespace; "overlap": a
 * one-to-one matching where a predicted span matches a gold span sharing at least one character.
 * Predicted quotes sharing a cue are one attribution whose content is the union of their contents
 * (the gold joins "A," he said. "B." into one discontinuous content). Also keeps an error breakdown.
 */
public final class QuoteEval {
    public static final List<String> ROLES = List.of("content", "source", "cue");

    /** True positives, predicted and gold counts for one role and one matching mode. */
    public static final class Counts {
        int tp, predicted, gold;

        public int tp() { return tp; }
        public int predicted() { return predicted; }
        public int gold() { return gold; }
        public double precision() { return predicted == 0 ? 0 : tp / (double) predicted; }
        public double recall() { return gold == 0 ? 0 : tp / (double) gold; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
    }

    private final Map<String, Counts> exact = new LinkedHashMap<>();
    private final Map<String, Counts> overlap = new LinkedHashMap<>();
    private final Map<String, Integer> breakdown = new TreeMap<>();
    private final Map<String, Integer> missedCues = new TreeMap<>();
    private int documents;

    public QuoteEval() {
        for (String r : ROLES) { exact.put(r, new Counts()); overlap.put(r, new Counts()); }
    }

    public Counts exact(String role) { return exact.get(role); }

    public Counts overlap(String role) { return overlap.get(role); }

    public int documents() { return documents; }

    public Map<String, Integer> breakdown() { return breakdown; }

    /** Predicted quotes as BRAT-like attributions: grouped by cue, contents joined. */
    public static List<BratAttribution> asAttributions(List<Quote> quotes) {
        Map<String, List<Quote>> byCue = new LinkedHashMap<>();
        int solo = 0;
        for (Quote q : quotes) {
            String key = q.cue() == null ? "solo" + (solo++) : q.cue().start() + ":" + q.cue().end();
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<BratAttribution> out = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            List<int[]> frags = new ArrayList<>();
            BratSpan source = null;
            for (Quote q : group) {
                if (q.content() != null) frags.add(new int[] {q.content().start(), q.content().end()});
                if (source == null && q.source() != null) source = BratSpan.of(q.source().start(), q.source().end());
            }
            Quote first = group.get(0);
            BratSpan cue = first.cue() == null ? null : BratSpan.of(first.cue().start(), first.cue().end());
            out.add(new BratAttribution(source, cue, frags.isEmpty() ? null : merge(frags)));
        }
        return out;
    }

    private static BratSpan merge(List<int[]> frags) {
        frags.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] f : frags) {
            if (!out.isEmpty() && f[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], f[1]);
            } else out.add(new int[] {f[0], f[1]});
        }
        return new BratSpan(out);
    }

    /** Scores one article. */
    public void add(String text, List<BratAttribution> gold, List<Quote> predicted) {
        documents++;
        List<BratAttribution> pred = asAttributions(predicted);
        for (String role : ROLES) {
            Set<BratSpan> g = spans(gold, role, text);
            Set<BratSpan> p = spans(pred, role, text);
            Counts ex = exact.get(role), ov = overlap.get(role);
            ex.gold += g.size(); ex.predicted += p.size();
            ov.gold += g.size(); ov.predicted += p.size();
            for (BratSpan s : p) if (g.contains(s)) ex.tp++;
            List<BratSpan> unmatched = new ArrayList<>(g);
            Set<BratSpan> matchedPred = new LinkedHashSet<>();
            for (BratSpan s : p) {
                BratSpan best = null;
                int bestOv = 0;
                for (BratSpan u : unmatched) { int o = s.overlap(u); if (o > bestOv) { bestOv = o; best = u; } }
                if (best != null) { unmatched.remove(best); ov.tp++; matchedPred.add(s); }
            }
            for (BratSpan miss : unmatched) note(role, "missed", miss, text, gold);
            for (BratSpan s : p) if (!matchedPred.contains(s)) note(role, "spurious", s, text, gold);
        }
    }

    private void note(String role, String what, BratSpan s, String text, List<BratAttribution> gold) {
        String covered = text.substring(Math.max(0, s.start()), Math.min(text.length(), s.end()));
        String detail = "";
        if (role.equals("content")) detail = covered.matches("(?s).*[\"\u201C\u201D\u00AB\u00BB].*") ? " (quoted)" : " (unquoted)";
        if (role.equals("source")) {
            String w = covered.trim().toLowerCase(Locale.ROOT);
            detail = w.matches("he|she|they|it|i|we|you|who|which|that") ? " (pronoun)" : " (noun phrase)";
        }
        breakdown.merge(role + " " + what + detail, 1, Integer::sum);
        if (role.equals("cue") && what.equals("missed")) missedCues.merge(covered.trim().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }

    private static Set<BratSpan> spans(List<BratAttribution> atts, String role, String text) {
        Set<BratSpan> out = new LinkedHashSet<>();
        for (BratAttribution a : atts) {
            BratSpan s = switch (role) {
                case "content" -> a.content();
                case "source" -> a.source();
                default -> a.cue();
            };
            if (s != null) out.add(s.trimmed(text));
        }
        return out;
    }

    /** The figures as a Markdown table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| role | match | precision | recall | F1 | gold | predicted |\n|---|---|---|---|---|---|---|\n");
        for (String r : ROLES) {
            for (String mode : List.of("exact", "overlap")) {
                Counts c = mode.equals("exact") ? exact.get(r) : overlap.get(r);
                sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %d | %d |%n", r, mode,
                        100 * c.precision(), 100 * c.recall(), 100 * c.f1(), c.gold(), c.predicted()));
            }
        }
        return sb.toString();
    }

    /** Error counts by role and type, and the most frequent missed cue words. */
    public String errors(int topCues) {
        StringBuilder sb = new StringBuilder("errors (overlap matching):\n");
        for (Map.Entry<String, Integer> e : breakdown.entrySet()) sb.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        sb.append("most missed cues:");
        missedCues.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(topCues)
                .forEach(e -> sb.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        return sb.append('\n').toString();
    }
}
