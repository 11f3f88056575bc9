package org.parley.entities;

import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.kb.ActorKnowledgeBase;

/** Stage 4 (entities): resolves an article's mentions into entities and codes them as actors. */
public final class EntityExtractor {
    private final ActorKnowledgeBase kb;

    public EntityExtractor(ActorKnowledgeBase kb) { this.kb = kb; }

    public ArticleEntities extract(AnnotatedArticle doc) {
        return ArticleEntities.none();
    }
}
