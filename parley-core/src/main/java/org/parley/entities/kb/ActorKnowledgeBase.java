package org.parley.entities.kb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Actor;

/**
 * The curated actor knowledge base: countries (names, adjectives, demonyms, capitals and seats of
 * power used as metonyms), intergovernmental organisations, office holders with term dates, and
 * role words mapped to PLOVER sectors. Loaded from the data files under
 * {@code src/main/resources/org/parley/entities/kb/} plus any user files ({@code --actors FILE}).
 * Immutable and thread-safe once loaded. All lookups are case-insensitive and ignore a leading "the".
 * Formats and sources: {@code docs/actors.md}.
 */
public final class ActorKnowledgeBase {

    /** A country matched by some phrase. {@code matchedAs}: NAME, ADJECTIVE, DEMONYM, CAPITAL, SEAT or REGION. */
    public record CountryRef(String code, String name, String matchedAs, String sector) {
        /** The actor this phrase stands for: the country, with the sector of a seat of power ("the Kremlin" -> GOV). */
        public Actor actor() { return new Actor(code, sector); }
    }

    /** An intergovernmental organisation: identifier ("NATO", "UN", "EU", "IAEA") and canonical name. */
    public record Igo(String code, String name) {}

    /** An office held from {@code from} to {@code to} (null = still in office). */
    public record Role(String country, String sector, String title, LocalDate from, LocalDate to) {
        public boolean heldOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** CAMEO's sector for a person of note holding no office on the day: former and future office holders. */
    public static final String ELITE = "ELI";

    /** A known person: canonical name, aliases (other spellings, surname alone), roles over time. */
    public record Person(String name, List<String> aliases, List<Role> roles) {
        public Person {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
        }

        /**
         * The actor this person stands for on {@code date}: the office held that day (country and
         * sector); a former or future office holder gets the country of the nearest office and sector ELI,
         * CAMEO's "elites" (former officials, prominent persons without office), as the phrase coder codes
         * "a former French president". Null date: the latest role.
         */
        public Optional<Actor> actorOn(LocalDate date) {
            if (roles.isEmpty()) return Optional.empty();
            if (date == null) {
                Role latest = roles.get(0);
                for (Role r : roles) if (startsAfter(r, latest)) latest = r;
                return Optional.of(new Actor(latest.country(), latest.sector()));
            }
            Role held = null;
            for (Role r : roles) {
                if (!r.heldOn(date)) continue;
                // Two offices at once (president and party chief): the first listed one wins.
                if (held == null) held = r;
            }
            if (held != null) return Optional.of(new Actor(held.country(), held.sector()));
            Role nearestPast = null;
            Role nearestFuture = null;
            for (Role r : roles) {
                if (r.to() != null && r.to().isBefore(date)) {
                    if (nearestPast == null || r.to().isAfter(nearestPast.to())) nearestPast = r;
                } else if (r.from() != null && r.from().isAfter(date)) {
                    if (nearestFuture == null || r.from().isBefore(nearestFuture.from())) nearestFuture = r;
                }
            }
            Role near = nearestPast != null ? nearestPast : nearestFuture;
            if (near == null) return Optional.empty();
            // IGO posts are not a nationality: a former UN Secretary-General is no longer "UN".
            String country = near.country();
            if ("IGO".equals(near.sector()) || "NGO".equals(near.sector())) {
                country = null;
                for (Role r : roles) if (!"IGO".equals(r.sector()) && !"NGO".equals(r.sector())) country = r.country();
                if (country == null) return Optional.empty();
            }
            return Optional.of(new Actor(country, ELITE));
        }

        /** True if some role is held on {@code date}. */
        public boolean inOfficeOn(LocalDate date) {
            if (date == null) return false;
            for (Role r : roles) if (r.heldOn(date)) return true;
            return false;
        }

        private static boolean startsAfter(Role a, Role b) {
            if (a.from() == null) return false;
            if (b.from() == null) return true;
            return a.from().isAfter(b.from());
        }
    }

