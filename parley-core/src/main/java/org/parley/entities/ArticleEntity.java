package org.parley.entities;

import java.util.List;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * An entity as resolved within one article, before cross-article linking. {@code spans} are its
 * mentions in the article's text; {@code actor} is its code at the article's date, or null.
 */
public record ArticleEntity(String localId, String name, EntityType type, Actor actor, List<String> variants, List<Span> spans) {
    public ArticleEntity {
        variants = List.copyOf(variants);
        spans = List.copyOf(spans);
    }
}
