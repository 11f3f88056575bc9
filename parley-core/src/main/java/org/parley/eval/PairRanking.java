package org.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How well one similarity signal ranks same-story article pairs above the others, before any clustering: its area
 * under the ROC curve and the precision and recall of its top-k pairs. A clustering can reach a pair precision only
 * where the ranking of its signals does (transitivity adds recall inside big stories, not precision), so this is the
 * bound a change of signal must move (docs/quality.md, Stories).
 */
public final class PairRanking {
    /** One scored pair: whether the gold puts both articles in one story, and the signal's value. */
    public record Pair(boolean same, double value) {}

    private PairRanking() {}

    /** The probability that a random same-story pair scores above a random other pair (ties count half). */
    public static double auc(List<Pair> pairs) {
        List<Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingDouble(Pair::value));
        long pos = pairs.stream().filter(Pair::same).count();
        long neg = pairs.size() - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        // rank-sum (Mann-Whitney U) with mid-ranks for ties
        double rankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).value() == sorted.get(i).value()) j++;
            double mid = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) if (sorted.get(k).same()) rankSum += mid;
            i = j + 1;
        }
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /**
     * "top10 P0.50 R0.07 | top25 ..." for the given cut-offs: precision and recall (over {@code goldPairs}, all same-story
     * pairs of the partition) of the pairs the signal ranks highest.
     */
    public static String topK(List<Pair> pairs, long goldPairs, int... cutoffs) {
        List<Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingDouble(Pair::value).reversed());
        StringBuilder out = new StringBuilder();
        int correct = 0;
        int c = 0;
        for (int k = 0; k < sorted.size() && c < cutoffs.length; k++) {
            if (sorted.get(k).same()) correct++;
            if (k + 1 == cutoffs[c]) {
                if (out.length() > 0) out.append(" | ");
                out.append(String.format(Locale.ROOT, "top%d P%.2f R%.2f", k + 1, correct / (double) (k + 1), goldPairs == 0 ? 0 : correct / (double) goldPairs));
                c++;
            }
        }
        return out.toString();
    }
}
