package org.parley.model;

import java.util.List;

/**
 * A coded event: who did what to whom, when, in PLOVER with CAMEO equivalents. Owned by the
 * events stage (org.parley.events); see docs/schema.md and docs/events.md for every field.
 * {@code numArticles} and {@code numSources} count the distinct articles and outlets that tell the
 * event (1 and 1 before cross-article merging by {@link org.parley.link.EventMerger}), as GDELT's
 * NumArticles and NumSources do.
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
        List<EventMention> mentions,
        int numArticles,
        int numSources,
        Status status,
        Method method,
        Salience salience) {

    /**
     * When the event stands relative to the article: only CURRENT events are news of the day. HISTORICAL:
     * dated years before the article ("300 years ago", "in 1717"); ALLEGED: "the alleged torture";
     * CLAIMED: reported with a verb of claiming ("claimed that X attacked"); FUTURE: dated after the article.
     * Negation and hypotheticals have their own flags.
     */
    public enum Status { CURRENT, HISTORICAL, ALLEGED, CLAIMED, FUTURE }

    /**
     * How the event was found: LEXICON, a trigger pattern of the event lexicon; PROTOTYPE, the embedding
     * fallback (the sentence resembles the prototype sentences of a CAMEO code; no trigger word), which
     * carries a lower confidence and no trigger words ({@code trigger} spans the words between the actors);
     * CLASSIFIER, the learned event classifier (a sentence with no trigger whose embedding the classifier
     * gives this type with high probability), also with a lower confidence and no trigger words. CLASS_FRAME, the
     * class-frame fallback (class-frames.tsv: a verb outside the lexicon whose WordNet verb class and whose
     * arguments' kinds make the type, "warplanes pounded positions"), with a lower confidence; its trigger is the verb.
     */
    public enum Method { LEXICON, PROTOTYPE, CLASSIFIER, CLASS_FRAME }

    /**
     * Where the event stands in its sentence: MAIN, the sentence's own report (the least embedded events of the
     * sentence); BACKGROUND, an event the sentence names while reporting another ("after last week's attack",
     * "condemned the attack", "the talks, which follow the ceasefire"). Both are real events and both are kept;
     * sentence-level gold (one main event per sentence) scores MAIN events, news readers may want both.
     */
    public enum Salience { MAIN, BACKGROUND }

    public Event {
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
        source = source == null ? List.of() : List.copyOf(source);
        target = target == null ? List.of() : List.copyOf(target);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        status = status == null ? Status.CURRENT : status;
        method = method == null ? Method.LEXICON : method;
        salience = salience == null ? Salience.MAIN : salience;
    }

    /** An event with its method and the default salience MAIN (the record as it was before {@code salience}). */
    public Event(String id, String type, String mode, List<String> contexts, List<EventActor> source, List<EventActor> target,
                 String date, String location, boolean negated, boolean hypothetical, EventActor reportedBy, String cameo,
                 Double goldstein, Integer quadClass, double confidence, List<EventMention> mentions, int numArticles,
                 int numSources, Status status, Method method) {
        this(id, type, mode, contexts, source, target, date, location, negated, hypothetical, reportedBy, cameo, goldstein,
                quadClass, confidence, mentions, numArticles, numSources, status, method, Salience.MAIN);
    }

    /** An event found by the lexicon (the record as it was before {@code method}). */
    public Event(String id, String type, String mode, List<String> contexts, List<EventActor> source, List<EventActor> target,
                 String date, String location, boolean negated, boolean hypothetical, EventActor reportedBy, String cameo,
                 Double goldstein, Integer quadClass, double confidence, List<EventMention> mentions, int numArticles,
                 int numSources, Status status) {
        this(id, type, mode, contexts, source, target, date, location, negated, hypothetical, reportedBy, cameo, goldstein,
                quadClass, confidence, mentions, numArticles, numSources, status, Method.LEXICON);
    }

    /** Whether the event counts as having happened now: not negated, not hypothetical, CURRENT. */
    public boolean current() { return !negated && !hypothetical && status == Status.CURRENT; }

    /** An event told once (one article, one source), as the per-article stage produces it. */
    public Event(String id, String type, String mode, List<String> contexts, List<EventActor> source, List<EventActor> target,
                 String date, String location, boolean negated, boolean hypothetical, EventActor reportedBy, String cameo,
                 Double goldstein, Integer quadClass, double confidence, List<EventMention> mentions) {
        this(id, type, mode, contexts, source, target, date, location, negated, hypothetical, reportedBy, cameo, goldstein,
                quadClass, confidence, mentions, 1, 1, Status.CURRENT);
    }

    /** A copy with other mentions and counts (cross-article merging). */
    public Event withMentions(String newId, List<EventMention> all, int articles, int sources) {
        return new Event(newId, type, mode, contexts, source, target, date, location, negated, hypothetical, reportedBy,
                cameo, goldstein, quadClass, confidence, all, articles, sources, status, method, salience);
    }

    /** A copy with another status. */
    public Event withStatus(Status s) {
        return new Event(id, type, mode, contexts, source, target, date, location, negated, hypothetical, reportedBy,
                cameo, goldstein, quadClass, confidence, mentions, numArticles, numSources, s, method, salience);
    }

    /** A copy with another salience. */
    public Event withSalience(Salience s) {
        return new Event(id, type, mode, contexts, source, target, date, location, negated, hypothetical, reportedBy,
                cameo, goldstein, quadClass, confidence, mentions, numArticles, numSources, status, method, s);
    }

    /** Whether the event is its sentence's own report ({@link Salience#MAIN}). */
    public boolean main() { return salience == Salience.MAIN; }

    /** One participant: the entity id (article-local until linking, then global), its text and code. */
    public record EventActor(String entity, String text, String country, String sector) {}

    /** Where an event is told: the sentence and the trigger words, as offsets into the article's text. */
    public record EventMention(String article, Span sentence, Trigger trigger) {}

    public record Trigger(int start, int end, String text) {}
}
