package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a partition of articles into stories against a gold partition: pairwise precision, recall and F1
 * over same-story article pairs, and B-cubed precision, recall and F1 (Bagga and Baldwin). Only articles of
 * the gold partition are scored; a predicted story is cut down to them.
 */
public final class StoryEval {
    /** The figures of one comparison. Pair precision is 1 when no pair is predicted (nothing wrong was said). */
    public record Scores(int articles, long goldPairs, long predictedPairs, long correctPairs,
                         double pairPrecision, double pairRecall, double pairF1,
                         double bcubedPrecision, double bcubedRecall, double bcubedF1) {
        public String table() {
            return String.format(Locale.ROOT, "articles %d; gold pairs %d, predicted pairs %d, correct %d%n"
                            + "pairwise  P %.3f  R %.3f  F1 %.3f%nB-cubed   P %.3f  R %.3f  F1 %.3f%n",
                    articles, goldPairs, predictedPairs, correctPairs, pairPrecision, pairRecall, pairF1,
                    bcubedPrecision, bcubedRecall, bcubedF1);
        }
    }

    /** The gold partition of a stories file ({@code stories[].articles} plus {@code singletons}), article -> story. */
    public static Map<String, String> readGold(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, String> gold = new HashMap<>();
        for (JsonNode s : root.path("stories")) {
            for (JsonNode a : s.path("articles")) gold.put(a.asText(), s.path("id").asText());
        }
        for (JsonNode a : root.path("singletons")) gold.putIfAbsent(a.asText(), "single:" + a.asText());
        return gold;
    }

    /** Scores predicted clusters (article ids) against gold (article -> story id). */
    public static Scores score(Map<String, String> gold, Collection<? extends Collection<String>> predicted) {
        Map<String, String> pred = new HashMap<>();
        int n = 0;
        for (Collection<String> c : predicted) {
            String id = "p" + n++;
            for (String a : c) if (gold.containsKey(a)) pred.put(a, id);
        }
        // an article of the gold set that was not predicted at all is a story of its own
        for (String a : gold.keySet()) pred.putIfAbsent(a, "missing:" + a);
        Map<String, Set<String>> goldClusters = clusters(gold);
        Map<String, Set<String>> predClusters = clusters(pred);
        long goldPairs = pairs(goldClusters.values());
        long predPairs = pairs(predClusters.values());
        long correct = 0;
        double bp = 0, br = 0;
        for (String a : gold.keySet()) {
            Set<String> g = goldClusters.get(gold.get(a));
            Set<String> p = predClusters.get(pred.get(a));
            long both = p.stream().filter(g::contains).count();
            bp += (double) both / p.size();
            br += (double) both / g.size();
            correct += both - 1;
        }
        correct /= 2;
        int size = gold.size();
        double pp = predPairs == 0 ? 1 : (double) correct / predPairs;
        double pr = goldPairs == 0 ? 1 : (double) correct / goldPairs;
        bp /= size;
        br /= size;
        return new Scores(size, goldPairs, predPairs, correct, pp, pr, f1(pp, pr), bp, br, f1(bp, br));
    }

    private static Map<String, Set<String>> clusters(Map<String, String> assignment) {
        Map<String, Set<String>> out = new HashMap<>();
        List<String> keys = new ArrayList<>(assignment.keySet());
        keys.sort(null);
        for (String a : keys) out.computeIfAbsent(assignment.get(a), k -> new LinkedHashSet<>()).add(a);
        return out;
    }

    private static long pairs(Collection<Set<String>> clusters) {
        long n = 0;
        for (Set<String> c : clusters) n += (long) c.size() * (c.size() - 1) / 2;
        return n;
    }

    private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}
