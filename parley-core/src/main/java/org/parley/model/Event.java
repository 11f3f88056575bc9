package org.parley.model;

import java.util.List;

/**
 * A coded event: who did what to whom, when, in PLOVER with CAMEO equivalents. Owned by the
 * events stage (org.parley.events); see docs/schema.md for every field.
 */
public record Event(
        String id,
        String type,
        String mode,
        List<String> contexts,
        List<EventActor> source,
        List<EventActor> target,
        String date,
        String location,
        boolean negated,
        boolean hypothetical,
        EventActor reportedBy,
        String cameo,
        Double goldstein,
        Integer quadClass,
        double confidence,
        List<EventMention> mentions) {

    /** One participant: the entity id (article-local until linking, then global), its text and code. */
    public record EventActor(String entity, String text, String country, String sector) {}

    /** Where an event is told: the sentence and the trigger words, as offsets into the article's text. */
    public record EventMention(String article, Span sentence, Trigger trigger) {}

    public record Trigger(int start, int end, String text) {}
}
