package org.parley.events.internal;

import java.util.Set;
import org.parley.events.EventType;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;

/**
 * "Attack", "hit", "slam" between politicians are words, not blows: an ASSAULT with no means of force (no
 * mode), in no military, terrorist, criminal or CBRN context, whose participants are all political actors
 * of one country (sectors GOV, LEG, PTY, OPP, ELI for former and future office holders, JUD, or none) with at least one of them named as such, is coded
 * as the criticism it is: ACCUSE, CAMEO 111. With one side unnamed ("attacks on Clinton") this holds only in an
 * election context, the sentence's or the article's, where such attacks are a campaign's. One of the seams of {@link SentenceCoder}; the hand-judged
 * PolNeAR samples showed "verbal attack" as a steady class of false ASSAULT events.
 */
final class VerbalAttackRule {
    /** Sectors of political actors (argument-words.tsv class political). */
    private static final ArgumentWords WORDS = ArgumentWords.BUILT_IN;

    private final FigureOfSpeechRule figures;

    /** {@code figures}: whose licensing contexts (figures.tsv) are the contexts in which an attack is one. */
    VerbalAttackRule(FigureOfSpeechRule figures) { this.figures = figures; }

    /** True when built event {@code e} is such a verbal attack. */
    boolean verbal(Event e, Set<String> articleContexts) {
        if (!e.type().equals(EventType.ASSAULT.name()) || e.mode() != null || figures.forceLicensed(e)) return false;
        if ((e.source().isEmpty() || e.target().isEmpty()) && !SenseRules.inElection(e, articleContexts)) return false;
        return politicalOfOneCountry(e);
    }

    /**
     * Whether every participant of {@code e} is a political actor of one country (sectors GOV, LEG, PTY, OPP,
     * ELI, JUD, or none) and at least one is named as such.
     */
    static boolean politicalOfOneCountry(Event e) {
        String country = null;
        boolean named = false;
        for (EventActor a : concat(e)) {
            if (a.sector() != null && !WORDS.political(a.sector()) && !a.sector().equals("JUD")) return false;
            if (WORDS.political(a.sector())) named = true;
            if (a.country() == null) continue;
            if (country != null && !country.equals(a.country())) return false;
            country = a.country();
        }
        return named;
    }

    private static Iterable<EventActor> concat(Event e) {
        java.util.List<EventActor> all = new java.util.ArrayList<>(e.source());
        all.addAll(e.target());
        return all;
    }
}
