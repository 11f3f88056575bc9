package org.parley.events;

import java.util.Locale;
import java.util.Optional;

/**
 * The PLOVER event types Parley codes. Events are written with the type's name ({@code Event.type}); which
 * types are cooperative or forceful, and the CAMEO code of the stated intention to do each, are data:
 * columns of cameo.tsv (read by the events lexicon).
 */
public enum EventType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
    MOBILIZE, COERCE, ASSAULT;

    /** The type named {@code s} (any case), if it is one. */
    public static Optional<EventType> parse(String s) {
        if (s == null) return Optional.empty();
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
