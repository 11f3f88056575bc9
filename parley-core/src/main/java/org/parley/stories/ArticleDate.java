package org.parley.stories;

import java.time.LocalDate;

/**
 * One line of article_dates.jsonl: an article that had no publication date of its own (none, or only one
 * estimated from its text) and was given its story's date. articles.jsonl is written before stories are known,
 * so this is the correction to apply to it; {@code publishedFrom} is always "estimated".
 */
public record ArticleDate(String article, LocalDate published, String publishedFrom, String story) {
    public static ArticleDate estimated(String article, LocalDate date, String story) {
        return new ArticleDate(article, date, "estimated", story);
    }
}
