package org.parley.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.entities.ActorCoder;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.Event.EventActor;

/**
 * Turns an argument token of a trigger into actors. In order: the article entity covering the token
 * (coded by the entities stage), the knowledge base's reading of the noun phrase ("the Kremlin",
 * "French lawmakers"), and last the phrase's own modifiers ("the French operation" -> FRA, "a Syrian
 * airbase" -> SYR). Conjoined phrases give one actor each ("Putin and Macron").
 */
public final class ActorResolver {

    private final ActorCoder coder;
    private final ActorKnowledgeBase kb;

    private final Lexicon lexicon;
    private final ArgumentWords words = ArgumentWords.BUILT_IN;
    private final Antecedents antecedents = new Antecedents(this);

    /** {@code lexicon}: its agent nouns (common nouns that can name people or a body) and its group nouns. */
    public ActorResolver(ActorCoder coder, Lexicon lexicon) {
        this.coder = coder;
        this.kb = coder.knowledgeBase();
        this.lexicon = lexicon;
    }

    /** Context of one sentence's resolution. */
    /** {@code recentPair}: the two actors of the article's last dyadic event, for "the two leaders". */
    /** {@code sentences}: the article's sentences, where a pronoun's antecedent is looked for ({@link Antecedents}). */
    /**
     * {@code fromPronouns} collects (by identity) the actors read from a pronoun's antecedent, {@code viaPossessor}
     * those that only took their country from a pronoun possessor ("his government"): both complete an event
     * rather than make one (see {@code SentenceCoder}).
     */
    public record Scope(SentenceView graph, String text, ArticleEntities entities, LocalDate date, List<EventActor> recentPair,
                        List<org.parley.annotate.Sentence> sentences, Set<EventActor> fromPronouns, Set<EventActor> viaPossessor) {
        public Scope(SentenceView graph, String text, ArticleEntities entities, LocalDate date) {
            this(graph, text, entities, date, List.of(), List.of());
        }

        public Scope(SentenceView graph, String text, ArticleEntities entities, LocalDate date, List<EventActor> recentPair,
                     List<org.parley.annotate.Sentence> sentences) {
            this(graph, text, entities, date, recentPair, sentences, identitySet(), identitySet());
        }

        private static Set<EventActor> identitySet() { return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()); }

        /** Whether {@code a} (this very object) was read from a pronoun. */
        public boolean fromPronoun(EventActor a) { return fromPronouns.contains(a); }

