package org.parley.stories.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.knowledge.TsvLoader;

/**
 * The occasion nouns of {@code org/parley/stories/occasions.tsv}: common nouns that name a bounded event (a
 * debate, a convention, a bombing, a resignation). Those in an article's headline and first three sentences stand
 * for its main event, the signal that tells "the same event" from "the same topic in the same days"
 * (docs/quality.md, Stories).
 */
public final class Occasions {
    /** What kind of occasion a noun names (the categories the list was written by). */
    public enum Kind { GATHERING, CONTEST, COMMUNICATION, INCIDENT, DECISION }

    private static final String RESOURCE = "/org/parley/stories/occasions.tsv";
    private static final Occasions BUILT_IN = new Occasions(TsvLoader.resource(RESOURCE));

    private final Map<String, Kind> nouns = new HashMap<>();

    private Occasions(List<TsvLoader.Row> rows) {
        for (TsvLoader.Row r : rows) {
            try {
                nouns.put(r.cell(0).toLowerCase(Locale.ROOT), Kind.valueOf(r.cell(1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(r.where() + ": unknown occasion class '" + r.cell(1) + "'", e);
            }
        }
    }

    public static Occasions builtIn() { return BUILT_IN; }

    /**
     * The listed noun a lower-cased word is, or null. Singular only: a plural names a series or a class
     * ("shootings in Chicago", "attacks"), not the one occasion an article is about.
     */
    public String lemma(String word) { return nouns.containsKey(word) ? word : null; }

    /** The class of a listed lemma, or null. */
    public Kind kind(String lemma) { return nouns.get(lemma); }

    /** Adds the occasion nouns of {@code text[start, end)} to {@code counts} as {@link Terms#occasionKey} keys. */
    public void count(String text, int start, int end, Map<Integer, Float> counts) {
        for (String lemma : lemmas(text, start, end)) counts.merge(Terms.occasionKey(lemma), 1f, Float::sum);
    }

    /** The listed occasion nouns of {@code text[start, end)}, in text order (repeats kept). */
    public List<String> lemmas(String text, int start, int end) {
        List<String> found = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && !isWordChar(text.charAt(i))) i++;
            int s = i;
            while (i < end && isWordChar(text.charAt(i))) i++;
            if (i > s) {
                String lemma = lemma(text.substring(s, i).toLowerCase(Locale.ROOT));
                if (lemma != null) found.add(lemma);
            }
        }
        return found;
    }

    /** Letters and the hyphen inside a word ("shake-up"). */
    private static boolean isWordChar(char c) { return Character.isLetter(c) || c == '-'; }
}
