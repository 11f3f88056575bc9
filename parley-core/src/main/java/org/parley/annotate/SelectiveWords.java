package org.parley.annotate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which word of a multiword pattern or cue phrase to look for when deciding whether a sentence is worth a
 * dependency parse. Every word of such a pattern must be present for it to match, so any one of them is a
 * sound test; the most specific one lets through the fewest sentences ("talks" for "hold|have talks",
 * "statement" for "in a statement", not "have" or "in", which are in nearly every sentence).
 */
public final class SelectiveWords {
    /** Words too common in news to select sentences: light verbs, prepositions, articles. */
    private static final Set<String> COMMON = Set.of("be", "have", "do", "get", "go", "went", "make", "take", "give",
            "come", "put", "a", "an", "the", "in", "on", "at", "to", "for", "of", "with", "by", "from", "up", "out",
            "off", "down", "over", "into", "as", "that");

    private SelectiveWords() {}

    public static boolean isCommon(String word) {
        return word != null && COMMON.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The alternatives at the most specific position of {@code words} (one collection of alternatives per
     * position): {@code preferred} if none of its alternatives is common, else the first position whose
     * alternatives are all uncommon, else {@code preferred}.
     */
    public static Collection<String> of(List<? extends Collection<String>> words, int preferred) {
        if (words.isEmpty()) return List.of();
        Collection<String> first = words.get(Math.max(0, Math.min(preferred, words.size() - 1)));
        if (first.stream().noneMatch(SelectiveWords::isCommon)) return first;
        for (Collection<String> w : words) if (!w.isEmpty() && w.stream().noneMatch(SelectiveWords::isCommon)) return w;
        return first;
    }
}
