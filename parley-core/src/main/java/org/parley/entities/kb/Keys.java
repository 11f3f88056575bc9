package org.parley.entities.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalised lookup keys: lower case, accents folded ("Élysée" = "elysee"), curly quotes and dashes
 * made plain, periods dropped ("U.S." = "US", "U.N." = "UN"), hyphens read as spaces
 * ("Secretary-General" = "secretary general"), a leading "the" and a trailing possessive dropped
 * ("the Kremlin's" = "kremlin"), whitespace collapsed.
 */
public final class Keys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Keys() {}

    /** The lookup key of a phrase; "" for null or blank input. */
    public static String of(String phrase) {
        if (phrase == null) return "";
        String s = basic(phrase);
        if (s.startsWith("the ")) s = s.substring(4);
        s = stripPossessive(s);
        return s;
    }

    /** Folding without dropping "the" or a possessive: used for single tokens. */
    public static String basic(String phrase) {
        if (phrase == null) return "";
        String s = phrase;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                // Only non-ASCII input pays for decomposition (the lookup path is hot).
                s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
                break;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true; // collapses runs of spaces and trims the start
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char out;
            switch (c) {
                case '\u2018', '\u2019', '\u02bc', '`', '\u00b4' -> out = '\'';
                case '.' -> { continue; }
                case '\u00df' -> { b.append("ss"); space = false; continue; }
                case '\u00e6', '\u00c6' -> { b.append("ae"); space = false; continue; }
                case '\u0131' -> out = 'i';
                case '\u0142', '\u0141' -> out = 'l';
                case '\u00f8', '\u00d8' -> out = 'o';
                case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '/', '_', ',', ';', ':', '(', ')', '"',
                        '\u201c', '\u201d', '!', '?' -> out = ' ';
                default -> out = Character.isWhitespace(c) ? ' ' : Character.toLowerCase(c);
            }
            if (out == ' ') {
                if (!space) b.append(' ');
                space = true;
            } else {
                b.append(out);
                space = false;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') b.setLength(n - 1);
        return b.toString();
    }

    static String stripPossessive(String s) {
        if (s.endsWith("'s")) return s.substring(0, s.length() - 2).trim();
        if (s.endsWith("'")) return s.substring(0, s.length() - 1).trim();
        return s;
    }

    /** Words of a key. */
    public static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** Drops single-letter middle initials ("george w bush" -> "george bush") in names of 3+ words. */
    static String dropInitials(String key) {
        List<String> w = words(key);
        if (w.size() < 3) return key;
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (i > 0 && i < w.size() - 1 && w.get(i).length() == 1) continue;
            kept.add(w.get(i));
        }
        return String.join(" ", kept);
    }
}
