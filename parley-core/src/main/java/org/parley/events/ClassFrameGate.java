package org.parley.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.annotate.Token;
import org.parley.events.internal.ClassFrames;

/**
 * The parse gate of the class frames: a sentence without a trigger word is worth a dependency parse only when it
 * holds a verb some class frame reads (class-frame-words.tsv, generated from WordNet) and at least one actor
 * mention (a token the annotator tagged as a person, organisation, country, nationality or place). Or-ed with the
 * trigger-word gate by the annotator's creator, so that sentences without either stay unparsed.
 */
public final class ClassFrameGate implements Predicate<List<Token>> {
    private static final Set<String> ACTOR_NER = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "LOCATION",
            "CITY", "STATE_OR_PROVINCE", "GPE", "MISC");
    private final Set<String> verbs;

    public ClassFrameGate(Set<String> verbs) { this.verbs = Set.copyOf(verbs); }

    /** The gate of the built-in class frames. */
    public static ClassFrameGate builtIn() { return new ClassFrameGate(ClassFrames.WORDS.framedVerbs()); }

    /** The verbs it looks for. */
    public Set<String> verbs() { return verbs; }

    @Override public boolean test(List<Token> tokens) {
        boolean verb = false, actor = false;
        for (Token t : tokens) {
            if (!verb && t.pos() != null && t.pos().startsWith("VB") && t.lemma() != null && verbs.contains(t.lemma().toLowerCase(Locale.ROOT))) verb = true;
            if (!actor && t.ner() != null && ACTOR_NER.contains(t.ner())) actor = true;
            if (verb && actor) return true;
        }
        return false;
    }
}
