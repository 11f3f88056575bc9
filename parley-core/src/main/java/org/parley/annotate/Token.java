package org.parley.annotate;

/**
 * A token. {@code start}/{@code end} index the article's original {@code text} (already corrected
 * through the cleaning offset map), {@code index} is the 0-based position in its sentence.
 * {@code ner} is CoreNLP's fine-grained tag ("PERSON", "COUNTRY", "TITLE", "O", ...).
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) {
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
}
