package org.parley.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's name split into folded words: given name, middle names or initials, surname (with its
 * particles: "le drian", "de gaulle", "al-assad"). Holds the rules for when two names can denote one
 * person, shared by the in-article clusterer and the cross-article linker.
 */
public record PersonName(List<String> words) {
    public PersonName {
        words = List.copyOf(words);
    }

    public static PersonName of(String text) { return new PersonName(NameForms.words(text)); }

    public boolean isEmpty() { return words.isEmpty(); }

    /** Two or more words: a given name (or initial) and a surname. */
    public boolean isFull() { return words.size() > 1 && !NameForms.isParticle(words.get(0)); }

    public String given() { return isFull() ? words.get(0) : null; }

    /** Index where the surname starts: the first particle after the given name, else the last word. */
    int surnameStart() {
        if (!isFull()) return 0;
        for (int i = 1; i < words.size() - 1; i++) if (NameForms.isParticle(words.get(i))) return i;
        return words.size() - 1;
    }

    public String surname() { return words.isEmpty() ? "" : words.get(words.size() - 1); }

    public List<String> middles() { return isFull() ? words.subList(1, surnameStart()) : List.of(); }

    /** Forms the surname alone may take: "le drian" and "drian"; "al-assad" and "assad". */
    public Set<String> surnameKeys() {
        Set<String> out = new LinkedHashSet<>();
        if (words.isEmpty()) return out;
        out.add(String.join(" ", words.subList(surnameStart(), words.size())));
        String last = surname();
        out.add(last);
        int dash = last.indexOf('-');
        if (dash > 0 && NameForms.isParticle(last.substring(0, dash))) out.add(last.substring(dash + 1));
        return out;
    }

    public String text() { return String.join(" ", words); }

    /** Given names agree: equal, one an initial of the other, or spelling variants ("francois"/"fransua"). */
    static boolean givenCompatible(String a, String b) {
        if (a == null || b == null || a.equals(b)) return true;
        if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0);
        return NameSimilarity.isVariant(a, b);
    }

    static boolean middlesCompatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!givenCompatible(a.get(i), b.get(i))) return false;
        return true;
    }

    /** Both full names with the same surname and compatible given and middle names ("George W. Bush" ~ "George Bush"). */
    public boolean sameFullName(PersonName o) {
        if (!isFull() || !o.isFull()) return false;
        if (!surname().equals(o.surname())) return false;
        return givenCompatible(given(), o.given()) && middlesCompatible(middles(), o.middles());
    }

    /** Both full names, same surname, but names that cannot be one person ("George Bush" vs "Jeb Bush"). */
    public boolean conflicts(PersonName o) {
        if (!isFull() || !o.isFull()) return false;
        if (!surnameKeysOverlap(o) && !NameSimilarity.isVariant(surname(), o.surname())) return false;
        return !givenCompatible(given(), o.given()) || !middlesCompatible(middles(), o.middles());
    }

    public boolean surnameKeysOverlap(PersonName o) {
        for (String k : surnameKeys()) if (o.surnameKeys().contains(k)) return true;
        return false;
    }

    /** This (shorter) name is the end of {@code full}: "Le Drian" of "Jean-Yves Le Drian", "Hollande" of "Francois Hollande". */
    public boolean isSurnameOf(PersonName full) {
        if (!full.isFull() || words.size() >= full.words.size()) return false;
        return full.surnameKeys().contains(text()) || full.words.subList(full.words.size() - words.size(), full.words.size()).equals(words);
    }

    /** A one-word name that is some other (non-particle) word of {@code full}: "Xi" of "Xi Jinping". */
    public boolean isOtherWordOf(PersonName full) {
        if (words.size() != 1 || !full.isFull()) return false;
        String w = words.get(0);
        if (w.length() < 2 || NameForms.isParticle(w)) return false;
        return full.words.subList(0, full.words.size() - 1).contains(w);
    }

    /**
     * Same person written by a transliteration or translation engine: "Emmanuel Makron" ~ "Emmanuel
     * Macron", "Makron" ~ "Macron" (surname variants, given names compatible when both are present).
     */
    public boolean isSpellingVariantOf(PersonName o) {
        if (isEmpty() || o.isEmpty()) return false;
        if (!NameSimilarity.isVariant(surname(), o.surname())) return false;
        return !isFull() || !o.isFull() || givenCompatible(given(), o.given());
    }

    @Override public String toString() { return text(); }

    /** Words useful as phonetic index keys (the surname; for a one-word name, that word). */
    public List<String> indexWords() {
        List<String> out = new ArrayList<>();
        if (!isEmpty()) out.add(surname());
        return out;
    }
}
