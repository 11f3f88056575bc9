package org.parley.model;

import java.util.List;

/**
 * A resolved entity: a person, organisation, country or place, with all the spellings it went by
 * and all its mentions. {@code actor} is its code at the date of the articles that name it (null when
 * it is not an actor or cannot be coded).
 */
public record Entity(String id, String name, EntityType type, Actor actor, List<String> variants, List<Mention> mentions) {
    public Entity {
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
    }
}