    /**
     * How a name matched a person: FULL name or multi-word alias, a single-word ALIAS given in the data
     * ("Putin", "Xi", "Lula"), or a SURNAME derived from the full name (weaker: "Brown", "Miller").
     */
    public enum MatchKind { FULL, ALIAS, SURNAME }

    /** Persons matched by a name, and how. */
    public record PersonMatch(List<Person> persons, MatchKind kind) {
        public PersonMatch {
            persons = List.copyOf(persons);
        }
    }

    /** Sizes of the loaded tables, for reports and tests. */
    public record Stats(int countries, int countryKeys, int igos, int persons, int roles, int roleWords) {}

    private static volatile ActorKnowledgeBase builtIn;

    private final Map<String, CountryRef> countryKeys;
    private final Map<String, String> countryNames;
    private final Map<String, Igo> igoKeys;
    private final Map<String, Igo> igoCodes;
    private final Map<String, String> igoSectors;
    private final Map<String, List<Person>> personKeys;
    private final Map<String, List<Person>> surnameKeys;
    private final Map<String, List<Person>> aliasKeys;
    private final Map<String, String> roleKeys;
    private final Map<String, Integer> caseModes;
    private final Set<String> weakRoles;
    private final Set<String> modifierRoles;
    private final Set<String> agentHeads;
    private final Set<String> nonAgentNouns;
    private final int longestRole;
    private final int personCount;
    private final int roleCount;
    private final List<String> warnings;

    ActorKnowledgeBase(KbBuilder b) {
        this.countryKeys = Collections.unmodifiableMap(b.countryKeys);
        this.countryNames = Collections.unmodifiableMap(b.countryNames);
        this.igoKeys = Collections.unmodifiableMap(b.igoKeys);
        this.igoCodes = Collections.unmodifiableMap(b.igoCodes);
        this.igoSectors = Collections.unmodifiableMap(b.igoSectors);
        Map<String, Person> persons = b.buildPersons();
        Map<String, List<Person>> full = new LinkedHashMap<>();
        Map<String, List<Person>> surnames = new LinkedHashMap<>();
        Map<String, List<Person>> aliases = new LinkedHashMap<>();
        for (Map.Entry<String, Person> e : persons.entrySet()) {
            Person p = e.getValue();
            for (String k : KbBuilder.fullKeys(p)) full.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            for (String k : KbBuilder.surnameKeys(p)) surnames.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
            for (String k : KbBuilder.explicitSurnameKeys(p)) aliases.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
        }
        this.personKeys = freeze(full);
        this.surnameKeys = freeze(surnames);
        this.aliasKeys = freeze(aliases);
        this.personCount = persons.size();
        int rc = 0;
        for (Person p : persons.values()) rc += p.roles().size();
        this.roleCount = rc;
        this.roleKeys = Collections.unmodifiableMap(b.roleKeys);
        this.caseModes = Collections.unmodifiableMap(b.caseModes);
        this.weakRoles = Set.copyOf(b.weakRoles);
        this.modifierRoles = Set.copyOf(b.modifierRoles);
        this.agentHeads = Set.copyOf(b.agentHeads);
        this.nonAgentNouns = Set.copyOf(b.nonAgentNouns);
        int longest = 1;
        for (String k : roleKeys.keySet()) longest = Math.max(longest, Keys.words(k).size());
        this.longestRole = longest;
        this.warnings = List.copyOf(b.warnings);
    }

