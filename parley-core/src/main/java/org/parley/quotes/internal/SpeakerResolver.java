package org.parley.quotes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
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
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i", "me");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we", "it", "them", "us");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

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

    private static final Set<String> PERSON_ROLES = Set.of("president", "leader", "minister", "spokesman", "spokeswoman",
            "spokesperson", "lawmaker", "senator", "official", "chancellor", "premier", "king", "queen", "governor",
            "mayor", "ambassador", "envoy", "diplomat", "general", "commander", "secretary", "chief", "head", "candidate",
            "nominee", "congressman", "congresswoman", "representative", "deputy", "mp", "chairman", "chairwoman",
            "director", "adviser", "advisor", "aide", "prosecutor", "judge", "pope", "prime", "former", "businessman",
            "host", "analyst", "expert", "author", "billionaire", "mogul", "politician", "incumbent", "democrat", "republican");

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
