package org.parley.annotate;

import org.parley.clean.CleanText;

/**
 * Linguistic annotation (tokens, sentences, POS, lemmas, NER, SUTime, dependencies). The only
 * implementation lives in the parley-corenlp module; nothing outside it sees a CoreNLP type.
 * Implementations are thread-safe.
 */
public interface Annotator extends AutoCloseable {
    /** Annotates the body of {@code clean}; every offset returned indexes {@code clean.original()}. */
    AnnotatedArticle annotate(CleanText clean);

    /**
     * As {@link #annotate(CleanText)}, giving up with {@link Deadline.TimedOut} once {@code deadline} is
     * over. Implementations that work sentence by sentence check it between sentences; the default checks
     * only before starting.
     */
    default AnnotatedArticle annotate(CleanText clean, Deadline deadline) {
        deadline.check("");
        return annotate(clean);
    }

    @Override default void close() {}
}
