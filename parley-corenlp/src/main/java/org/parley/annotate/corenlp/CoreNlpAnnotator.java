package org.parley.annotate.corenlp;

import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.clean.CleanText;

/** The CoreNLP adapter. */
public final class CoreNlpAnnotator implements Annotator {
    @Override public AnnotatedArticle annotate(CleanText clean) {
        throw new UnsupportedOperationException("TODO");
    }
}
