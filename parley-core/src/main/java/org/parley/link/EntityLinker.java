package org.parley.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.entities.ArticleEntities;
import org.parley.model.Article;
import org.parley.model.Entity;

/** Links article-local entities into global entities across articles. Thread-safe. (stub) */
public final class EntityLinker {
    public synchronized Map<String, String> link(Article article, ArticleEntities ents) {
        return new HashMap<>();
    }

    public synchronized List<Entity> entities() { return List.of(); }
}
