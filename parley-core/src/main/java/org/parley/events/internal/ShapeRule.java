package org.parley.events.internal;

import java.util.List;

/**
 * A rule that codes an event from the shape of a clause rather than from a lexicon word (a reported accusation,
 * joint action, a reciprocal meeting, a permission). Each reads the candidates the lexicon found, so that it
 * leaves alone a verb the lexicon already coded, and returns only the candidates it adds. One of the seams of
 * {@link SentenceCoder}, which runs the rules in a fixed order, each seeing what the ones before it added.
 */
abstract class ShapeRule {
    protected final Lexicon lexicon;
    protected final ArgumentFinder args;

    ShapeRule(Lexicon lexicon, ArgumentFinder args) {
        this.lexicon = lexicon;
        this.args = args;
    }

    /** The candidates this rule adds to {@code cands} (the sentence's candidates so far), never null. */
    abstract List<Candidate> find(SentenceView g, ActorResolver.Scope s, List<Candidate> cands);
}
