package org.parley.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.knowledge.TsvLoader;

/**
 * Surface forms of names: whitespace and case normalisation, accent folding, the word lists of
 * {@code not-names.tsv} (pronouns, titles) and {@code common-words.tsv}, and proper-casing for
 * canonical names. Stateless and thread-safe.
 */
public final class NameForms {
    private static final String LISTS = "/org/parley/knowledge/";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> PRONOUNS = new HashSet<>();
    private static final Set<String> TITLES = new HashSet<>();
    private static final Set<String> COMMON = new HashSet<>();
    private static final Set<String> INSTITUTION_WORDS = new HashSet<>();
    /** Lower-case name particles that belong to the surname ("de Gaulle", "Le Drian", "van Rompuy"). */
    private static final org.parley.knowledge.WordSets NAME_WORDS = org.parley.knowledge.WordSets.resource(LISTS + "name-words.tsv");
    private static final Set<String> PARTICLES = NAME_WORDS.get("particle");

    static {
        for (TsvLoader.Row row : TsvLoader.resource(LISTS + "not-names.tsv")) {
            String word = key(row.cell(0));
            if (row.cell(1).equals("PRONOUN")) PRONOUNS.add(word); else TITLES.add(word);
        }
        for (String word : TsvLoader.words(LISTS + "common-words.tsv")) COMMON.add(key(word));
        for (String word : TsvLoader.words(LISTS + "generic-institution-words.tsv")) INSTITUTION_WORDS.add(key(word));
    }

    private NameForms() {}

    /** Collapses every run of whitespace (including line breaks) to one space and trims. */
    public static String normalizeSpace(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    /** Comparison key: whitespace normalised, lower case, accents removed, curly apostrophes made straight. */
    public static String fold(String s) {
        String t = Normalizer.normalize(normalizeSpace(s), Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        return t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-')
                .toLowerCase(Locale.ROOT);
    }

    /** Key of a word-list entry: folded, trailing dot dropped ("Mr." = "mr"). */
    static String key(String s) {
        String k = fold(s);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    /** Folded words of a name, with trailing dots of initials and abbreviations removed. */
    public static List<String> words(String s) {
        String f = fold(s);
        if (f.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String w : f.split(" ")) {
            String k = w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
            if (!k.isEmpty()) out.add(k);
        }
        return out;
    }

    /** A pronoun; words in capitals ("US", "IT") are acronyms, not pronouns. */
    public static boolean isPronoun(String s) { return PRONOUNS.contains(key(s)) && acronymOf(s.strip()) == null; }

    public static boolean isTitle(String s) { return TITLES.contains(key(s)); }

    /** True when a lower-case occurrence of {@code s} is an ordinary English word, not a name. */
    public static boolean isCommonWord(String s) { return COMMON.contains(key(s)); }

    /**
     * A name made only of generic institution words ("Interior Ministry", "the Foreign Office"): it
     * names a different body in each country, so it joins others only when their countries agree.
     */
    public static boolean isGenericInstitution(String name) {
        List<String> ws = words(name);
        if (ws.isEmpty()) return false;
        for (String w : ws) if (!INSTITUTION_WORDS.contains(w)) return false;
        return true;
    }

    public static boolean isParticle(String foldedWord) { return PARTICLES.contains(foldedWord); }

    /** True when every word of the phrase is a title or pronoun, or the phrase itself is one. */
    public static boolean isOnlyTitlesOrPronouns(String phrase) {
        String k = key(phrase);
        if (k.isEmpty() || isPronoun(phrase) || TITLES.contains(k)) return true;
        for (String w : normalizeSpace(phrase).split(" ")) {
            String wk = key(w);
            if (!isPronoun(w) && !TITLES.contains(wk) && !wk.equals("the")) return false;
        }
        return true;
    }

    /** Acronym key of a single word: letters only, when it is written in capitals ("U.S." -> "us"), else null. */
    public static String acronymOf(String word) {
        String letters = word.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6) return null;
        for (int i = 0; i < letters.length(); i++) if (!Character.isUpperCase(letters.charAt(i))) return null;
        return letters.toLowerCase(Locale.ROOT);
    }

    /**
     * Initials of the capitalised words of a spelled-out multi-word name ("North Atlantic Treaty
     * Organization" -> "nato"), or null. Names that already contain an acronym ("US Navy") have none:
     * "US Navy" is not "UN".
     */
    public static String initialsOf(String name) {
        String[] ws = normalizeSpace(name).split(" ");
        if (ws.length < 2) return null;
        StringBuilder b = new StringBuilder();
        for (String w : ws) {
            if (w.isEmpty()) continue;
            if (acronymOf(w) != null) return null;
            if (Character.isUpperCase(w.charAt(0))) b.append(Character.toLowerCase(w.charAt(0)));
        }
        return b.length() >= 2 ? b.toString() : null;
    }

    /** Words that stay in lower case inside a proper-cased name ("House of Commons"). */
    private static final Set<String> FUNCTION_WORDS = NAME_WORDS.get("lower_in_name");

    public static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }

    public static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Proper case for a canonical name. A form written in mixed case is kept as written ("McCain",
     * "House of Commons", "Peter the Great"). A form all in lower case gets initial capitals except
     * for inner particles and function words ("charles de gaulle" -> "Charles de Gaulle"). A form all in
     * capitals is capitalised when it is a person or a long word ("MOSCOW" -> "Moscow"); short
     * all-capital names are acronyms and stay ("NATO").
     */
    public static String properCase(String name, boolean person) {
        String n = normalizeSpace(name);
        boolean lower = n.equals(n.toLowerCase(Locale.ROOT));
        boolean upper = n.equals(n.toUpperCase(Locale.ROOT));
        if (!lower && !upper) return n;
        if (upper && !person && (!n.contains(" ") && n.replace(".", "").length() <= 5)) return n;
        String[] ws = n.split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i].toLowerCase(Locale.ROOT);
            if (i > 0) b.append(' ');
            boolean inner = i > 0 && i < ws.length - 1;
            if (inner && (PARTICLES.contains(w) || FUNCTION_WORDS.contains(w))) b.append(w);
            else b.append(capitaliseParts(w));
        }
        return b.toString();
    }

    /** Casing quality of a written form: mixed case 2, all capitals 1, all lower case 0. */
    public static int casing(String form) {
        boolean hasUpper = hasUpperCase(form);
        boolean hasLower = !form.equals(form.toUpperCase(Locale.ROOT));
        return hasUpper && hasLower ? 2 : hasUpper ? 1 : 0;
    }

    /** "jean-yves" -> "Jean-Yves", "MACRON" -> "Macron". */
    private static String capitaliseParts(String w) {
        String[] parts = w.toLowerCase(Locale.ROOT).split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (!p.isEmpty() && !(i == 0 && parts.length > 1 && PARTICLES.contains(p))) {
                parts[i] = p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1);
            }
        }
        return String.join("-", Arrays.asList(parts));
    }
}
