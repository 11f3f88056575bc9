package org.parley.events.internal;

import java.util.List;
import java.util.Set;
import org.parley.model.Event;

/**
 * Force and coercion verbs are the words of contests too: candidates "beat" or "battle" each other in a
 * primary, a team "crushed" another, a campaign "attacks" a rival's plan. An ASSAULT or COERCE event whose
 * sentence speaks of a contest (figures.tsv: elections and sport, by category), names no means of force
 * (no mode) and has no military, terrorist, criminal or CBRN context is such a figure of speech, not an
 * event. One of the seams of {@link SentenceCoder}; judged precision on PolNeAR news showed this as the
 * largest class of false ASSAULT events.
 */
final class FigureOfSpeechRule {
    private final Lexicon lexicon;

    FigureOfSpeechRule(Lexicon lexicon) { this.lexicon = lexicon; }

    /**
     * True when {@code e} has a context in which its type's force words mean force (figures.tsv's licensing
     * contexts: military, terrorist, criminal, CBRN); false for a type with no figure line.
     */
    boolean forceLicensed(Event e) {
        for (Lexicon.Keywords f : lexicon.figures()) {
            if (f.type().equals(e.type()) && licensed(e.contexts(), f.label())) return true;
        }
        return false;
    }

    /** True when {@code e}, built from sentence graph {@code g}, is a figure of speech. */
    boolean figurative(SentenceView g, Event e) {
        if (e.mode() != null) return false;
        for (Lexicon.Keywords f : lexicon.figures()) {
            if (f.type().equals(e.type()) && !licensed(e.contexts(), f.label()) && g.containsAny(f.words())) return true;
        }
        return false;
    }

    private static boolean licensed(List<String> contexts, String licensing) {
        Set<String> ok = Lexicon.alts(licensing);
        for (String c : contexts) if (ok.contains(c)) return true;
        return false;
    }
}
