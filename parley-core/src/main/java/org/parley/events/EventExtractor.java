package org.parley.events;

import java.nio.file.Path;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.ArticleEntities;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Event;
import org.parley.model.Timex;

/** Stage 4 (events): codes every body sentence into PLOVER events. */
public final class EventExtractor {
    public EventExtractor(ActorKnowledgeBase kb, List<Path> extraPatterns) {}

    public List<Event> extract(AnnotatedArticle doc, ArticleEntities entities, List<Timex> timexes) {
        return List.of();
    }
}
