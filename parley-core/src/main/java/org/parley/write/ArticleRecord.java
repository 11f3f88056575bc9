package org.parley.write;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Article;
import org.parley.model.Dateline;
import org.parley.model.Span;

/** One line of articles.jsonl. {@code skippedStages} says why English-only stages did not run, or is null. */
public record ArticleRecord(String id, String path, String url, String outlet, String title, LocalDate published,
                            String publishedFrom, String language, String duplicateOf, String text, List<Span> body,
                            Dateline dateline, String skippedStages) {
    public static ArticleRecord of(Article a, String skippedStages) {
        return new ArticleRecord(a.id(), a.path(), a.url(), a.outlet(), a.title(), a.published(), a.publishedFrom(),
                a.language(), a.duplicateOf(), a.text(), a.body(), a.dateline(), skippedStages);
    }
}
