package org.parley.clean;

import org.parley.model.Article;

/** Stage 2 entry point: decides the body spans and builds the annotator's cleaned string. */
public final class Cleaner {
    public CleanText clean(Article article) {
        return new CleanText(article, article.text(), OffsetMap.identity());
    }
}
