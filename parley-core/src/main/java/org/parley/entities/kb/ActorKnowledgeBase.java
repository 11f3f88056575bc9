package org.parley.entities.kb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;

/**
 * The curated actor knowledge base: countries (names, adjectives, demonyms, capitals and seats of
 * power used as metonyms), intergovernmental organisations, office holders with term dates, and
 * role words mapped to PLOVER sectors. Loaded from the data files under
 * {@code src/main/resources/org/parley/entities/kb/} plus any user files ({@code --actors FILE}).
 * Immutable and thread-safe once loaded. All lookups are case-insensitive and ignore a leading "the".
 */
public final class ActorKnowledgeBase {

    /** A country matched by some phrase. {@code matchedAs}: NAME, ADJECTIVE, DEMONYM, CAPITAL or SEAT. */
    public record CountryRef(String code, String name, String matchedAs, String sector) {}

    /** An intergovernmental organisation: identifier ("NATO", "UN", "EU", "IAEA") and canonical name. */
    public record Igo(String code, String name) {}

    /** An office held from {@code from} to {@code to} (null = still in office). */
    public record Role(String country, String sector, String title, LocalDate from, LocalDate to) {
        public boolean heldOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** A known person: canonical name, aliases (other spellings, surname alone), roles over time. */
    public record Person(String name, List<String> aliases, List<Role> roles) {}

    public static ActorKnowledgeBase load(List<Path> extraFiles) {
        return new ActorKnowledgeBase();
    }

    /** Country by name, short name, adjective, demonym, capital or seat of power ("French", "the Kremlin"). */
    public Optional<CountryRef> country(String phrase) { return Optional.empty(); }

    /** Intergovernmental organisation by name or abbreviation ("NATO", "the United Nations"). */
    public Optional<Igo> igo(String phrase) { return Optional.empty(); }

    /** Known persons whose name or alias matches {@code name} (full name, or surname alone). */
    public List<Person> persons(String name) { return List.of(); }

    /**
     * The actor code of a known person on {@code date} (null date: latest role). A former office
     * holder keeps the country but no sector (or sector from a current role).
     */
    public Optional<Actor> personActor(String name, LocalDate date) { return Optional.empty(); }

    /** PLOVER sector for a role word or phrase ("lawmaker" -> LEG, "defence ministry" -> MIL). */
    public Optional<String> sector(String roleWord) { return Optional.empty(); }
}
