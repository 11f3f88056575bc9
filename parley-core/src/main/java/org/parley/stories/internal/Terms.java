package org.parley.stories.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Words of a text as hashed term keys with counts. No stop list: inverse document frequency
 * ({@link DocumentFrequencies}) gives function words almost no weight, in any language. A word is a run of
 * letters or digits of at least three characters with at least one letter, lower-cased, without a possessive
 * "'s"; numbers alone are left out (they rarely name the event and often name the date).
 */
public final class Terms {
    private Terms() {}

    /** Hash key of a word (the same for every run and JVM: String.hashCode is specified). */
    public static int termKey(String word) { return mix(("t:" + word).hashCode()); }

    /** Hash key of a global entity id, in the same space as words but apart from them. */
    public static int entityKey(String entityId) { return mix(("e:" + entityId).hashCode()); }

    /** Hash key of an occasion noun ({@link Occasions}), apart from the same word as a term. */
    public static int occasionKey(String lemma) { return mix(("o:" + lemma).hashCode()); }

    /** Hash key of one dated occasion: an occasion noun and the day a timex of its sentence names ({@link Pending#datedOccasions}). */
    public static int datedOccasionKey(String lemma, java.time.LocalDate day) { return mix(("d:" + lemma + "@" + day).hashCode()); }

    /** Adds the counts of the words of {@code text[start, end)} times {@code weight} to {@code counts}. */
    public static void count(String text, int start, int end, float weight, Map<Integer, Float> counts) {
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int s = i;
            boolean letter = false;
            while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
                if (Character.isLetter(text.charAt(i))) letter = true;
                i++;
            }
            if (i - s >= 3 && letter) counts.merge(termKey(text.substring(s, i).toLowerCase(java.util.Locale.ROOT)), weight, Float::sum);
            // skip "'s" after a word
            if (i + 1 < end && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && (text.charAt(i + 1) == 's')
                    && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)))) i += 2;
        }
    }

    public static Map<Integer, Float> count(String text) {
        Map<Integer, Float> m = new HashMap<>();
        if (text != null) count(text, 0, text.length(), 1f, m);
        return m;
    }

    /** A murmur3 finaliser, so that similar strings spread over the frequency table. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
