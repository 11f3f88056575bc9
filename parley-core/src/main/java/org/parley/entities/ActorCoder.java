package org.parley.entities;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.Span;

/**
 * Codes names and noun phrases as actors: first from the knowledge base (date-aware), then from
 * the context of the mention: premodifiers ("French lawmaker X", "Russian President X"),
 * appositions ("X, the official representative of the Defense Ministry"), "X of Russia", and the
 * article's dominant country when only the sector is stated. Thread-safe.
 */
public final class ActorCoder {
    private final ActorKnowledgeBase kb;

    public ActorCoder(ActorKnowledgeBase kb) { this.kb = kb; }

    public ActorKnowledgeBase knowledgeBase() { return kb; }

    /** Code for a named mention (span of the article's text) at the article's date; null when none. */
    public Actor codeMention(AnnotatedArticle doc, Span mention, String nerType) { return null; }

    /**
     * Code for a noun phrase such as "Russia", "the Kremlin", "French lawmakers", "the Russian Defense
     * Ministry", "NATO", "rebels" (sector only). Empty when the phrase names no actor.
     */
    public Optional<Actor> codePhrase(String phrase, LocalDate date) { return Optional.empty(); }
}
