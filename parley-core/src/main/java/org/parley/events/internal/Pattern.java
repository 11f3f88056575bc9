package org.parley.events.internal;

import java.util.List;
import java.util.Set;

/**
 * One trigger pattern of the lexicon: words to match (each a set of lemma/form alternatives), which of
 * them is the head, and what the match means.
 *
 * @param words    alternatives per word, in text order
 * @param head     index into {@code words} of the head word
 * @param pos      'V', 'N' or 'A': part of speech the head must have
 * @param mode     PLOVER mode or null
 * @param inverse  true when the subject is the target and the from/by phrase the source
 * @param exclude  lemmas of an object/particle that stop the pattern from firing
 * @param origin   file and line the pattern came from, for explanations
 */
public record Pattern(org.parley.events.EventType type, String cameo, char pos, List<Set<String>> words, int head, String mode,
                      double reliability, boolean inverse, Set<String> exclude, String origin) {
    public int size() { return words.size(); }

    public String text() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) b.append(' ');
            if (i == head && words.size() > 1) b.append('^');
            b.append(String.join("|", words.get(i)));
        }
        return b.toString();
    }
}
