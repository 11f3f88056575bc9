package org.parley.entities.internal;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Transliteration and machine-translation variants of one name ("Macron", "Makron", "McCron";
 * "Qaddafi", "Gaddafi"): the two words must sound alike (Double Metaphone, primary or alternate code)
 * and be spelled alike (Jaro-Winkler). Either test alone merges too much: "Putin"/"Patten" sound
 * alike, "Macron"/"Macro" are spelled alike. Thread-safe.
 *
 * <p>Beider-Morse was tried and rejected: its approximate codes overlap for most pairs of names of
 * similar length, so it adds nothing to the spelling test but cost.
 */
public final class NameSimilarity {
    /** Jaro-Winkler floor: "Macron"/"McCron" 0.90, "Gaddafi"/"Qaddafi" 0.905, "Biden"/"Baden" 0.88. */
    public static final double MIN_SPELLING = 0.87;
    private static final int MIN_LENGTH = 4;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private NameSimilarity() {}

    /** True when two folded single words are variants of one name (equal words are variants). */
    public static boolean isVariant(String a, String b) {
        if (a.equals(b)) return true;
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH) return false;
        if (Math.abs(a.length() - b.length()) > 3) return false;
        // Slavic feminine forms are other people: Ivanov / Ivanova, Lavrov / Lavrova.
        if (a.equals(b + "a") || b.equals(a + "a")) return false;
        if (spelling(a, b) < MIN_SPELLING) return false;
        return soundAlike(a, b);
    }

    public static double spelling(String a, String b) {
        return JW.apply(a, b);
    }

    public static boolean soundAlike(String a, String b) {
        DoubleMetaphone dm = new DoubleMetaphone(); // cheap; instances are not documented as thread-safe
        dm.setMaxCodeLen(8);
        String pa = dm.doubleMetaphone(a), aa = dm.doubleMetaphone(a, true);
        String pb = dm.doubleMetaphone(b), ab = dm.doubleMetaphone(b, true);
        if (pa == null || pb == null || pa.isEmpty() || pb.isEmpty()) return false;
        return pa.equals(pb) || pa.equals(ab) || aa.equals(pb) || aa.equals(ab);
    }

    /** Primary Double Metaphone code, for indexing candidates; "" when none. */
    public static String code(String word) {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(8);
        String c = dm.doubleMetaphone(word);
        return c == null ? "" : c;
    }

    /** Both Double Metaphone codes, for indexing candidates. */
    public static java.util.Set<String> codes(String word) {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(8);
        java.util.Set<String> out = new java.util.HashSet<>();
        String p = dm.doubleMetaphone(word), a = dm.doubleMetaphone(word, true);
        if (p != null && !p.isEmpty()) out.add(p);
        if (a != null && !a.isEmpty()) out.add(a);
        return out;
    }
}
