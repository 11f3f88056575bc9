package org.parley.quotes;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.ArticleEntities;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Quote;

/** Stage 4 (quotes): finds quotations and attributes them to speakers. */
public final class QuoteExtractor {
    public QuoteExtractor(ActorKnowledgeBase kb) {}

    public List<Quote> extract(AnnotatedArticle doc, ArticleEntities entities) {
        return List.of();
    }
}
