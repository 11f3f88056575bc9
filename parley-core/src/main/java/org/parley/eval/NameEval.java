package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * Scores name resolution (which mentions name the same person or organisation) against a gold TSV of
 * mention offsets and gold entity keys ({@code eval-data/polnear-names-gold.tsv}: file, start, end,
 * gold_key, type). Each gold mention is mapped to the predicted mention of the same article that
 * overlaps it most; the gold key and the predicted entity id then give two clusterings of the gold
 * mentions, compared pairwise and with B-cubed.
 *
 * <p>Predicted mentions that overlap no gold mention do not enter the clustering scores (they are
 * counted apart as spurious), and a gold mention that no predicted mention overlaps is a cluster of its
 * own: missing a mention costs recall, never precision.
 */
public final class NameEval {
    /** One gold name mention; {@code key} is the canonical name the annotator chose for its entity. */
    public record GoldMention(String file, Span span, String key, EntityType type) {}

    /** One predicted mention: the entity id it belongs to (article-level or linked), its canonical name and type. */
    public record Predicted(String file, Span span, String entity, String name, EntityType type) {}

    /**
     * Where clusters live. {@code ARTICLE}: pairs and clusters within one article (article-level entity
     * ids). {@code CORPUS}: across the whole sample, gold keys being corpus-wide (for linked ids).
     */
    public enum Scope { ARTICLE, CORPUS }

    /** A predicted entity whose canonical name lacks a word of (or misspells) the gold key of most of its mentions. */
    public record NameMiss(String entity, String name, String goldKey) {}

