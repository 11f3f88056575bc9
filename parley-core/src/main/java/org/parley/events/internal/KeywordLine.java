package org.parley.events.internal;

import java.util.Collection;
import java.util.Locale;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * A sentence's lemmas and its lower-cased words, each space-separated and space-padded, for matching the
 * keyword files (contexts, figures): a keyword matches a lemma or a word, one with a space consecutive tokens.
 * Needs tokens only, not the parse.
 */
final class KeywordLine {
    private final String lemmas, words;

    KeywordLine(Sentence sentence) {
        StringBuilder lem = new StringBuilder(" "), low = new StringBuilder(" ");
        for (Token t : sentence.tokens()) {
            lem.append(t.lemma().toLowerCase(Locale.ROOT)).append(' ');
            low.append(t.word().toLowerCase(Locale.ROOT)).append(' ');
        }
        lemmas = lem.toString();
        words = low.toString();
    }

    boolean containsAny(Collection<String> keywords) {
        for (String w : keywords) {
            String probe = " " + w + " ";
            if (lemmas.contains(probe) || words.contains(probe)) return true;
        }
        return false;
    }
}