        /** Whether {@code a} (this very object) took its country from a pronoun possessor. */
        public boolean viaPronounPossessor(EventActor a) { return viaPossessor.contains(a); }
    }

    private static final java.util.regex.Pattern THE_TWO = java.util.regex.Pattern.compile(
            "(?i)(the )?(two|both) (leaders|sides|countries|nations|presidents|governments|ministers|heads of state|men|parties|delegations)"
            // a bare plural leader noun right after a two-party event means the same pair ("presidents called for ...")
            + "|(?i)(the )?(leaders|presidents|heads of state)");

    /** Actors for {@code token} and its conjuncts; empty when none of them names an actor. */
    public List<EventActor> resolve(Scope s, int token) {
        Set<Integer> toks = new LinkedHashSet<>();
        toks.add(token);
        toks.addAll(s.graph().conjuncts(token));
        ArgumentWords.Pronoun pronoun = pronoun(s.graph(), token);
        // "he", "its", "they": the article's actor the pronoun stands for, when one is clear
        if (pronoun != null && toks.size() == 1) {
            List<EventActor> a = new ArrayList<>(antecedents.resolve(s, token, pronoun));
            s.fromPronouns().addAll(a);
            return a;
        }
        List<EventActor> out = new ArrayList<>();
        if (toks.size() == 1 && s.recentPair().size() == 2) {
            // "the two leaders", "both sides": the pair of the article's last dyadic event
            int[] span = s.graph().phrase(token);
            if (THE_TWO.matcher(s.graph().text(s.text(), span[0], span[1])).matches()) return new ArrayList<>(s.recentPair());
        }
        for (int t : toks) {
            List<EventActor> split = coordinatedAdjectives(s, t);
            if (split.isEmpty()) split = coordinatedStates(s, t);
            if (!split.isEmpty()) { for (EventActor a : split) if (out.stream().noneMatch(x -> same(x, a))) out.add(a); continue; }
            EventActor a = resolveOne(s, t, 0);
            if (a != null && out.stream().noneMatch(x -> same(x, a))) out.add(a);
        }
        return out;
    }

    /**
     * "Hungarian and Romanian officials", "Turkish and Greek sides", "U.S.-Soviet talks", "Russian-French
     * relations": one actor per country adjective.
     */
    private List<EventActor> coordinatedAdjectives(Scope s, int t) {
        SentenceView g = s.graph();
        List<EventActor> out = new ArrayList<>();
        List<Integer> hyphenated = hyphenChain(g, t);
        if (hyphenated.size() >= 2) {
            for (int a : hyphenated) {
                Optional<Actor> c = code(g.text(s.text(), a, a), s.date());
                if (c.isEmpty() || c.get().country() == null) { out.clear(); break; }
                if (out.stream().noneMatch(x -> x.country().equals(c.get().country())))
                    out.add(new EventActor(null, g.text(s.text(), a, a), c.get().country(), c.get().sector()));
            }
            if (out.size() >= 2) return out;
            out.clear();
        }
        for (Dependency d : g.children(t)) {
            // "US and British forces" is parsed with the first word as a compound
            boolean modifier = d.relation().equals("amod") || d.relation().equals("compound");
            if (!modifier || g.conjuncts(d.dependent()).isEmpty()) continue;
            List<Integer> adjs = new ArrayList<>(List.of(d.dependent()));
            adjs.addAll(g.conjuncts(d.dependent()));
            Optional<String> sector = kb.sector(g.lemma(t));
            for (int a : adjs) {
                Optional<Actor> c = code(g.text(s.text(), a, a), s.date());
                if (c.isEmpty() || c.get().country() == null) return List.of();
                out.add(new EventActor(null, g.text(s.text(), a, a) + " " + g.text(s.text(), t, t), c.get().country(),
                        sector.orElse(c.get().sector())));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * "envoys from Britain, France and Germany", "the presidents of Russia, Iran and Turkey": a role noun whose
     * of/from phrase coordinates states stands for one actor per state, not only the first one named.
     */
    private List<EventActor> coordinatedStates(Scope s, int t) {
        SentenceView g = s.graph();
        Optional<String> sector = kb.sector(g.lemma(t));
        if (sector.isEmpty() || !g.token(t).pos().startsWith("NN")) return List.of();
        Set<Integer> named = new LinkedHashSet<>();
        for (Dependency d : g.children(t)) {
            if (!d.relation().equals("nmod:of") && !d.relation().equals("nmod:from")) continue;
            named.add(d.dependent());
            named.addAll(g.conjuncts(d.dependent()));
        }
        if (named.size() < 2) return List.of();
        List<EventActor> out = new ArrayList<>();
        for (int x : named) {
            if (venue(g, x)) return List.of();
            EventActor m = resolveOne(s, x, 1);
            if (m == null || m.country() == null || m.country().length() != 3) return List.of();
            if (out.stream().noneMatch(a -> a.country().equals(m.country())))
                out.add(new EventActor(m.entity(), m.text(), m.country(), sector.get()));
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Tokens of "U.S.-Soviet" headed by {@code t}: t and its amod/compound dependents joined to it by hyphens. */
    private static List<Integer> hyphenChain(SentenceView g, int t) {
        List<Integer> out = new ArrayList<>(List.of(t));
        for (int i = 0; i < out.size(); i++) {
            int x = out.get(i);
            for (Dependency d : g.children(x)) {
                int y = d.dependent();
                boolean mod = d.relation().equals("amod") || SentenceView.matches(d.relation(), "compound");
                int between = Math.min(x, y) + 1;
                if (mod && Math.abs(x - y) == 2 && g.lower(between).equals("-")) out.add(y);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** As {@link #pronoun}, for {@link Antecedents}. */
    ArgumentWords.Pronoun pronounOf(SentenceView g, int t) { return pronoun(g, t); }

    /** The third-person pronoun token {@code t} is (argument-words.tsv), or null. */
    private ArgumentWords.Pronoun pronoun(SentenceView g, int t) {
        return g.isPronoun(t) ? words.pronoun(g.lower(t)) : null;
    }

    /**
     * A possessor that names a person by name ("Trump's rivals"). A pronoun does not count: "his French
     * counterpart" takes its country from "French", never from whoever "his" is.
     */
    private static boolean personal(SentenceView g, int t) {
        return !g.isPronoun(t) && "PERSON".equals(g.token(t).ner());
    }

    /** A verb of asking (cues.tsv class request): its complement is what someone else is asked to do. */
    boolean requestVerb(SentenceView g, int v) { return lexicon.cue(g, "request", v); }

    /** A verb whose subject receives what its object noun names (argument-words.tsv). */
    boolean recipient(SentenceView g, int v) { return words.recipient(g.lemma(v)); }

    /** A sector whose unnamed groups act mostly inside one state (argument-words.tsv class domestic). */
    boolean domesticSector(String sector) { return words.domesticSector(sector); }

    /** A noun for a border between states (argument-words.tsv class border). */
    boolean borderNoun(String lemma) { return words.border(lemma); }

    /** A subordinator of a condition, "unless X disarms" (argument-words.tsv class condition). */
    boolean conditionWord(String lemma) { return words.threatCondition(lemma); }

    /** A noun for the stance of a protest, "in protest against X" (argument-words.tsv class protest). */
    boolean protestNoun(String lemma) { return words.protest(lemma); }

    /** A noun for a conflict between parties (argument-words.tsv class dispute). */
    boolean disputeNoun(String lemma) { return words.dispute(lemma); }

    /** A noun naming people or a body ("diplomats", "troops", "government", "lawmakers"). */
    public boolean groupLike(SentenceView g, int t) {
        return lexicon.cue(g, "group", t) || g.isNoun(t) && kb.sector(g.lemma(t)).isPresent();
    }

    static boolean same(EventActor a, EventActor b) {
        if (a.entity() != null && a.entity().equals(b.entity())) return true;
        return a.text().equalsIgnoreCase(b.text());
    }

    EventActor resolveOne(Scope s, int t, int depth) {
        SentenceView g = s.graph();
        if (words.relative(g.lower(t)) && depth == 0) return null; // enhanced graphs carry the antecedent too
        ArgumentWords.Pronoun pronoun = pronoun(g, t);
        if (pronoun != null) {
            // "his endorsement", "its troops": the possessor pronoun's antecedent
            List<EventActor> a = antecedents.resolve(s, t, pronoun);
            if (a.isEmpty()) return null;
            s.fromPronouns().add(a.get(0));
            return a.get(0);
        }
        int[] span = g.phrase(t);
        String phrase = g.text(s.text(), span[0], span[1]);
        ArticleEntity e = s.entities().at(g.token(t).start(), g.token(t).end());
        EventActor own = null;
        if (e != null && e.actor() != null && !e.actor().isEmpty()) {
            own = new EventActor(e.localId(), phrase, e.actor().country(), e.actor().sector());
        } else if (!canAct(g, t, e)) {
            // "the Paris agreement", "a Berlin conference", "the reporters' question": a thing, not an actor;
            // only its possessor or national modifiers below can name one.
            own = null;
        } else {
            String entityId = e == null ? null : e.localId();
            Optional<Actor> coded = code(phrase, s.date());
            if (coded.isEmpty() && span[0] != t) coded = code(g.text(s.text(), t, t), s.date());
            if (coded.isPresent() && !coded.get().isEmpty()) {
                Actor a = withSector(coded.get(), g.lemma(t));
                own = new EventActor(entityId, phrase, a.country(), a.sector());
            }
        }
        if (own == null && depth <= 1 && e != null && e.type() == org.parley.model.EntityType.PERSON && (e.actor() == null || e.actor().isEmpty())) {
            // "Valastro praised X", "Schlafly endorsed X": a person the knowledge base does not know, in an article
            // whose known people are of one state, is of that state; such an actor completes an event but does
            // not make one on its own (as a pronoun possessor's country does)
            String state = prevailingState(s.entities());
            if (state != null) {
                EventActor p = new EventActor(e.localId(), phrase, state, null);
                s.viaPossessor().add(p);
                return p;
            }
        }
        // An adjective alone ("military", "Western") is an actor only when it names a country.
        if (own != null && own.country() == null && g.token(t).pos().startsWith("JJ")) own = null;
        if (own != null && own.country() != null) return own;
        if (depth == 0 && (own == null || own.entity() == null)) {
            // "the senator, John Smith, said": an apposition that names a known actor names this one
            for (int a : g.childrenRel(t, "appos")) {
                EventActor named = resolveOne(s, a, depth + 1);
                if (named != null && named.entity() != null && named.country() != null) {
                    String sector = own != null && own.sector() != null ? own.sector() : named.sector();
                    return new EventActor(named.entity(), named.text(), named.country(), sector);
                }
            }
        }
        if (g.isPronoun(t) || depth > 1) return own;
        // No country yet: one among the phrase's modifiers gives it ("the French operation", "a Syrian
        // airbase", "the government of Syria", "security forces in Guinea", "doctors from American groups").
        boolean groupLike = groupLike(g, t) || own != null || g.token(t).pos().equals("NNS") && canAct(g, t, e);
        for (Dependency d : g.children(t)) {
            String r = d.relation();
            boolean direct = r.equals("amod") || SentenceView.matches(r, "compound") || r.equals("nmod:poss");
            boolean prep = r.equals("nmod:of") || r.equals("nmod:in") || r.equals("nmod:from") || r.equals("nmod:by");
            if (!direct && !(prep && groupLike)) continue;
            // "its neighbour", "Russia's rivals" are other states; a person's rivals are mostly of the same polity
            if (r.equals("nmod:poss") && words.counterpart(g.lemma(t)) && !personal(g, d.dependent())) continue;
            // A city or region naming where a thing is or happens is no actor of it ("the Minsk agreements").
            if (!r.equals("nmod:poss") && !groupLike(g, t) && venue(g, d.dependent())) continue;
            EventActor m = resolveOne(s, d.dependent(), depth + 1);
            if (m != null && m.country() != null) {
                // The head noun's sector, unless it is a weak one ("members", "officials", "head") and the body
                // named has its own: "members of the Polish Sejm" are LEG, "Defense Ministry officials" MIL.
                Optional<String> head = kb.sector(g.lemma(t));
                boolean weak = head.isPresent() && kb.isWeakRole(g.lemma(t)) && m.sector() != null;
                String sector = own != null && own.sector() != null ? own.sector() : head.isPresent() && !weak ? head.get() : m.sector();
                String id = own != null ? own.entity() : null;
                // "criticized Holm's plan": a thing that cannot act, owned by a named person or body, stands for
                // its owner, who keeps its identity (so that "a thing of the source's own state" does not drop it)
                boolean owner = id == null && !canAct(g, t, e) && r.equals("nmod:poss") && personOrBody(s, m);
                if (owner) id = m.entity();
                EventActor out = new EventActor(id, phrase, m.country(), sector);
                if ((id == null || owner) && (s.fromPronoun(m) || s.viaPronounPossessor(m))) s.viaPossessor().add(out); // "his government"
                return out;
            }
        }
        return own;
    }

    /** Known people at least, and the share of them one state must have, for an article's prevailing state. */
    private static final int PREVAILING_MIN = 3;
    private static final double PREVAILING_SHARE = 0.8;
    private final java.util.Map<ArticleEntities, Optional<String>> prevailing =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The state of the article's people when one prevails: at least {@value #PREVAILING_MIN} person entities the
     * knowledge base codes with a state, {@value #PREVAILING_SHARE} of them or more of one state; else null.
     */
    String prevailingState(ArticleEntities entities) {
        return prevailing.computeIfAbsent(entities, ents -> {
            java.util.Map<String, Integer> n = new java.util.HashMap<>();
            int all = 0;
            for (ArticleEntity x : ents.entities()) {
                if (x.type() != org.parley.model.EntityType.PERSON || x.actor() == null || x.actor().isEmpty()) continue;
                String c = x.actor().country();
                if (c == null || c.length() != 3 || !c.chars().allMatch(Character::isUpperCase)) continue;
                n.merge(c, 1, Integer::sum);
                all++;
            }
            if (all < PREVAILING_MIN) return Optional.empty();
            for (var en : n.entrySet()) if (en.getValue() >= PREVAILING_SHARE * all) return Optional.of(en.getKey());
            return Optional.empty();
        }).orElse(null);
    }

    /**
     * Whether possessor actor {@code m} is a person or organisation entity of the article (named, or the antecedent
     * of a pronoun): not a state, whose things stay the state's ("Russia's annexation").
     */
    private static boolean personOrBody(Scope s, EventActor m) {
        ArticleEntity pe = m.entity() == null ? null : s.entities().byId(m.entity());
        return pe != null && (pe.type() == org.parley.model.EntityType.PERSON || pe.type() == org.parley.model.EntityType.ORGANIZATION);
    }

    /**
     * Whether the phrase headed by {@code t} can itself be an actor: a name, a pronoun, an entity the entities
     * stage coded, or a common noun for people or a body ("officials", "the government"). Other common nouns
     * name things and abstractions ("agreement", "conference", "question", "retaliation").
     */
    boolean canAct(SentenceView g, int t, ArticleEntity e) {
        if (e != null && e.actor() != null && !e.actor().isEmpty()) return true;
        String pos = g.token(t).pos();
        if (!pos.equals("NN") && !pos.equals("NNS")) return true; // names, pronouns, adjectives ("French") are judged elsewhere
        if (!"O".equals(g.token(t).ner()) && !"TITLE".equals(g.token(t).ner())) return true;
        if (groupLike(g, t) || lexicon.agentNoun(g.lemma(t))) return true;
        for (Dependency d : g.children(t)) {
            // "the Islamic Jihad movement", "army jets", "court sources": a name or a body before a generic head
            if (!SentenceView.matches(d.relation(), "compound")) continue;
            int m = d.dependent();
            String ner = g.token(m).ner();
            if ("ORGANIZATION".equals(ner) || "PERSON".equals(ner) || groupLike(g, m) || lexicon.agentNoun(g.lemma(m))) return true;
        }
        // "MI6", "jet" (MIL), "movement": what the actor coder reads as an actor, as written or lower-cased
        for (String w : List.of(g.token(t).word(), g.lower(t))) {
            Optional<Actor> alone = code(w, null);
            if (alone.isPresent() && !alone.get().isEmpty()) return true;
        }
        return false;
    }

    /**
     * A token naming a place below the country (a city, a province, a landmark): used as the modifier of a
     * thing, it says where, not who ("Berlin conference", "Minsk agreements"). Capitals as subjects
     * ("Moscow said") are read elsewhere and stay actors.
     */
    static boolean venue(SentenceView g, int t) {
        String ner = g.token(t).ner();
        return "CITY".equals(ner) || "STATE_OR_PROVINCE".equals(ner) || "LOCATION".equals(ner) || "FACILITY".equals(ner);
    }

    Optional<Actor> code(String phrase, LocalDate date) {
        return coder.codePhrase(phrase, date);
    }

    private Actor withSector(Actor a, String headLemma) {
        if (a.sector() != null) return a;
        Optional<String> s = kb.sector(headLemma);
        return s.map(x -> new Actor(a.country(), x)).orElse(a);
    }
}
