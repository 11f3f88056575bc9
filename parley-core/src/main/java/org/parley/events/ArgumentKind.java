package org.parley.events;

import java.util.Locale;

/**
 * The kind of thing a noun names, as far as an event's sense depends on it: an attack on a person or a place is
 * force, an attack on a policy is criticism; meeting a delegation is a consultation, meeting a deadline is not.
 * Coarse classes of WordNet's lexicographer files ({@link #ofCategory}); the per-noun kinds are generated into
 * {@code noun-kinds.tsv} by {@code parley lexicon kinds}.
 */
public enum ArgumentKind {
    /** People and groups: noun.person, noun.group. */
    AGENT,
    /** Places: noun.location. */
    PLACE,
    /** Acts, events, processes: noun.act, noun.event, noun.process, noun.phenomenon. */
    ACT,
    /** Things said or thought: noun.cognition, noun.communication, noun.motive. */
    IDEA,
    /** Physical things: noun.artifact, noun.object, noun.substance, noun.food, noun.body, noun.plant, noun.animal. */
    THING,
    /** Possessions and money: noun.possession. */
    POSSESSION,
    /** Times: noun.time. */
    TIME,
    /** States, attributes, feelings, relations, quantities and the rest. */
    STATE,
    /**
     * WordNet's unique beginners (noun.Tops: "person", "group", "animal", "act", "thing"): too general to tell a
     * sense; no rule excludes them.
     */
    GENERAL;

    /** The kind of a WordNet lexicographer file name ("noun.person" -> AGENT). */
    public static ArgumentKind ofCategory(String lexFile) {
        return switch (lexFile.toLowerCase(Locale.ROOT)) {
            case "noun.person", "noun.group" -> AGENT;
            case "noun.location" -> PLACE;
            case "noun.act", "noun.event", "noun.process", "noun.phenomenon" -> ACT;
            case "noun.cognition", "noun.communication", "noun.motive" -> IDEA;
            case "noun.artifact", "noun.object", "noun.substance", "noun.food", "noun.body", "noun.plant", "noun.animal" -> THING;
            case "noun.possession" -> POSSESSION;
            case "noun.time" -> TIME;
            case "noun.tops" -> GENERAL;
            default -> STATE;
        };
    }
}
