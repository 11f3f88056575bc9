package org.parley.clean;

import org.parley.model.Article;

/**
 * The result of cleaning: the article (whose {@code body} and {@code dateline} the cleaner set),
 * and {@code cleaned}, the string the annotator reads: hard wraps unwrapped, quotes and spaces
 * normalised, non-body text blanked. {@code map} turns offsets in {@code cleaned} into offsets in
 * {@code article.text()}.
 */
public record CleanText(Article article, String cleaned, OffsetMap map) {
    public String original() { return article.text(); }

    /** Original-text offset for an offset into {@link #cleaned()}. */
    public int toOriginal(int cleanOffset) { return map.correct(cleanOffset); }
}
