package org.parley.link;

import java.util.List;
import java.util.Map;
import org.parley.entities.ArticleEntities;
import org.parley.model.Article;
import org.parley.model.Entity;

/**
 * What the runner asks of entity linking, article by article in input order: the in-order {@link EntityLinker},
 * or the ids a distributed run already worked out by name-key blocks (issue 12) and hands back in the same order.
 */
public interface EntityLinking {
    /** The article's entities linked: local id -> global id, for every entity that was linked. */
    Map<String, String> link(Article article, ArticleEntities ents);

    /** The canonical name of a global entity as known after the article last linked (null for an unknown id). */
    String name(String globalId);

    /** The batch's global entities, in id order. */
    List<Entity> entities();
}
