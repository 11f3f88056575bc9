package org.parley.corpus;

import java.util.List;
import org.parley.entities.ArticleEntity;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Timex;

/**
 * One article after cross-article linking, as corpus stages see it: duplicates marked
 * ({@code article.duplicateOf()}), entity ids global ("E17"), events and quotations rewritten to them.
 * Holds no annotation graph, so that a stage that keeps articles for a while keeps little.
 *
 * @param skippedReason why English-only stages skipped the article (not English), or null
 * @param entities      the article's entities, each with its global id
 * @param sentences     the article's sentence spans in {@code article.text()} (empty when not annotated)
 */
public record LinkedArticle(
        Article article,
        String skippedReason,
        List<LinkedEntity> entities,
        List<Span> sentences,
        List<Timex> timexes,
        List<Event> events,
        List<Quote> quotes) {

    public LinkedArticle {
        entities = List.copyOf(entities);
        sentences = List.copyOf(sentences);
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** An article entity with the global id the linker gave it. */
    public record LinkedEntity(String id, ArticleEntity entity) {}

    public boolean isDuplicate() { return article.duplicateOf() != null; }
}