    /** Counts behind the figures; pairs are unordered pairs of gold mentions. */
    public record Report(Scope scope, int mentions, int found, long goldPairs, long predictedPairs, long bothPairs,
                         double b3Precision, double b3Recall, int persons, int splitPersons, int entities,
                         int mergingEntities, int predictedSpans, int spuriousSpans, int typeAgrees, List<NameMiss> nameMisses) {
        public double mentionRecall() { return ratio(found, mentions); }
        public double pairPrecision() { return ratio(bothPairs, predictedPairs); }
        public double pairRecall() { return ratio(bothPairs, goldPairs); }
        public double pairF1() { return f1(pairPrecision(), pairRecall()); }
        public double b3F1() { return f1(b3Precision, b3Recall); }

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%s ids%n", scope == Scope.ARTICLE ? "Article-level entity" : "Linked (corpus-wide) entity"));
            sb.append(String.format(Locale.ROOT, "  mention recall        %5.1f  (%d of %d gold mentions inside a predicted entity)%n",
                    100 * mentionRecall(), found, mentions));
            sb.append(String.format(Locale.ROOT, "  type agrees           %5.1f  (%d of the found mentions are in an entity of the gold type)%n",
                    100 * ratio(typeAgrees, found), typeAgrees));
            sb.append(String.format(Locale.ROOT, "  spurious spans        %5d  of %d predicted PERSON/ORGANIZATION mentions overlap no gold mention%n",
                    spuriousSpans, predictedSpans));
            sb.append(String.format(Locale.ROOT, "  pairwise P / R / F1   %5.1f / %5.1f / %5.1f  (%d gold pairs, %d predicted, %d both)%n",
                    100 * pairPrecision(), 100 * pairRecall(), 100 * pairF1(), goldPairs, predictedPairs, bothPairs));
            sb.append(String.format(Locale.ROOT, "  B-cubed P / R / F1    %5.1f / %5.1f / %5.1f%n", 100 * b3Precision, 100 * b3Recall, 100 * b3F1()));
            sb.append(String.format(Locale.ROOT, "  persons split         %5d  of %d gold persons with 2+ found mentions%s%n",
                    splitPersons, persons, scope == Scope.ARTICLE ? " (counted per article)" : ""));
            sb.append(String.format(Locale.ROOT, "  entities merging 2+ gold persons %d of %d predicted entities with a gold mention%n",
                    mergingEntities, entities));
            sb.append(String.format(Locale.ROOT, "  canonical name not the gold spelling  %d of %d%n", nameMisses.size(), entities));
            return sb.toString();
        }
    }

    private NameEval() {}

    /** Reads the gold TSV; lines starting with '#' are comments. */
    public static List<GoldMention> read(Path file) throws IOException {
        List<GoldMention> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 5) throw new IOException(file + ":" + lineNo + ": " + f.length + " columns, 5 expected (file, start, end, gold_key, type)");
            try {
                EntityType type = EntityType.valueOf(f[4].strip());
                if (type != EntityType.PERSON && type != EntityType.ORGANIZATION) throw new IllegalArgumentException("type " + type);
                out.add(new GoldMention(f[0].strip(), new Span(Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip())), f[3].strip(), type));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** For each gold mention (same order), the predicted mention of its article overlapping it most, or null. */
    public static List<Predicted> align(List<GoldMention> gold, List<Predicted> predicted) {
        Map<String, List<Predicted>> byFile = new HashMap<>();
        for (Predicted p : predicted) byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
        List<Predicted> out = new ArrayList<>(gold.size());
        for (GoldMention g : gold) {
            Predicted best = null;
            int bestOverlap = 0;
            for (Predicted p : byFile.getOrDefault(g.file(), List.of())) {
                int overlap = Math.min(p.span().end(), g.span().end()) - Math.max(p.span().start(), g.span().start());
                if (overlap > bestOverlap) { bestOverlap = overlap; best = p; }
            }
            out.add(best);
        }
        return out;
    }

    /** Scores {@code predicted} (all predicted mentions of the gold's articles; others are ignored) against {@code gold}. */
    public static Report score(List<GoldMention> gold, List<Predicted> predicted, Scope scope) {
        List<Predicted> aligned = align(gold, predicted);
        int n = gold.size();
        String[] goldId = new String[n];
        String[] predId = new String[n];
        int found = 0, typeAgrees = 0;
        for (int i = 0; i < n; i++) {
            GoldMention g = gold.get(i);
            Predicted p = aligned.get(i);
            if (p != null && p.type() == g.type()) typeAgrees++;
            String where = scope == Scope.ARTICLE ? g.file() + '\u0000' : "";
            goldId[i] = where + g.key();
            if (p != null) found++;
            // an unfound mention is a singleton: it can never be wrongly merged
            predId[i] = p == null ? "\u0001missed#" + i : where + p.entity();
        }
        Map<String, Integer> goldSize = counts(goldId, null);
        Map<String, Integer> predSize = counts(predId, null);
        Map<String, Integer> cell = counts(goldId, predId);
        long goldPairs = pairs(goldSize), predPairs = pairs(predSize), both = pairs(cell);
        double b3p = 0, b3r = 0;
        for (int i = 0; i < n; i++) {
            double common = cell.get(goldId[i] + '\u0002' + predId[i]);
            b3p += common / predSize.get(predId[i]);
            b3r += common / goldSize.get(goldId[i]);
        }
        if (n > 0) { b3p /= n; b3r /= n; }

        // persons split over 2+ entities / entities holding 2+ persons (found mentions only)
        Map<String, Set<String>> entitiesOfPerson = new TreeMap<>();
        Map<String, Set<String>> personsOfEntity = new TreeMap<>();
        Map<String, Map<String, Integer>> keysOfEntity = new LinkedHashMap<>();
        Map<String, Predicted> entityName = new HashMap<>();
        Map<String, Integer> foundOfPerson = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Predicted p = aligned.get(i);
            if (p == null) continue;
            GoldMention g = gold.get(i);
            keysOfEntity.computeIfAbsent(predId[i], k -> new HashMap<>()).merge(g.key(), 1, Integer::sum);
            entityName.putIfAbsent(predId[i], p);
            if (g.type() != EntityType.PERSON) continue;
            foundOfPerson.merge(goldId[i], 1, Integer::sum);
            entitiesOfPerson.computeIfAbsent(goldId[i], k -> new HashSet<>()).add(predId[i]);
            personsOfEntity.computeIfAbsent(predId[i], k -> new HashSet<>()).add(goldId[i]);
        }
        int persons = 0, split = 0;
        for (var e : entitiesOfPerson.entrySet()) {
            if (foundOfPerson.get(e.getKey()) < 2) continue;
            persons++;
            if (e.getValue().size() > 1) split++;
        }
        int merging = 0;
        for (Set<String> ps : personsOfEntity.values()) if (ps.size() > 1) merging++;
        List<NameMiss> misses = new ArrayList<>();
        for (var e : keysOfEntity.entrySet()) {
            String key = majority(e.getValue());
            Predicted p = entityName.get(e.getKey());
            if (!wellFormed(p.name(), key)) misses.add(new NameMiss(p.entity(), p.name(), key));
        }

        // predicted PERSON/ORGANIZATION mentions of the gold's articles that overlap no gold mention
        Map<String, List<Span>> goldSpans = new HashMap<>();
        for (GoldMention g : gold) goldSpans.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g.span());
        int predictedSpans = 0, spurious = 0;
        for (Predicted p : predicted) {
            List<Span> spans = goldSpans.get(p.file());
            if (spans == null || (p.type() != EntityType.PERSON && p.type() != EntityType.ORGANIZATION)) continue;
            predictedSpans++;
            if (spans.stream().noneMatch(s -> s.overlaps(p.span()))) spurious++;
        }
        return new Report(scope, n, found, goldPairs, predPairs, both, b3p, b3r, persons, split, keysOfEntity.size(), merging,
                predictedSpans, spurious, typeAgrees, misses);
    }

    /**
     * Whether a canonical name is as good as the gold key: it has every word of the key (ignoring case,
     * accents and full stops), so "Donald J. Trump" passes for "Donald Trump" and "Clinton" or
     * "Emmanuel Makron" do not.
     */
    static boolean wellFormed(String name, String goldKey) {
        if (name == null) return false;
        Set<String> have = new HashSet<>(words(name));
        return have.containsAll(words(goldKey));
    }

    private static List<String> words(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace(".", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private static String majority(Map<String, Integer> keys) {
        String best = null;
        int bestCount = -1;
        for (var e : new TreeMap<>(keys).entrySet()) {
            if (e.getValue() > bestCount) { best = e.getKey(); bestCount = e.getValue(); }
        }
        return best;
    }

    private static Map<String, Integer> counts(String[] a, String[] b) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < a.length; i++) out.merge(b == null ? a[i] : a[i] + '\u0002' + b[i], 1, Integer::sum);
        return out;
    }

    private static long pairs(Map<String, Integer> sizes) {
        long sum = 0;
        for (int k : sizes.values()) sum += (long) k * (k - 1) / 2;
        return sum;
    }

    private static double ratio(double a, double b) { return b == 0 ? 0 : a / b; }

    private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}
