package org.parley.model;

import java.util.List;

/**
 * A resolved entity: a person, organisation, country or place, with all the spellings it went by
 * and all its mentions. {@code actor} is its code at the date of the articles that name it (null when
 * it is not an actor or cannot be coded).
 *
 * @param otherActors  other codes articles gave it (a person who changed office, or a coding error):
 *                     kept beside the shown code instead of splitting one person into two entities
 * @param actorUndated true when the shown code came from an article without a date, so a person's code
 *                     is their latest known office and was not checked against the date; null otherwise
 */
public record Entity(String id, String name, EntityType type, Actor actor, List<String> variants, List<Mention> mentions,
                     List<Actor> otherActors, Boolean actorUndated) {
    public Entity {
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
        otherActors = otherActors == null ? List.of() : List.copyOf(otherActors);
    }

    public Entity(String id, String name, EntityType type, Actor actor, List<String> variants, List<Mention> mentions) {
        this(id, name, type, actor, variants, mentions, List.of(), null);
    }
}