    private static Map<String, List<Person>> freeze(Map<String, List<Person>> m) {
        Map<String, List<Person>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Person>> e : m.entrySet()) {
            Set<Person> uniq = new LinkedHashSet<>(e.getValue());
            out.put(e.getKey(), List.copyOf(uniq));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The built-in knowledge base plus {@code extraFiles} (same formats; each file's kind comes from a
     * {@code # kind: countries|igos|persons|roles} header line, else from its file name). User rows add
     * to or override built-in ones. Never throws: unreadable files and bad rows are skipped and listed
     * in {@link #warnings()}.
     */
    public static ActorKnowledgeBase load(List<Path> extraFiles) {
        if (extraFiles == null || extraFiles.isEmpty()) {
            ActorKnowledgeBase kb = builtIn;
            if (kb == null) {
                synchronized (ActorKnowledgeBase.class) {
                    if (builtIn == null) builtIn = new ActorKnowledgeBase(KbBuilder.withBuiltIns());
                    kb = builtIn;
                }
            }
            return kb;
        }
        KbBuilder b = KbBuilder.withBuiltIns();
        for (Path p : extraFiles) b.addFile(p);
        return new ActorKnowledgeBase(b);
    }

    /** The built-in knowledge base only. */
    public static ActorKnowledgeBase builtIn() { return load(List.of()); }

    /** Country by name, short name, adjective, demonym, capital or seat of power ("French", "the Kremlin"). */
    public Optional<CountryRef> country(String phrase) {
        String k = Keys.of(phrase);
        if (k.isEmpty()) return Optional.empty();
        CountryRef ref = countryKeys.get(k);
        return ref != null && caseFits("c:" + k, phrase) ? Optional.of(ref) : Optional.empty();
    }

    /** True if the casing of {@code phrase} is acceptable for {@code key} (see KbBuilder.noteCase). */
    private boolean caseFits(String key, String phrase) {
        int mode = caseModes.getOrDefault(key, 0);
        if (mode == 0) return true;
        int q = KbBuilder.caseMode(phrase.strip());
        return mode == 1 ? q >= 1 : q == 2;
    }

    /** Canonical country name for an ISO alpha-3 code, or null. */
    public String countryName(String code) { return code == null ? null : countryNames.get(code.toUpperCase()); }

    /** Intergovernmental organisation by name or abbreviation ("NATO", "the United Nations"). */
    public Optional<Igo> igo(String phrase) {
        String k = Keys.of(phrase);
        if (k.isEmpty()) return Optional.empty();
        Igo igo = igoKeys.get(k);
        return igo != null && caseFits("i:" + k, phrase) ? Optional.of(igo) : Optional.empty();
    }

    /** IGO (or international NGO) by its identifier ("UN", "NATO"). */
    public Optional<Igo> igoByCode(String code) { return Optional.ofNullable(code == null ? null : igoCodes.get(code)); }

    /**
     * The actor code of an organisation: {@code Actor(code, "IGO")}, or {@code Actor(code, "NGO")} for the
     * few international NGOs listed in igos.tsv (Red Cross, Amnesty International...).
     */
    public Actor igoActor(Igo igo) { return new Actor(igo.code(), igoSectors.getOrDefault(igo.code(), "IGO")); }

    /** Known persons whose name or alias matches {@code name} (full name, or surname alone). */
    public List<Person> persons(String name) {
        PersonMatch m = findPersons(name);
        return m == null ? List.of() : m.persons();
    }

    /** Known persons matching {@code name}, with the kind of match; null when none. */
    public PersonMatch findPersons(String name) {
        String k = Keys.of(name);
        if (k.isEmpty()) return null;
        List<Person> hit = personKeys.get(k);
        if (hit == null) hit = personKeys.get(Keys.dropInitials(k));
        if (hit != null) return new PersonMatch(hit, MatchKind.FULL);
        hit = aliasKeys.get(k);
        if (hit != null) {
            // Derived surnames of other persons join the candidates: "Kim" is several people.
            List<Person> all = new ArrayList<>(hit);
            for (Person p : surnameKeys.getOrDefault(k, List.of())) if (!all.contains(p)) all.add(p);
            return new PersonMatch(all, MatchKind.ALIAS);
        }
        hit = surnameKeys.get(k);
        return hit == null ? null : new PersonMatch(hit, MatchKind.SURNAME);
    }

    /**
     * The actor code of a known person on {@code date} (null date: latest role). A former office
     * holder keeps the country but no sector (or sector from a current role). When a name fits several
     * persons, those in office on the date are preferred; if they still disagree, only a shared country
     * is returned, else nothing.
     */
    public Optional<Actor> personActor(String name, LocalDate date) {
        return resolve(persons(name), date);
    }

    /**
     * The actor shared by {@code candidates} on {@code date}: those in office that day are preferred;
     * if they disagree on the sector only the country is kept, if on the country nothing is returned.
     */
    public static Optional<Actor> resolve(List<Person> candidates, LocalDate date) {
        if (candidates == null || candidates.isEmpty()) return Optional.empty();
        if (candidates.size() > 1 && date != null) {
            List<Person> inOffice = new ArrayList<>();
            for (Person p : candidates) if (p.inOfficeOn(date)) inOffice.add(p);
            if (!inOffice.isEmpty()) candidates = inOffice;
        }
        Actor agreed = null;
        boolean first = true;
        for (Person p : candidates) {
            Actor a = p.actorOn(date).orElse(null);
            if (a == null) continue;
            if (first) { agreed = a; first = false; continue; }
            if (agreed == null) break;
            if (!a.equals(agreed)) {
                agreed = java.util.Objects.equals(a.country(), agreed.country()) ? new Actor(a.country(), null) : null;
            }
        }
        return Optional.ofNullable(agreed == null || agreed.isEmpty() ? null : agreed);
    }

    /** PLOVER sector for a role word or phrase ("lawmaker" -> LEG, "defence ministry" -> MIL). */
    public Optional<String> sector(String roleWord) {
        String k = Keys.of(roleWord);
        if (k.isEmpty()) return Optional.empty();
        String s = roleKeys.get(k);
        if (s == null && (k.endsWith("s") || k.endsWith("men"))) s = roleKeys.get(singular(k)); // "infantrymen"
        return Optional.ofNullable(s);
    }

    /**
     * True for role words too generic to fix a sector when a more specific one is present
     * ("spokesman", "official", "head"): "Defense Ministry spokesman" is MIL, not GOV.
     */
    public boolean isWeakRole(String roleWord) {
        String k = Keys.of(roleWord);
        return weakRoles.contains(k) || ((k.endsWith("s") || k.endsWith("men")) && weakRoles.contains(singular(k)));
    }

    /**
     * True for words that give their sector only to a head noun after them, never alone: "aid" in "aid
     * groups" (NGO), "crime" in "crime bosses" (CRM), "ordinary" in "ordinary Kazakhs" (CVL); "U.S. aid" is no actor.
     */
    public boolean isModifierRole(String roleWord) {
        String k = Keys.of(roleWord);
        return modifierRoles.contains(k) || (k.endsWith("s") && modifierRoles.contains(singular(k)));
    }

    /**
     * A noun naming no one who acts ("agreement", "conference", "retaliation", "withdrawal"; plurals too),
     * unless it is a role word: a phrase headed by one and naming no role is no actor ("the Minsk
     * agreements", "French retaliation"). From WordNet's lexicographer files (non-agent-nouns.tsv).
     */
    public boolean isNonAgentNoun(String word) {
        String k = Keys.of(word);
        if (k.isEmpty() || sector(k).isPresent()) return false;
        return nonAgentNouns.contains(k) || (k.endsWith("s") && nonAgentNouns.contains(singular(k)));
    }

    /** A noun naming a group or body with no sector of its own ("group", "network", "boss"): a modifier's head. */
    public boolean isAgentHead(String word) {
        String k = Keys.of(word);
        return agentHeads.contains(k) || ((k.endsWith("s") || k.endsWith("men")) && agentHeads.contains(singular(k)));
    }

    /** Number of words of the longest role phrase (for n-gram scans). */
    public int longestRolePhrase() { return longestRole; }

    /** Problems met while loading (unreadable file, bad row): never fatal. */
    public List<String> warnings() { return warnings; }

    public Stats stats() {
        return new Stats(countryNames.size(), countryKeys.size(), igoCodes.size(), personCount, roleCount, roleKeys.size());
    }

    /** Crude English singular for role lookups: "soldiers" -> "soldier", "militias" -> "militia", "police" stays. */
    static String singular(String k) {
        if (k.endsWith("ies") && k.length() > 4) return k.substring(0, k.length() - 3) + "y";
        if (k.endsWith("men")) return k.substring(0, k.length() - 3) + "man";
        if (k.endsWith("sses") || k.endsWith("shes") || k.endsWith("ches")) return k.substring(0, k.length() - 2);
        if (k.endsWith("s") && !k.endsWith("ss")) return k.substring(0, k.length() - 1);
        return k;
    }
}
