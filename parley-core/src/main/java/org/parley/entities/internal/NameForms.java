package org.parley.entities.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surface forms of names: whitespace and case normalisation, accent folding, the word lists of
 * {@code not-names.tsv} (pronouns, titles) and {@code common-words.tsv}, and proper-casing for
 * canonical names. Stateless and thread-safe.
 */
public final class NameForms {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> PRONOUNS = new HashSet<>();
    private static final Set<String> TITLES = new HashSet<>();
    private static final Set<String> COMMON = new HashSet<>();
    /** Lower-case name particles that belong to the surname ("de Gaulle", "Le Drian", "van Rompuy"). */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "da", "das", "do", "dos", "di", "del", "della",
            "van", "von", "der", "den", "ter", "le", "la", "al", "el", "bin", "ibn", "ben", "abu", "st", "mac");

    static {
        for (String line : lines("not-names.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) continue;
            String word = key(cols[0]);
            if (cols[1].trim().equals("PRONOUN")) PRONOUNS.add(word); else TITLES.add(word);
        }
        for (String line : lines("common-words.tsv")) COMMON.add(key(line));
    }

    private NameForms() {}

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = NameForms.class.getResourceAsStream("/org/parley/entities/" + resource)) {
            if (in == null) return out; // degrade: no list, fewer filters
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

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

    /** Initials of the capitalised words of a multi-word name ("North Atlantic Treaty Organization" -> "nato"), or null. */
    public static String initialsOf(String name) {
        String[] ws = normalizeSpace(name).split(" ");
        if (ws.length < 2) return null;
        StringBuilder b = new StringBuilder();
        for (String w : ws) {
            if (w.isEmpty()) continue;
            if (Character.isUpperCase(w.charAt(0))) b.append(Character.toLowerCase(w.charAt(0)));
        }
        return b.length() >= 2 ? b.toString() : null;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to", "&",
            "de", "du", "des", "la", "le", "et", "y");

    /** Initials of the content words of a folded multi-word name ("north atlantic treaty organization" -> "nato"), or null. */
    public static String initialsOfFolded(String folded) {
        String[] ws = folded.split(" ");
        if (ws.length < 2) return null;
        StringBuilder b = new StringBuilder();
        for (String w : ws) if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) b.append(w.charAt(0));
        return b.length() >= 2 ? b.toString() : null;
    }

    public static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }

    public static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * Proper case for a canonical name: words written all in lower case (or, for persons, all in
     * capitals) get an initial capital; mixed-case words ("McCain", "NATO" for organisations) stay.
     * Particles inside a name stay lower case ("Charles de Gaulle").
     */
    public static String properCase(String name, boolean person) {
        String[] ws = normalizeSpace(name).split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            if (i > 0) b.append(' ');
            boolean lower = w.equals(w.toLowerCase(Locale.ROOT));
            boolean upper = w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1;
            if (lower && i > 0 && i < ws.length - 1 && PARTICLES.contains(w)) { b.append(w); continue; }
            if (lower || (person && upper && w.replace(".", "").length() > 2)) b.append(capitaliseParts(w));
            else b.append(w);
        }
        return b.toString();
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
