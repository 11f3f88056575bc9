package org.parley.quotes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Token;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * Resolves the span that names a speaker to the article's entities: a name (through the entity
 * stage's clusters, so a misspelt "McCron" lands on the merged "Emmanuel Macron"), a pronoun (the
 * previous compatible speaker, else the latest person named before it), a relative pronoun (its
 * antecedent), or a role phrase ("the French leader", "Russia's president", "the Kremlin": the
 * article's entity coded with that country and sector).
 */
public final class SpeakerResolver {
    /** The stage's closed-class words (quotes/closed-words.tsv). */
    private static final org.parley.knowledge.WordSets CLOSED = org.parley.knowledge.WordSets.resource("/org/parley/quotes/closed-words.tsv");
    private static final Set<String> PERSON_PRONOUNS = CLOSED.get("person_pronoun");
    private static final Set<String> GROUP_PRONOUNS = CLOSED.get("group_pronoun");
    private static final Set<String> RELATIVE = CLOSED.get("relative");

    private final AnnotatedArticle doc;
    private final ArticleEntities entities;
    private final ActorKnowledgeBase kb;
    private final LocalDate date;

    public SpeakerResolver(AnnotatedArticle doc, ArticleEntities entities, ActorKnowledgeBase kb) {
        this.doc = doc;
        this.entities = entities == null ? ArticleEntities.none() : entities;
        this.kb = kb;
        this.date = doc.article().published();
    }

    /** Resolves {@code c} given the attributions before it in text order (already resolved). */
    public Candidate.SpeakerRef resolve(Candidate c, List<Candidate> earlier) {
        if (c.continues != null) return c.root().speaker;
        int s = c.referentStart >= 0 ? c.referentStart : c.sourceStart;
        int e = c.referentStart >= 0 ? c.referentEnd : c.sourceEnd;
        if (s < 0) return null;
        String text = doc.text().substring(s, e).trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(lower)) {
            boolean insideQuote = lower.equals("i") || lower.equals("me");
            return insideQuote ? enclosingSpeaker(c, earlier) : previousSpeaker(earlier, s, true);
        }
        if (GROUP_PRONOUNS.contains(lower)) {
            if (lower.equals("we") || lower.equals("us")) return enclosingSpeaker(c, earlier);
            return previousSpeaker(earlier, s, false);
        }
        if (RELATIVE.contains(lower)) return null;
        Candidate.SpeakerRef group = group(s, e, earlier);
        if (group != null) return group;
        Candidate.SpeakerRef office = speaksFor(s, e, text);
        if (office != null) return office;
        ArticleEntity entity = bestEntity(s, e);
        if (entity != null && (entity.type() == EntityType.PERSON || !isPersonRole(text))) return of(entity);
        // "Russia's president", "the head of the Fifth Republic": the role names the speaker, not the place
        if (entity != null) {
            Candidate.SpeakerRef role = byRole(text, s, earlier);
            if (role != null && (role.entity() != null || "PERSON".equals(role.type()))) return role;
            return of(entity);
        }
        Candidate.SpeakerRef role = byRole(text, s, earlier);
        if (role != null) return role;
        NamedMention m = mentionIn(s, e);
        if (m != null) return new Candidate.SpeakerRef(null, m.text(), null, null, m.type());
        return null;
    }

    // ---- joint speakers ----

    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.of("both", 2, "two", 2, "three", 3, "four", 4, "five", 5);

    /**
     * A joint speaker: names joined by "and" ("Putin and Macron", "Russia and France"), or a plural noun
     * phrase ("the two leaders", "Both leaders", "the French and Russian presidents", "officials"). A definite
     * plural refers back to the entities the article has named (the latest ones, one per country word when
     * the phrase has them); an indefinite one ("officials said") is a group whose members are unknown.
     */
    private Candidate.SpeakerRef group(int s, int e, List<Candidate> earlier) {
        List<Token> toks = tokens(s, e);
        if (toks.isEmpty()) return null;
        String phrase = doc.text().substring(s, e).replaceAll("\\s+", " ").trim();
        Token head = SourceNouns.head(toks);
        // "the Presidents" (a capitalised role, tagged as a plural proper noun) is a plural role all the same
        Token last = toks.get(toks.size() - 1);
        boolean pluralRole = head == null && last.pos().equals("NNPS") && last.word().endsWith("s")
                && isPersonRole(last.word().substring(0, last.word().length() - 1));
        if (pluralRole) head = last;
        if (head != null && (head.pos().equals("NNS") || pluralRole) && !insideName(head)) return plural(phrase, toks, head, s);
        // "A and B": every conjunct is a name of its own (an apposition after a comma is one person: "lawmaker and member, Dhuicq")
        List<List<Token>> parts = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        for (Token t : toks) {
            if (t.pos().equals("CC") && (t.word().equalsIgnoreCase("and") || t.word().equals("&")) && !insideName(t)) { parts.add(cur); cur = new ArrayList<>(); }
            else cur.add(t);
        }
        parts.add(cur);
        if (parts.size() < 2) return null;
        for (Token t : parts.get(parts.size() - 1)) if (t.word().equals(",")) return null;
        List<Candidate.SpeakerRef> members = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (List<Token> part : parts) {
            if (part.isEmpty()) return null;
            int ps = part.get(0).start(), pe = part.get(part.size() - 1).end();
            Candidate.SpeakerRef m = member(ps, pe, earlier);
            if (m == null) return null;
            if (seen.add(m.entity() != null ? m.entity() : m.name())) members.add(m);
        }
        return members.size() < 2 ? null : groupOf(phrase, members);
    }

    /** One conjunct of a joint speaker: a name (the entity, or the mention), or a role phrase with a person role. */
    private Candidate.SpeakerRef member(int s, int e, List<Candidate> earlier) {
        String text = doc.text().substring(s, e).trim();
        ArticleEntity named = entities.at(s, e);
        if (named != null) {
            // the entity must name the conjunct, not a word of it ("French lawmaker" is no France)
            for (Span sp : named.spans()) if (sp.start() < e && s < sp.end() && (Math.min(e, sp.end()) - Math.max(s, sp.start())) * 2 >= e - s) return of(named);
        }
        NamedMention m = mentionIn(s, e);
        if (m != null && (m.end() - m.start()) * 2 >= e - s) {
            ArticleEntity entity = bestEntity(m.start(), m.end());
            return entity != null ? of(entity) : new Candidate.SpeakerRef(null, m.text(), null, null, m.type());
        }
        if (isPersonRole(text)) return new Candidate.SpeakerRef(null, text.replaceAll("\\s+", " "), null, null, "PERSON");
        return null;
    }

    private Candidate.SpeakerRef plural(String phrase, List<Token> toks, Token head, int offset) {
        String first = toks.get(0).word().toLowerCase(Locale.ROOT);
        boolean definite = first.equals("the") || first.equals("both") || first.equals("these") || first.equals("those")
                || first.equals("their") || NUMBERS.containsKey(first);
        int n = 2;
        for (Token t : toks) { Integer k = NUMBERS.get(t.word().toLowerCase(Locale.ROOT)); if (k != null) n = k; }
        if (!definite) return groupOf(phrase, List.of());
        boolean persons = isPersonRole(head.lemma()) || isPersonRole(head.word())
                || head.word().endsWith("s") && isPersonRole(head.word().substring(0, head.word().length() - 1));
        // country words in the phrase ("the French and Russian presidents"): one member per country
        List<String> countries = new ArrayList<>();
        for (Token t : toks) {
            if (t == head) break;
            String c = t.pos().startsWith("JJ") || t.pos().startsWith("NNP") ? safeCountry(t.word()) : null;
            if (c != null && !countries.contains(c)) countries.add(c);
        }
        List<Candidate.SpeakerRef> members = new ArrayList<>();
        if (countries.size() >= 2) {
            for (String c : countries) {
                ArticleEntity best = latest(offset, persons, c);
                if (best != null) members.add(of(best));
            }
        } else {
            // the most named entities of the kind (before the phrase when there are any; a role head such as
            // "presidents" prefers entities coded with its sector): the article's protagonists
            String sector = persons ? safeSector(head.lemma()) : null;
            List<ArticleEntity> pool = new ArrayList<>();
            for (ArticleEntity x : entities.entities()) {
                if ((x.type() == EntityType.PERSON) != persons || !persons && x.type() != EntityType.COUNTRY) continue;
                pool.add(x);
            }
            java.util.function.ToIntFunction<ArticleEntity> score = x -> {
                int before = 0;
                for (Span sp : x.spans()) if (sp.end() <= offset) before++;
                boolean coded = sector != null && x.actor() != null && sector.equals(x.actor().sector());
                return (coded ? 100000 : 0) + before * 100 + x.spans().size();
            };
            pool.sort(java.util.Comparator.comparingInt(score).reversed());
            for (int k = 0; k < Math.min(n, pool.size()); k++) members.add(of(pool.get(k)));
        }
        return groupOf(phrase, members);
    }

    /** The entity of the right kind with actor country {@code country} named last before {@code offset}. */
    private ArticleEntity latest(int offset, boolean persons, String country) {
        ArticleEntity best = null;
        int bestAt = -1;
        for (ArticleEntity x : entities.entities()) {
            if ((x.type() == EntityType.PERSON) != persons || x.actor() == null || !country.equals(x.actor().country())) continue;
            for (Span sp : x.spans()) if (sp.end() <= offset && sp.start() > bestAt) { bestAt = sp.start(); best = x; }
        }
        return best;
    }

    private static Candidate.SpeakerRef groupOf(String phrase, List<Candidate.SpeakerRef> members) {
        String country = null;
        boolean same = !members.isEmpty();
        for (Candidate.SpeakerRef m : members) {
            if (m.country() == null || country != null && !country.equals(m.country())) same = false;
            country = m.country();
        }
        return new Candidate.SpeakerRef(null, phrase, same ? country : null, null, "GROUP", List.copyOf(members));
    }

    private boolean insideName(Token t) {
        for (NamedMention m : doc.mentions()) if (m.start() <= t.start() && t.end() <= m.end() && m.end() - m.start() > t.end() - t.start()) return true;
        return false;
    }

    private List<Token> tokens(int s, int e) {
        List<Token> out = new ArrayList<>();
        org.parley.annotate.Sentence sent = doc.sentenceAt(s);
        if (sent == null) return out;
        for (Token t : sent.tokens()) if (t.start() >= s && t.end() <= e) out.add(t);
        return out;
    }

    // ---- spokespeople ----

    /** Roles whose holder speaks for someone else (a closed set of news titles): the holder, not the principal, is the speaker. */
    private static final Set<String> SPEAKS_FOR = CLOSED.get("speaks_for");

    /**
     * "Putin's spokesman Dmitry Peskov said", "the Kremlin spokesman said": the spokesperson (the person
     * named after the role, else the office: the role phrase itself), never the possessor they speak for.
     */
    private Candidate.SpeakerRef speaksFor(int s, int e, String text) {
        int roleEnd = -1;
        for (Token t : tokens(s, e)) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (SPEAKS_FOR.contains(w) && !(w.equals("secretary") && !text.toLowerCase(Locale.ROOT).contains("press secretary"))) roleEnd = t.end();
        }
        if (roleEnd < 0) return null;
        ArticleEntity named = roleEnd < e ? entities.at(roleEnd, e) : null;
        if (named != null && named.type() == EntityType.PERSON) {
            for (Span sp : named.spans()) if (sp.start() >= roleEnd && sp.end() <= e) return of(named);
        }
        for (NamedMention m : doc.mentions()) {
            if (m.start() >= roleEnd && m.end() <= e && m.type().equals("PERSON")) {
                ArticleEntity entity = bestEntity(m.start(), m.end());
                return entity != null ? of(entity) : new Candidate.SpeakerRef(null, m.text(), null, null, "PERSON");
            }
        }
        return new Candidate.SpeakerRef(null, text.replaceAll("\\s+", " "), null, null, "PERSON");
    }

    private ArticleEntity bestEntity(int s, int e) {
        ArticleEntity entity = entities.at(s, e);
        if (entity == null) return null;
        return entity;
    }

    private static Candidate.SpeakerRef of(ArticleEntity e) {
        Actor a = e.actor();
        return new Candidate.SpeakerRef(e.localId(), e.name(), a == null ? null : a.country(), a == null ? null : a.sector(),
                e.type() == null ? null : e.type().name());
    }

    private NamedMention mentionIn(int s, int e) {
        NamedMention best = null;
        for (NamedMention m : doc.mentions()) {
            if (m.start() < e && s < m.end() && isSpeakerType(m.type())) {
                if (best == null || "PERSON".equals(m.type()) && !"PERSON".equals(best.type())
                        || m.end() - m.start() > best.end() - best.start() && m.type().equals(best.type())) best = m;
            }
        }
        return best;
    }

    private static boolean isSpeakerType(String t) {
        return t.equals("PERSON") || t.equals("ORGANIZATION") || t.equals("COUNTRY") || t.equals("NATIONALITY")
                || t.equals("STATE_OR_PROVINCE") || t.equals("CITY") || t.equals("MISC");
    }

    /** The speaker of the quotation this first-person pronoun sits in. */
    private Candidate.SpeakerRef enclosingSpeaker(Candidate c, List<Candidate> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Candidate o = earlier.get(i);
            if (o != c && o.hasContent() && o.contentStart <= c.cueStart && c.cueEnd <= o.contentEnd && o.speaker != null) return o.speaker;
        }
        return null;
    }

    /** The latest earlier speaker of the right kind, else the latest such entity named before {@code offset}. */
    private Candidate.SpeakerRef previousSpeaker(List<Candidate> earlier, int offset, boolean person) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Candidate o = earlier.get(i);
            if (o.speaker == null || o.cueStart > offset || offset - o.cueStart > 1500) continue;
            boolean isPerson = o.speaker.type() == null || o.speaker.type().equals("PERSON");
            if (isPerson == person) return o.speaker;
        }
        // no earlier speaker: the latest entity of the right kind named before the pronoun
        ArticleEntity bestEntity = null;
        int bestAt = -1;
        for (ArticleEntity e : entities.entities()) {
            boolean isPerson = e.type() == EntityType.PERSON;
            if (isPerson != person) continue;
            for (Span sp : e.spans()) if (sp.end() <= offset && sp.start() > bestAt) { bestAt = sp.start(); bestEntity = e; }
        }
        if (bestEntity != null && offset - bestAt < 1500) return of(bestEntity);
        NamedMention bestMention = null;
        for (NamedMention m : doc.mentions()) {
            boolean isPerson = m.type().equals("PERSON");
            if (isPerson != person || !isSpeakerType(m.type()) || m.end() > offset) continue;
            if (bestMention == null || m.start() > bestMention.start()) bestMention = m;
        }
        if (bestMention != null && offset - bestMention.start() < 1500) {
            return new Candidate.SpeakerRef(null, bestMention.text(), null, null, bestMention.type());
        }
        return null;
    }

    /**
     * A role phrase: a country word (adjective, name, possessive, seat of power) and/or a role noun with
     * a PLOVER sector. The speaker is the article's entity coded with that country and sector, the
     * latest earlier speaker whose code matches, or, without codes, an unresolved speaker with the code.
     */
    private Candidate.SpeakerRef byRole(String phrase, int offset, List<Candidate> earlier) {
        String country = null;
        String sector = null;
        String[] words = phrase.replaceAll("['\u2019]s\\b", "").split("[\\s\\p{Punct}]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || w.equalsIgnoreCase("the")) continue;
            if (country == null) country = safeCountry(w);
            if (country == null && i + 1 < words.length) country = safeCountry(w + " " + words[i + 1]);
        }
        for (int i = words.length - 1; i >= 0 && sector == null; i--) {
            if (words[i].isEmpty()) continue;
            sector = safeSector(words[i]);
            if (sector == null && i > 0) sector = safeSector(words[i - 1] + " " + words[i]);
        }
        if (country == null && sector == null) return roleByPreviousSpeaker(phrase, earlier, offset);
        // the article's entity with that code: persons first, the latest named before the phrase
        ArticleEntity best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ArticleEntity e : entities.entities()) {
            Actor a = e.actor();
            if (a == null) continue;
            if (country != null && !country.equals(a.country())) continue;
            if (sector != null && !sector.equals(a.sector())) continue;
            int last = -1;
            for (Span sp : e.spans()) if (sp.start() < offset) last = Math.max(last, sp.start());
            int score = (e.type() == EntityType.PERSON && sector != null && isPersonRole(phrase) ? 100000 : 0)
                    + (last >= 0 ? last / 100 : -1000) + e.spans().size();
            if (score > bestScore) { bestScore = score; best = e; }
        }
        if (best != null) return of(best);
        Candidate.SpeakerRef prev = roleByPreviousSpeaker(phrase, earlier, offset);
        if (prev != null) return prev;
        return new Candidate.SpeakerRef(null, phrase, country, sector, null);
    }

    /** Words that make a speaker phrase a person ("the former president"), from {@code quotes/person-roles.tsv}. */
    private static final Set<String> PERSON_ROLES = Set.copyOf(org.parley.knowledge.TsvLoader.words("/org/parley/quotes/person-roles.tsv"));

    private static boolean isPersonRole(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+")) if (PERSON_ROLES.contains(w)) return true;
        return false;
    }

    /** "the former president said": the latest earlier speaker whose naming mention carried that role word. */
    private Candidate.SpeakerRef roleByPreviousSpeaker(String phrase, List<Candidate> earlier, int offset) {
        if (!isPersonRole(phrase)) return null;
        String lower = phrase.toLowerCase(Locale.ROOT);
        String head = null;
        for (String w : lower.split("[\\s\\p{Punct}]+")) if (PERSON_ROLES.contains(w) && !w.equals("former")) head = w;
        if (head == null) return null;
        String text = doc.text();
        // a person mention introduced with that role ("Former President Bill Clinton", "Macron, the French president")
        NamedMention best = null;
        for (NamedMention m : doc.mentions()) {
            if (!m.type().equals("PERSON") || m.end() > offset) continue;
            String context = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).toLowerCase(Locale.ROOT);
            if (context.contains(head) && (best == null || m.start() > best.start())) best = m;
        }
        if (best != null) {
            ArticleEntity e = entities.at(best.start(), best.end());
            if (e != null) return of(e);
            // prefer an earlier speaker sharing that name (full name rather than the bare mention)
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Candidate.SpeakerRef sp = earlier.get(i).speaker;
                if (sp != null && sp.name() != null && (sp.name().contains(best.text()) || best.text().contains(sp.name()))) return sp;
            }
            return new Candidate.SpeakerRef(null, best.text(), null, null, "PERSON");
        }
        return null;
    }

    private String safeCountry(String w) {
        if (kb == null) return null;
        Optional<ActorKnowledgeBase.CountryRef> c = kb.country(w);
        return c.map(ActorKnowledgeBase.CountryRef::code).orElse(null);
    }

    private String safeSector(String w) {
        if (kb == null) return null;
        return kb.sector(w).orElse(null);
    }
}
