package org.parley.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of stories.jsonl: a set of articles that report the same specific event or development. An article
 * that shares its story with no other article is a story of one. See docs/schema.md.
 *
 * @param title    the headline (or, without one, the lead sentence) of the article most central to the story
 * @param start    earliest publication date of its dated articles (null when none is dated)
 * @param end      latest publication date of its dated articles
 * @param articles article ids, in the order they joined
 * @param actors   the entities with an actor code that the most articles name
 * @param events   ids of merged events (events.jsonl) told by at least one of its articles
 * @param quotes   ids of the quotations (quotes.jsonl) in its articles
 * @param summary  3-5 sentences of its articles, in date and text order
 * @param datedFromStory undated articles that were given the story's date (see article_dates.jsonl)
 */
public record Story(String id, String title, LocalDate start, LocalDate end, List<String> articles, List<String> outlets,
                   List<KeyActor> actors, List<String> events, List<String> quotes, List<SummarySentence> summary,
                   List<String> datedFromStory) {
    public Story {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        summary = List.copyOf(summary);
        datedFromStory = List.copyOf(datedFromStory);
    }

    public Story withEvents(List<String> ids) {
        return new Story(id, title, start, end, articles, outlets, actors, ids, quotes, summary, datedFromStory);
    }

    /** An entity of the story with its actor code and the number of the story's articles that name it. */
    public record KeyActor(String entity, String name, String country, String sector, int articles) {}

    /** A summary sentence: {@code text} is {@code article.text.substring(start, end)}. */
    public record SummarySentence(String article, int start, int end, String text) {}
}
