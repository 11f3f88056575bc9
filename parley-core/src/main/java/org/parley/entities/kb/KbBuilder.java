package org.parley.entities.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.entities.kb.ActorKnowledgeBase.CountryRef;
import org.parley.entities.kb.ActorKnowledgeBase.Igo;
import org.parley.entities.kb.ActorKnowledgeBase.Person;
import org.parley.entities.kb.ActorKnowledgeBase.Role;

/**
 * Reads the TSV files of the knowledge base into lookup tables. Built-in rows never displace an
 * earlier built-in key (so the data files list the preferred reading of an ambiguous word first);
 * user rows always win. Bad rows are skipped with a warning.
 */
final class KbBuilder {
    static final String RESOURCE_DIR = "/org/parley/entities/kb/";
    static final List<String> KINDS = List.of("countries", "igos", "persons", "roles");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "al", "el", "bin", "ibn", "abu", "ben");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[ivxl]+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    final Map<String, CountryRef> countryKeys = new HashMap<>();
    final Map<String, String> countryNames = new LinkedHashMap<>();
    final Map<String, Igo> igoKeys = new HashMap<>();
    final Map<String, Igo> igoCodes = new LinkedHashMap<>();
    final Map<String, String> igoSectors = new HashMap<>();
    /** Case demanded of a query for a key: 0 any, 1 some capital letter, 2 all capitals (acronyms). */
    final Map<String, Integer> caseModes = new HashMap<>();
    final Map<String, String> roleKeys = new HashMap<>();
    final Set<String> weakRoles = new HashSet<>();
    final Set<String> modifierRoles = new HashSet<>();
    final Set<String> agentHeads = new HashSet<>();
    final Set<String> nonAgentNouns = new HashSet<>();
    final List<String> warnings = new ArrayList<>();
    private final Map<String, PersonRows> persons = new LinkedHashMap<>();

    private static final class PersonRows {
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Role> roles = new ArrayList<>();
    }

    static KbBuilder withBuiltIns() {
        KbBuilder b = new KbBuilder();
        for (String kind : KINDS) {
            // Head nouns from WordNet first, so that the hand-written roles.tsv overrides them.
            if (kind.equals("roles")) b.readResource(kind, RESOURCE_DIR + SECTOR_NOUNS);
            b.readResource(kind, RESOURCE_DIR + kind + ".tsv");
        }
        b.readResource(NON_AGENT, RESOURCE_DIR + NON_AGENT_NOUNS);
        return b;
    }

    /** Generated from WordNet by {@link SectorNounsBuilder}; same format as roles.tsv. */
    static final String SECTOR_NOUNS = "sector-nouns.tsv";
    /** Generated from WordNet by {@link SectorNounsBuilder}: nouns naming no one who acts ("agreement"). */
    static final String NON_AGENT_NOUNS = "non-agent-nouns.tsv";
    private static final String NON_AGENT = "non-agent";

    private void readResource(String kind, String res) {
        try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(res)) {
            if (in == null) { warnings.add("missing built-in resource " + res); return; }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), kind, res, false);
        } catch (IOException e) {
            warnings.add("cannot read " + res + ": " + e.getMessage());
        }
    }

    void addFile(Path path) {
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            String kind = kindOf(lines, path.getFileName().toString());
            if (kind == null) {
                warnings.add(path + ": no '# kind: countries|igos|persons|roles' header and no kind in the file name; skipped");
                return;
            }
            read(new BufferedReader(new java.io.StringReader(String.join("\n", lines))), kind, path.toString(), true);
        } catch (IOException | RuntimeException e) {
            warnings.add("cannot read " + path + ": " + e.getMessage());
        }
    }

    static String kindOf(List<String> lines, String fileName) {
        for (String line : lines) {
            String t = line.trim();
            if (!t.startsWith("#")) { if (!t.isEmpty()) break; else continue; }
            String body = t.substring(1).trim().toLowerCase(Locale.ROOT);
            if (body.startsWith("kind:")) {
                String k = body.substring(5).trim();
                if (KINDS.contains(k)) return k;
            }
        }
        String f = fileName.toLowerCase(Locale.ROOT);
        for (String k : KINDS) if (f.contains(k)) return k;
        return null;
    }

    private void read(BufferedReader r, String kind, String source, boolean user) throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            try {
                switch (kind) {
                    case "countries" -> country(f, user);
                    case "igos" -> igo(f, user);
                    case "persons" -> person(f, user);
                    case "roles" -> role(f);
                    case NON_AGENT -> nonAgentNouns.add(Keys.of(field(f, 0)));
                    default -> { }
                }
            } catch (RuntimeException e) {
                warnings.add(source + ":" + n + ": " + e.getMessage());
            }
        }
    }

    private static String field(String[] f, int i) { return i < f.length ? f[i].trim() : ""; }

    private static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        for (String x : s.split("\\|")) if (!x.isBlank()) out.add(x.trim());
        return out;
    }

    // countries: code, name, other names, adjectives, demonyms, capitals, seats (X or X=SECTOR), regions
    private void country(String[] f, boolean user) {
        String code = field(f, 0).toUpperCase(Locale.ROOT);
        String name = field(f, 1);
        if (code.isEmpty() || name.isEmpty()) throw new IllegalArgumentException("country row needs a code and a name");
        if (user || !countryNames.containsKey(code)) countryNames.put(code, name);
        String canonical = countryNames.get(code);
        putCountry(name, new CountryRef(code, canonical, "NAME", null), user);
        for (String x : list(field(f, 2))) putCountry(x, new CountryRef(code, canonical, "NAME", null), user);
        for (String x : list(field(f, 3))) putCountry(x, new CountryRef(code, canonical, "ADJECTIVE", null), user);
        for (String x : list(field(f, 4))) putCountry(x, new CountryRef(code, canonical, "DEMONYM", null), user);
        for (String x : list(field(f, 6))) {
            String sector = "GOV";
            int eq = x.lastIndexOf('=');
            if (eq > 0) { sector = x.substring(eq + 1).trim().toUpperCase(Locale.ROOT); x = x.substring(0, eq).trim(); }
            putCountry(x, new CountryRef(code, canonical, "SEAT", sector.isEmpty() || sector.equals("-") ? null : sector), user);
        }
        for (String x : list(field(f, 5))) putCountry(x, new CountryRef(code, canonical, "CAPITAL", null), user);
        for (String x : list(field(f, 7))) putCountry(x, new CountryRef(code, canonical, "REGION", null), user);
    }

    private void putCountry(String phrase, CountryRef ref, boolean user) {
        String k = Keys.of(phrase);
        if (k.isEmpty()) return;
        if (user) countryKeys.put(k, ref);
        else countryKeys.putIfAbsent(k, ref);
        noteCase("c:" + k, phrase, user);
    }

    /**
     * Remembers how a key must be cased in a query, so that "US" matches but "us" does not, and
     * "Amnesty" matches but "amnesty" does not: an all-capitals entry ("US", "WHO") is matched only
     * in capitals; an entry with some capital only by a query with some capital; a lower-case entry
     * ("nuclear watchdog") by any query. Several entries for one key: the most lenient wins.
     */
    private void noteCase(String key, String entry, boolean user) {
        int mode = caseMode(entry);
        if (user) caseModes.put(key, mode);
        else caseModes.merge(key, mode, Math::min);
    }

    static int caseMode(String s) {
        String t = s.strip();
        if (t.regionMatches(true, 0, "the ", 0, 4)) t = t.substring(4);
        if (t.endsWith("'s") || t.endsWith("\u2019s")) t = t.substring(0, t.length() - 2);
        int letters = 0, upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) upper++;
        }
        if (upper == 0) return 0;
        if (upper == letters && letters >= 2) return 2;
        return 1;
    }

    // igos: code, name, other names and abbreviations, kind (IGO or NGO)
    private void igo(String[] f, boolean user) {
        String code = field(f, 0);
        String name = field(f, 1);
        if (code.isEmpty() || name.isEmpty()) throw new IllegalArgumentException("igo row needs a code and a name");
        String sector = field(f, 3).isEmpty() ? "IGO" : field(f, 3).toUpperCase(Locale.ROOT);
        Igo igo = new Igo(code, name);
        if (user || !igoCodes.containsKey(code)) { igoCodes.put(code, igo); igoSectors.put(code, sector); }
        List<String> names = new ArrayList<>();
        names.add(code);
        names.add(name);
        names.addAll(list(field(f, 2)));
        for (String x : names) {
            String k = Keys.of(x);
            if (k.isEmpty()) continue;
            if (user) igoKeys.put(k, igoCodes.get(code));
            else igoKeys.putIfAbsent(k, igoCodes.get(code));
            noteCase("i:" + k, x, user);
        }
    }

    // persons: name, aliases, country, sector, title, from, to
    private void person(String[] f, boolean user) {
        String name = field(f, 0);
        if (name.isEmpty()) throw new IllegalArgumentException("person row needs a name");
        String country = field(f, 2).toUpperCase(Locale.ROOT);
        if (country.isEmpty()) throw new IllegalArgumentException("person row needs a country (or IGO code)");
        String sector = field(f, 3).toUpperCase(Locale.ROOT);
        Role role = new Role(country, sector.isEmpty() || sector.equals("-") ? null : sector, field(f, 4),
                date(field(f, 5)), date(field(f, 6)));
        if (role.from() != null && role.to() != null && role.to().isBefore(role.from()))
            throw new IllegalArgumentException("term ends before it starts: " + name);
        PersonRows p = persons.computeIfAbsent(Keys.of(name), k -> new PersonRows());
        if (p.name == null) p.name = name;
        p.aliases.addAll(list(field(f, 1)));
        if (user) p.roles.removeIf(r -> r.title().equalsIgnoreCase(role.title()) && java.util.Objects.equals(r.from(), role.from()));
        p.roles.add(role);
    }

    private static LocalDate date(String s) {
        if (s.isEmpty()) return null;
        try {
            if (s.length() == 4) return LocalDate.of(Integer.parseInt(s), 1, 1);
            if (s.length() == 7) return LocalDate.parse(s + "-01");
            return LocalDate.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("bad date '" + s + "'");
        }
    }

    // roles: phrase, sector, strength (blank or "strong"; "weak" for generic words like "spokesman";
    // "modifier" for words that give a sector only to a head after them: "aid" in "aid groups"; "head" for
    // nouns naming a group or body with no sector of their own, which such a modifier may qualify: "groups")
    private void role(String[] f) {
        String k = Keys.of(field(f, 0));
        if (field(f, 2).equalsIgnoreCase("head")) { // a body or group noun with no sector of its own
            if (k.isEmpty()) throw new IllegalArgumentException("head row needs a phrase");
            agentHeads.add(k);
            return;
        }
        String sector = field(f, 1).toUpperCase(Locale.ROOT);
        if (k.isEmpty() || sector.isEmpty()) throw new IllegalArgumentException("role row needs a phrase and a sector");
        roleKeys.put(k, sector);
        String strength = field(f, 2);
        if (strength.equalsIgnoreCase("weak")) weakRoles.add(k);
        else weakRoles.remove(k);
        if (strength.equalsIgnoreCase("modifier")) modifierRoles.add(k);
        else modifierRoles.remove(k);
    }

    Map<String, Person> buildPersons() {
        Map<String, Person> out = new LinkedHashMap<>();
        for (Map.Entry<String, PersonRows> e : persons.entrySet()) {
            PersonRows p = e.getValue();
            out.put(e.getKey(), new Person(p.name, List.copyOf(p.aliases), p.roles));
        }
        return out;
    }

    /** Keys under which a person is found by full name: the name and every multi-word alias. */
    static Set<String> fullKeys(Person p) {
        Set<String> out = new LinkedHashSet<>();
        addFull(out, p.name());
        for (String a : p.aliases()) if (Keys.words(Keys.of(a)).size() > 1) addFull(out, a);
        return out;
    }

    private static void addFull(Set<String> out, String name) {
        String k = Keys.of(name);
        if (k.isEmpty()) return;
        out.add(k);
        out.add(Keys.dropInitials(k));
    }

    /** Single-word aliases given in the data ("Putin", "Xi", "Lula"): surnames safe to use alone. */
    static Set<String> explicitSurnameKeys(Person p) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : p.aliases()) {
            String k = Keys.of(a);
            if (!k.isEmpty() && Keys.words(k).size() == 1) out.add(k);
        }
        return out;
    }

    /**
     * Keys under which a person is found by surname alone: every single-word alias ("Xi", "Lula",
     * "Zelenskyy"), and the surname derived from the name and from each multi-word alias: the last
     * word (after dropping "Jr." and regnal numbers), or from a particle on ("von der Leyen",
     * "al-Assad", which also gives "Assad").
     */
    static Set<String> surnameKeys(Person p) {
        Set<String> out = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(p.name());
        for (String a : p.aliases()) {
            String k = Keys.of(a);
            if (k.isEmpty()) continue;
            if (Keys.words(k).size() == 1) out.add(k);
            else names.add(a);
        }
        for (String n : names) {
            // Split on spaces only, so a hyphenated surname stays whole: "Dlamini-Zuma" is not "Zuma".
            List<String> w = new ArrayList<>();
            for (String raw : n.trim().split("\\s+")) {
                String k = Keys.basic(raw);
                if (!k.isEmpty()) w.add(k);
            }
            while (w.size() > 1 && (SUFFIXES.contains(w.get(w.size() - 1)) || ROMAN.matcher(w.get(w.size() - 1)).matches())) w.remove(w.size() - 1);
            if (w.size() < 2) continue;
            int start = w.size() - 1;
            while (start - 1 > 0 && PARTICLES.contains(w.get(start - 1))) start--;
            out.add(String.join(" ", w.subList(start, w.size())));
            // "al-Assad" is also found as "Assad", "von der Leyen" as "Leyen".
            List<String> last = Keys.words(w.get(w.size() - 1));
            int skip = 0;
            while (skip < last.size() - 1 && PARTICLES.contains(last.get(skip))) skip++;
            if (start < w.size() - 1 || skip > 0) out.add(String.join(" ", last.subList(skip, last.size())));
        }
        return out;
    }
}
