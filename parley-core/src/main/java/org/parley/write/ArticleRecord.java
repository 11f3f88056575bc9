package org.parley.write;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.Dateline;
import org.parley.model.MissingPart;
import org.parley.model.Span;

/**
 * One line of articles.jsonl. {@code skippedStages} says why English-only stages did not run, or is null;
 * {@code missing} lists the parts of the results that are missing because a library failed on a piece of the
 * article (empty when the article is complete).
 */
public record ArticleRecord(String id, String path, String url, String outlet, String title, LocalDate published,
                            String publishedFrom, String language, String duplicateOf, String text, List<Span> body,
                            Dateline dateline, String skippedStages, List<MissingPart> missing) {
    public ArticleRecord {
        missing = missing == null ? List.of() : List.copyOf(missing); // lines written before the field existed
    }

    public static ArticleRecord of(Article a, String skippedStages) { return of(a, skippedStages, List.of()); }

    public static ArticleRecord of(Article a, String skippedStages, List<MissingPart> missing) {
        return new ArticleRecord(a.id(), a.path(), a.url(), a.outlet(), a.title(), a.published(), a.publishedFrom(),
                a.language(), a.duplicateOf(), a.text(), a.body(), a.dateline(), skippedStages, missing);
    }
}
