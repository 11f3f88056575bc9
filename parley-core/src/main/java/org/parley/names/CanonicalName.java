package org.parley.names;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.EntityType;

/**
 * Picks an entity's canonical name from the spellings it went by: the most complete common form.
 * Most words first ("Emmanuel Macron" over "Macron"); among equally long forms, the one whose words
 * are most used across all spellings ("Emmanuel Macron" over a one-off "Emmanuel Makron"), then
 * forms with capitals over lower-case ones, then the most frequent, then the first seen. The result
 * is proper-cased ("emmanuel macron" -> "Emmanuel Macron"). Shared by the extractor and the linker.
 */
public final class CanonicalName {
    private CanonicalName() {}

    /** @param counts display spelling (whitespace-normalised) -> number of mentions, in order first seen */
    public static String choose(Map<String, Integer> counts, EntityType type) {
        if (counts.isEmpty()) return "";
        Map<String, Integer> wordUse = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            for (String w : NameForms.words(e.getKey())) wordUse.merge(w, e.getValue(), Integer::sum);
        }
        String best = null;
        long[] bestScore = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String form = e.getKey();
            List<String> ws = NameForms.words(form);
            long use = 0;
            for (String w : ws) use += wordUse.getOrDefault(w, 0);
            long[] score = {ws.size(), use, NameForms.casing(form), e.getValue()};
            if (bestScore == null || greater(score, bestScore)) { best = form; bestScore = score; }
        }
        return NameForms.properCase(best, type == EntityType.PERSON);
    }

    private static boolean greater(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return a[i] > b[i];
        return false;
    }

    /** Counts of spellings, in order first seen. */
    public static Map<String, Integer> count(List<String> spellings) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String s : spellings) out.merge(s, 1, Integer::sum);
        return out;
    }
}
