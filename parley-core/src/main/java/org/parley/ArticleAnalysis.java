package org.parley;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.ArticleEntities;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.MissingPart;
import org.parley.model.Quote;
import org.parley.model.Timex;

/**
 * Everything Parley extracted from one article, before cross-article linking. {@code annotated}
 * is null for articles that English-only stages skipped ({@code skippedReason} says why).
 */
public record ArticleAnalysis(
        Article article,
        AnnotatedArticle annotated,
        ArticleEntities entities,
        List<Timex> timexes,
        List<Event> events,
        List<Quote> quotes,
        String skippedReason) {

    /** Parts of the article's results that are missing (a library failed on a sentence), usually none. */
    public List<MissingPart> missing() { return annotated == null ? List.of() : annotated.missing(); }
}
