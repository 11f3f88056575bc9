package org.parley.entities.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.entities.kb.ActorKnowledgeBase.CountryRef;
import org.parley.entities.kb.ActorKnowledgeBase.Igo;
import org.parley.entities.kb.ActorKnowledgeBase.MatchKind;
import org.parley.entities.kb.ActorKnowledgeBase.PersonMatch;
import org.parley.model.Actor;

/**
 * Codes a short noun phrase ("the Kremlin", "French lawmakers", "the Russian Defense Ministry",
 * "Russia's ambassador to France", "rebels") as an actor, with a one-line explanation.
 *
 * <p>The phrase is cut into words; at each word the longest run of words found in the knowledge base
 * is taken (a country name, adjective or seat of power; an IGO; a full person name; a role word).
 * Only the head part of the phrase counts: words after a preposition other than "of" ("ambassador
 * <i>to France</i>") are ignored. The country is the first country in the head part; the sector is
 * the rightmost strong role word, else a modifier role word followed by a head ("aid agencies" NGO,
 * "ordinary Kazakhs" CVL), else the sector of a seat of power, else a weak role word ("Defense
 * Ministry spokesman" is MIL, "Kremlin spokesman" GOV). An IGO gives {@code Actor(code, "IGO")} unless a
 * country and a role are both present ("Russian UN envoy" is RUS/GOV). "former" or "ex-" before a
 * state role makes the phrase an elite (ELI), as CAMEO codes former office holders, and keeps the
 * country. "pro-Russian" and "Russian-backed" name no country. Role words come from roles.tsv and the
 * WordNet-generated sector-nouns.tsv (see SectorNounsBuilder).
 */
public final class PhraseCoder {
    /**
     * A coding with the reason it was chosen, and the role phrase that gave the sector (normalised,
     * e.g. "defence ministry"; null when none).
     */
    public record Coded(Actor actor, String reason, String role) {
        public Coded(Actor actor, String reason) { this(actor, reason, null); }
    }

