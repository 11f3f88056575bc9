package org.parley.write;

import java.util.List;
import java.util.Map;
import org.parley.entities.ArticleEntity;
import org.parley.model.Event;

/**
 * One line of journal.jsonl: what one article adds to the corpus tables, written as soon as the article
 * is linked, so that entities and events survive an interruption. {@code --resume} rebuilds the entity
 * table and the merged events from it; a reader can use it directly too.
 *
 * @param id        the article id
 * @param entities  the article's entities with their article-local ids
 * @param entityIds article-local id to global entity id (the ids of entities.jsonl and quotes.jsonl)
 * @param events    the article's events before merging, with article-local entity ids
 */
public record JournalRecord(String id, List<ArticleEntity> entities, Map<String, String> entityIds, List<Event> events) {}
