package org.parley.names;

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

    /** Jaro-Winkler of the words as written, or of their spelling skeletons when that is higher. */
    public static double spelling(String a, String b) {
        return Math.max(JW.apply(a, b), JW.apply(skeleton(a), skeleton(b)));
    }

    /**
     * The word with spelling differences that transliteration and translation engines introduce
     * evened out: "Mc" = "Mac", c/k/q before a back vowel or consonant = k, ph = f, w = v, y = i,
     * doubled letters single ("McCron", "Makron" and "Macron" all become "makron").
     */
    static String skeleton(String w) {
        String s = w.toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("mc")) s = "mac" + s.substring(2);
        s = s.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("w", "v").replace("y", "i");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'c') {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                c = next == 'e' || next == 'i' ? 's' : 'k';
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        return b.toString();
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