    private static final int MAX_NGRAM = 8;
    private static final Set<String> STOP_PREPOSITIONS = Set.of("to", "in", "at", "for", "with", "from", "on",
            "against", "over", "into", "near", "by", "after", "during", "about", "under", "between", "among",
            "toward", "towards", "than", "who", "which", "that", "and", "or", "but", "said", "says");
    private static final Set<String> GEO_FEATURES = Set.of("sea", "ocean", "gulf", "strait", "straits", "river",
            "mountains", "mountain", "peninsula", "bay", "lake", "desert", "channel", "canal", "sound", "basin",
            "coast", "highlands", "plateau", "valley", "shelf", "reef", "archipelago");
    private static final Set<String> SOFT_PREPOSITIONS = Set.of("for", "at", "with", "in", "from");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this",
            "that", "these", "those", "some", "several", "many", "two", "three", "four", "five", "top", "senior",
            "high-ranking", "high ranking", "unnamed", "anonymous", "other", "new", "then");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "onetime", "one-time", "erstwhile", "retired", "late");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "MIL", "JUD", "COP", "SPY", "IGO");
    private static final Set<String> NOT_OF_COUNTRY = Set.of("backed", "supported", "sponsored", "allied", "funded",
            "armed", "installed", "appointed", "controlled", "held", "occupied", "annexed", "leaning", "friendly", "aligned");

    private final ActorKnowledgeBase kb;

    public PhraseCoder(ActorKnowledgeBase kb) { this.kb = kb; }

    private enum Kind { COUNTRY, IGO, PERSON, ROLE, FORMER, PREP, IGNORE, OTHER }

    private record Match(Kind kind, int start, int end, String text, CountryRef country, Igo igo, Actor person,
                         String sector, boolean weak, boolean modifier) {
        Match(Kind kind, int start, int end, String text, CountryRef country, Igo igo, Actor person, String sector, boolean weak) {
            this(kind, start, end, text, country, igo, person, sector, weak, false);
        }
    }

    /** The actor of {@code phrase} on {@code date} (null date: latest roles); empty when it names none. */
    public Optional<Actor> code(String phrase, LocalDate date) {
        Coded c = explain(phrase, date);
        return c == null ? Optional.empty() : Optional.of(c.actor());
    }

    /** Like {@link #code} with the reason; null when the phrase names no actor. */
    public Coded explain(String phrase, LocalDate date) { return explainUnsafe(phrase, date, false); }

    /**
     * Codes a proper name (an ORGANIZATION or MISC mention): as {@link #explain}, except that a role
     * word inside a name whose last word is unknown gives no sector ("General Motors" is no army,
     * "Russian Railways" is RUS only).
     */
    public Coded explainName(String name, LocalDate date) { return explainUnsafe(name, date, true); }

    private Coded explainUnsafe(String phrase, LocalDate date, boolean properName) {
        if (phrase == null || phrase.isBlank()) return null;
        String p = phrase.strip();
        Coded whole = wholePhrase(p, date);
        if (whole != null) return whole;
        List<String> toks = tokens(p);
        if (toks.isEmpty()) return null;
        List<Match> matches = scan(toks, date);
        return combine(matches, p, properName);
    }

    private Coded wholePhrase(String p, LocalDate date) {
        Optional<Igo> igo = kb.igo(p);
        if (igo.isPresent()) return new Coded(kb.igoActor(igo.get()), "IGO '" + igo.get().name() + "'");
        Optional<CountryRef> c = kb.country(p);
        if (c.isPresent()) return new Coded(c.get().actor(), "country " + c.get().matchedAs().toLowerCase() + " of " + c.get().name());
        return null;
    }

    /** Words of the phrase with punctuation and possessives removed; hyphenated compounds split. */
    static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String raw : phrase.split("\\s+")) {
            String t = raw.replaceAll("^[\"'\u2018\u2019\u201c\u201d(\\[]+|[\"\u201c\u201d)\\],;:!?]+$", "");
            if (t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.isEmpty()) continue;
            if (t.endsWith("'s") || t.endsWith("\u2019s")) t = t.substring(0, t.length() - 2);
            else if (t.endsWith("s'")) t = t.substring(0, t.length() - 1);
            if (t.endsWith(".") && !t.matches("(?:[A-Za-z]\\.)+")) t = t.substring(0, t.length() - 1);
            if (t.isEmpty()) continue;
            int dash = t.indexOf('-');
            if (dash > 0 && dash < t.length() - 1) {
                String head = t.substring(0, dash).toLowerCase();
                String tail = t.substring(t.lastIndexOf('-') + 1).toLowerCase();
                if (head.equals("pro") || head.equals("anti") || NOT_OF_COUNTRY.contains(tail)) {
                    out.add("\u0000" + t); // a marked word that can name no country
                    continue;
                }
                if (head.equals("ex")) { out.add("ex"); out.add(t.substring(dash + 1)); continue; }
                if (tail.equals("led") || tail.equals("run") || tail.equals("based")) {
                    out.add(t.substring(0, t.lastIndexOf('-'))); // "Saudi-led coalition": the leader's country
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    private List<Match> scan(List<String> toks, LocalDate date) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            String w = toks.get(i);
            if (w.startsWith("\u0000")) { out.add(new Match(Kind.IGNORE, i, i + 1, w.substring(1), null, null, null, null, false)); i++; continue; }
            String lw = w.toLowerCase();
            if (FORMER.contains(lw)) { out.add(new Match(Kind.FORMER, i, i + 1, w, null, null, null, null, false)); i++; continue; }
            Match best = null;
            boolean afterCountry = !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.COUNTRY && out.get(out.size() - 1).end() == i;
            for (int len = Math.min(MAX_NGRAM, toks.size() - i); len >= 1 && best == null; len--) {
                if (hasMarked(toks, i, len)) continue;
                String sub = String.join(" ", toks.subList(i, i + len));
                best = lookup(sub, i, i + len, len, afterCountry, date);
            }
            if (best == null && STOP_PREPOSITIONS.contains(lw)) best = new Match(Kind.PREP, i, i + 1, w, null, null, null, null, false);
            if (best == null) {
                if (!DETERMINERS.contains(lw)) out.add(new Match(Kind.OTHER, i, i + 1, w, null, null, null, null, false));
                i++;
                continue;
            }
            out.add(best);
            i = best.end();
        }
        return out;
    }

    private static boolean hasMarked(List<String> toks, int i, int len) {
        for (int k = i; k < i + len; k++) if (toks.get(k).startsWith("\u0000")) return true;
        return false;
    }

    private Match lookup(String sub, int start, int end, int len, boolean afterCountry, LocalDate date) {
        String lower = sub.toLowerCase();
        if (len == 1 && DETERMINERS.contains(lower)) return null;
        Optional<String> role = kb.sector(sub);
        // "Russian Security Council" is Russia's council, not the UN's.
        if (afterCountry && role.isPresent()) return roleMatch(start, end, sub, role.get());
        Optional<CountryRef> c = kb.country(sub);
        if (c.isPresent()) return new Match(Kind.COUNTRY, start, end, sub, c.get(), null, null, null, false);
        Optional<Igo> igo = kb.igo(sub);
        if (igo.isPresent()) return new Match(Kind.IGO, start, end, sub, null, igo.get(), null, null, false);
        if (Character.isUpperCase(sub.charAt(0))) {
            PersonMatch pm = kb.findPersons(sub);
            // Full names anywhere; a one-word alias ("Obama administration") only for someone in office.
            boolean ok = pm != null && (pm.kind() == MatchKind.FULL && len >= 2
                    || pm.kind() == MatchKind.ALIAS && len == 1 && date != null && pm.persons().stream().anyMatch(x -> x.inOfficeOn(date)));
            if (ok) {
                Actor a = ActorKnowledgeBase.resolve(pm.persons(), date).orElse(null);
                if (a != null) return new Match(Kind.PERSON, start, end, sub, null, null, a, null, false);
            }
        }
        if (role.isPresent()) return roleMatch(start, end, sub, role.get());
        return null;
    }

    private Match roleMatch(int start, int end, String sub, String sector) {
        return new Match(Kind.ROLE, start, end, sub, null, null, null, sector, kb.isWeakRole(sub), kb.isModifierRole(sub));
    }

    /**
     * A modifier qualifies only a noun naming people or a body after it: a weak role ("relief agencies"), a
     * demonym ("ordinary Kazakhs") or a group noun ("crime bosses"); not a thing ("rights violations").
     */
    private boolean agentAfter(List<Match> head, Match modifier) {
        for (Match m : head) {
            if (m.start() < modifier.end()) continue;
            if (m.kind() == Kind.ROLE && m.weak() || m.kind() == Kind.COUNTRY && "DEMONYM".equals(m.country().matchedAs())
                    || m.kind() == Kind.OTHER && kb.isAgentHead(m.text())) return true;
        }
        return false;
    }

    /** "Hungarian and Romanian officials": the conjunction joins two countries inside one phrase. */
    private static boolean isConjunctionBetweenCountries(List<Match> all, Match m) {
        String w = m.text().toLowerCase();
        if (!w.equals("and") && !w.equals("or")) return false;
        int i = all.indexOf(m);
        return i > 0 && i + 1 < all.size() && all.get(i - 1).kind() == Kind.COUNTRY && all.get(i + 1).kind() == Kind.COUNTRY;
    }

    private Coded combine(List<Match> all, String phrase, boolean properName) {
        // The head part: up to the first preposition (other than "of") outside a known name.
        List<Match> head = new ArrayList<>();
        boolean anchored = false; // a strong role, country, IGO or person seen
        for (Match m : all) {
            if (m.kind() == Kind.PREP && isConjunctionBetweenCountries(all, m)) continue;
            if (m.kind() == Kind.PREP) {
                // "spokesman for the Defense Ministry", "official at the Foreign Ministry": a weak role's
                // organisation follows the preposition; "ambassador to France" stops at it.
                if (!anchored && SOFT_PREPOSITIONS.contains(m.text().toLowerCase())) continue;
                break;
            }
            if (m.kind() == Kind.COUNTRY || m.kind() == Kind.IGO || m.kind() == Kind.PERSON || m.kind() == Kind.ROLE && !m.weak() && !m.modifier()) anchored = true;
            head.add(m);
        }
        Match country = null, igo = null, person = null, strong = null, weak = null, seat = null, modifier = null;
        int formerAt = -1;
        for (Match m : head) {
            switch (m.kind()) {
                case COUNTRY -> {
                    if (country == null) country = m;
                    if (m.country().sector() != null) seat = m;
                }
                case IGO -> { if (igo == null) igo = m; }
                case PERSON -> { if (person == null) person = m; }
                case ROLE -> { if (m.modifier()) modifier = m; else if (m.weak()) weak = m; else strong = m; }
                case FORMER -> formerAt = m.start();
                default -> { }
            }
        }
        Match lastWord = null;
        for (Match m : head) if (m.kind() != Kind.FORMER && m.kind() != Kind.IGNORE) lastWord = m;
        // "South China Sea", "Gulf of Mexico": a geographic feature is no actor of the country it names.
        for (Match m : head) if (m.kind() == Kind.OTHER && GEO_FEATURES.contains(m.text().toLowerCase())) return null;
        // "the Minsk agreements", "Berlin conference", "French retaliation": a phrase headed by a noun naming no
        // one who acts, with no role, seat or person in it, is no actor (its country is a venue or a modifier).
        if (lastWord != null && lastWord.kind() == Kind.OTHER && kb.isNonAgentNoun(lastWord.text())
                && strong == null && weak == null && modifier == null && seat == null && person == null) return null;
        if (properName && lastWord != null && lastWord.kind() == Kind.OTHER && Character.isUpperCase(lastWord.text().charAt(0))) {
            strong = null;
            weak = null;
            if (seat != null && seat.start() < lastWord.start()) seat = null;
            if (country == null) return null;
        }
        // A modifier ("aid", "crime", "ordinary") gives its sector to a head after it that has none of its own
        // or only a weak one ("aid agencies", "crime bosses", "ordinary Kazakhs"); a strong head wins ("drug company").
        if (modifier != null && (strong != null || !agentAfter(head, modifier))) modifier = null;
        Match role = strong != null ? strong : modifier != null ? modifier : (seat != null ? null : weak);
        String sector = role != null ? role.sector() : (seat != null ? seat.country().sector() : null);
        String roleText = role != null ? role.text() : (seat != null ? seat.text() : null);
        if (seat != null && strong != null && strong.start() < seat.start()) { sector = seat.country().sector(); roleText = seat.text(); }
        boolean former = formerAt >= 0 && (role == null || formerAt < role.end());
        // A one-word alias counts only as a modifier ("Obama administration", "Putin's spokesman"); a bare
        // surname is a named mention, coded in context by ActorCoder.codeMention.
        if (person != null && person.end() - person.start() == 1
                && !(strong != null && strong.start() > person.start() || weak != null && weak.start() > person.start())) person = null;
        if (person != null && strong != null && strong.start() > person.start() && person.person().country() != null) {
            // The person modifies a role: "Putin's spokesman", "Obama administration".
            return new Coded(new Actor(person.person().country(), former && STATE_SECTORS.contains(strong.sector()) ? null : strong.sector()),
                    "country of '" + person.text() + "', sector " + strong.sector() + " from '" + strong.text() + "'");
        }
        if (person != null) {
            Actor a = person.person();
            String s = a.sector() != null ? a.sector() : (former ? null : sector);
            return new Coded(new Actor(a.country(), s), "person '" + person.text() + "' in the knowledge base"
                    + (a.sector() == null && s != null ? ", sector from '" + roleText + "'" : ""));
        }
        if (igo != null && !(country != null && role != null && country.start() < igo.start())) {
            return new Coded(kb.igoActor(igo.igo()), "IGO '" + igo.igo().name() + "' in '" + phrase + "'");
        }
        // PLOVER/CAMEO code former office holders as elites (ELI): "a former Nigerian president".
        if (former && sector != null && STATE_SECTORS.contains(sector)) sector = ActorKnowledgeBase.ELITE;
        String code = country != null ? country.country().code() : null;
        if (code == null && role == weak && seat == null) return null; // "officials", "members": too vague alone
        if (code == null && sector == null) return null;
        StringBuilder why = new StringBuilder();
        if (country != null) why.append("country from '").append(country.text()).append("'");
        if (sector != null) {
            if (why.length() > 0) why.append(", ");
            why.append("sector ").append(sector).append(" from '").append(roleText).append("'");
        }
        if (former) why.append(" (former office holder: ELI)");
        return new Coded(new Actor(code, sector), why.toString(), role == null ? null : Keys.of(role.text()));
    }
}
