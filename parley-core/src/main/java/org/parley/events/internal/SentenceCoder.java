package org.parley.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.entities.ArticleEntities;
import org.parley.events.EventType;
import static org.parley.events.EventType.*;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;

/**
 * Codes one parsed sentence: finds triggers, reads source and target from the trigger's syntax, works
 * out negation, hypotheticals and reported claims, absorbs triggers embedded in others ("agreed to hold
 * talks" is one AGREE; "called for a ceasefire" one REQUEST), dates and places each event.
 */
public final class SentenceCoder {
    /** What the coder needs to know about the article around the sentence. */
    public record Context(String articleId, String text, LocalDate published, ArticleEntities entities, List<TimexRef> timexes,
                          List<EventActor> recentPair) {
        public Context(String articleId, String text, LocalDate published, ArticleEntities entities, List<TimexRef> timexes) {
            this(articleId, text, published, entities, timexes, new ArrayList<>());
        }
    }

    /** A temporal expression with its TIMEX3 value, as offsets into the article text. */
    public record TimexRef(int start, int end, String value) {}

    private static final Set<String> TARGET_PREPS = Set.of("with", "against", "on", "upon", "to", "at", "toward", "towards",
            "over", "into", "between", "among");
    private static final Set<EventType> SOURCE_FIRST_OF = java.util.EnumSet.of(CONSULT, PROTEST, REQUEST);
    private static final Set<String> MEASURES = Set.of("round", "series", "wave", "spate", "string", "flurry", "hour",
            "day", "week", "month", "minute", "year", "night", "volley", "barrage", "number", "dozen", "couple", "lot");
    private static final Set<EventType> PARTICIPANTS_ACT_AROUND = java.util.EnumSet.of(PROTEST, CONSULT);
    private static final Set<EventType> PLACE_IS_TARGET = java.util.EnumSet.of(COERCE, CONCEDE, PROTEST, ASSAULT, RETREAT);
    private static final Set<EventType> OWN_PEOPLE = java.util.EnumSet.of(MOBILIZE, RETREAT, AID, COOPERATE);
    private static final Set<EventType> COMPLEMENT_TARGET = java.util.EnumSet.of(REQUEST, ACCUSE);
    private static final Set<EventType> WARNING_TYPES = java.util.EnumSet.of(THREATEN);

    private final Lexicon lexicon;
    private final TriggerMatcher matcher;
    private final ActorResolver resolver;
    private final EventStatusRules statusRules;

    public SentenceCoder(Lexicon lexicon, ActorResolver resolver) {
        this.lexicon = lexicon;
        this.statusRules = new EventStatusRules(lexicon);
        this.matcher = new TriggerMatcher(lexicon);
        this.resolver = resolver;
    }

    /** Events of {@code sentence}; {@code counter} numbers them within the article. */
    public List<Event> code(Sentence sentence, Context ctx, int[] counter) {
        if (!sentence.parsed() || sentence.dependencies().isEmpty()) return List.of();
        Graph g = new Graph(sentence);
        ActorResolver.Scope scope = new ActorResolver.Scope(g, ctx.text(), ctx.entities(), ctx.published(), ctx.recentPair());
        List<Candidate> cands = new ArrayList<>();
        Set<Integer> triggerHeads = new java.util.HashSet<>();
        for (TriggerMatcher.Match m : matcher.match(g)) {
            // "sought to influence", "tried to...": a verb of wanting or trying with a complement is no event itself
            if (m.pattern().pos() != 'N' && m.tokens().size() == 1 && cue(g, "speculate", m.head()) && g.hasChild(m.head(), "xcomp")) continue;
            cands.add(new Candidate(m));
            triggerHeads.add(m.head());
        }
        for (Candidate c : cands) {
            arguments(g, scope, c, triggerHeads);
            modality(g, scope, c);
        }
        for (Candidate c : cands) absorb(g, c, cands);
        for (Candidate c : cands) refusalByVow(g, c);
        cands.addAll(obligations(g, scope, cands));
        List<Event> out = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : cands) {
            // An event needs a participant coded with a country (or a known entity): "people" or "the army"
            // alone say too little to be counted.
            if (c.dropped || !c.hasActors() || !anchored(c)) continue;
            if (kept.stream().anyMatch(k -> duplicate(k, c))) continue;
            kept.add(c);
            Dating.date(g, c, ctx);
            Dating.place(g, c, ctx.text());
            c.status = statusRules.status(g, c, ctx);
            out.add(build(g, c, ctx, counter));
            remember(c, ctx.recentPair());
        }
        return out;
    }

    /** Keeps the last two-country dyad told, for "the two leaders" in the sentences that follow. */
    private static void remember(Candidate c, List<EventActor> pair) {
        List<EventActor> all = new ArrayList<>(c.source);
        all.addAll(c.target);
        List<EventActor> distinct = new ArrayList<>();
        for (EventActor a : all) {
            if (a.country() != null && distinct.stream().noneMatch(x -> x.country().equals(a.country()))) distinct.add(a);
        }
        if (distinct.size() == 2) { pair.clear(); pair.addAll(distinct); }
    }

    private static boolean anchored(Candidate c) {
        for (EventActor a : c.source) if (a.country() != null || a.entity() != null) return true;
        for (EventActor a : c.target) if (a.country() != null || a.entity() != null) return true;
        return false;
    }

    // ---- arguments -------------------------------------------------------------------------------

    private void arguments(Graph g, ActorResolver.Scope s, Candidate c, Set<Integer> triggerHeads) {
        int h = c.head;
        Set<Integer> matched = new LinkedHashSet<>(c.match.tokens());
        boolean nominal = !g.isVerb(h);
        List<List<Integer>> src = new ArrayList<>(), tgt = new ArrayList<>();
        if (nominal) {
            nominalArgs(g, s, c, h, src, tgt);
            Dependency hd = g.head(h);
            if (hd != null && hd.relation().equals("compound") && g.isNoun(hd.governor())) {
                // "a mediation effort between X and Y", "peace talks": the noun it modifies carries the roles
                nominalArgs(g, s, c, hd.governor(), src, tgt);
                hd = g.head(hd.governor());
            } else if (hd != null && hd.relation().equals("nmod:of") && MEASURES.contains(g.lemma(hd.governor()))) {
                // "a new round of talks", "a wave of arrests", "two hours of talks": the measure stands in the clause
                nominalArgs(g, s, c, hd.governor(), src, tgt);
                hd = g.head(hd.governor());
            }
            if (hd != null && PARTICIPANTS_ACT_AROUND.contains(c.type) && Graph.matches(hd.relation(), "obl") && g.isVerb(hd.governor())
                    && Set.of("during", "at", "in", "after", "on").contains(Graph.prep(hd.relation()))) {
                // "youths threw stones during demonstrations", "during the talks, the two leaders discussed..."
                src.add(subjects(g, hd.governor()));
            }
            // Inherit from the verb a nominal trigger depends on ("held talks", "ordered strikes") unless that
            // verb is a trigger of its own: who condemns a raid did not carry it out.
            if (hd != null && !triggerHeads.contains(hd.governor()) && (!hd.relation().equals("obj") || supportVerb(g, hd.governor()))) {
                String r = hd.relation();
                int v = hd.governor();
                if (r.equals("obj") || Graph.matches(r, "nsubj:pass") || r.equals("nsubj") && g.isVerb(v)) c.clause = v;
                if (r.equals("obj")) {
                    src.add(subjects(g, v));
                    tgt.add(minus(objects(g, v), matched));
                    tgt.add(minus(preps(g, v, TARGET_PREPS), matched));
                } else if (Graph.matches(r, "nsubj:pass")) {
                    src.add(agents(g, v));
                    tgt.add(preps(g, v, TARGET_PREPS));
                } else if (r.equals("nsubj") && lexicon.forceful(c.type) && g.isVerb(v)) {
                    tgt.add(objects(g, v));
                }
            }
        } else {
            boolean passive = g.hasChild(h, "nsubj:pass") || g.hasChild(h, "aux:pass");
            if (passive && agents(g, h).isEmpty() && WARNING_TYPES.contains(c.type) && !preps(g, h, Set.of("about", "of")).isEmpty()) {
                // Machine translation renders an impersonal "X warned about Y" (Russian "было предупреждено о")
                // as the passive "X was warned about Y" with no agent: the subject is who warns.
                src.add(g.childrenRel(h, "nsubj:pass"));
            } else if (passive) {
                src.add(agents(g, h));
                tgt.add(g.childrenRel(h, "nsubj:pass"));
            } else {
                src.add(subjects(g, h));
                tgt.add(minus(objects(g, h), matched));
                if (subjects(g, h).isEmpty()) src.add(recoveredSubject(g, h));
            }
            tgt.add(minus(preps(g, h, TARGET_PREPS), matched));
            if (c.type == RETREAT) tgt.add(preps(g, h, Set.of("from", "out_of"))); // "withdrew troops from Lebanon"
            // "threatened action against Russia": the object is no actor, its complement is
            for (int o : minus(objects(g, h), matched)) {
                tgt.add(nounPreps(g, o, TARGET_PREPS));
                // "demanded an admission by Moscow", "rejected an appeal from the president", "the removal of X"
                tgt.add(nounPreps(g, o, Set.of("by", "of", "agent", "from")));
            }
            if (COMPLEMENT_TARGET.contains(c.type)) {
                // "demanded that the US cancel...": who is asked is the complement's subject
                for (int x : g.childrenRel(h, "ccomp")) tgt.add(g.childrenRel(x, "nsubj"));
            }
            for (int t : matched) {
                if (t == h || !g.isNoun(t)) continue;
                tgt.add(nounPreps(g, t, TARGET_PREPS)); // "imposed sanctions on Russia", "signed an agreement with France"
                if (resolver.groupLike(g, t)) {
                    // "expelled two Russian diplomats": the people named are the target; "sent its troops": the source's
                    if (OWN_PEOPLE.contains(c.type)) src.add(List.of(t)); else tgt.add(List.of(t));
                } else {
                    src.add(modifiers(g, t)); // "new EU sanctions"
                }
            }
            for (int x : g.childrenRel(h, "xcomp")) { // "tried to assassinate X", "threatened to deliver blows to X"
                tgt.add(objects(g, x));
                tgt.add(preps(g, x, TARGET_PREPS));
                for (int o : objects(g, x)) tgt.add(nounPreps(g, o, TARGET_PREPS));
            }
            Dependency hd = g.head(h);
            boolean purpose = hd != null && Graph.matches(hd.relation(), "advcl")
                    && g.childrenRel(h, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
            if (hd != null && (Graph.matches(hd.relation(), "xcomp") || purpose)) {
                // "urged Russia to withdraw": the object of a verb of asking does the embedded act
                List<Integer> up = g.childrenRel(hd.governor(), "obj");
                src.add(up.isEmpty() || !lexicon.isCue("request", g.lemma(hd.governor())) ? subjects(g, hd.governor()) : up);
            }
            if (c.match.pattern().inverse()) {
                List<List<Integer>> from = new ArrayList<>();
                from.add(g.childrenExact(h, "obl:from"));
                from.add(agents(g, h));
                List<List<Integer>> subj = new ArrayList<>();
                subj.add(passive ? g.childrenRel(h, "nsubj:pass") : subjects(g, h));
                src = from;
                tgt = subj;
            }
        }
        c.source = firstResolved(s, src, Set.of());
        c.target = firstResolved(s, tgt, Set.of(), c.thingTargets);
        // "talks between X and Y" / "talks with X and Y" gave all of them to one side: split
        if (c.source.isEmpty() && c.target.size() >= 2 && nominal && !g.childrenExact(h, "nmod:between").isEmpty()) {
            c.source = new ArrayList<>(List.of(c.target.get(0)));
            c.target = new ArrayList<>(c.target.subList(1, c.target.size()));
        }
        c.target.removeIf(t -> c.source.stream().anyMatch(x -> ActorResolver.same(x, t)));
        // "Macron's warning of French retaliation": a thing of the source's own country is not its target.
        c.target.removeIf(t -> c.thingTargets.contains(t) && t.country() != null
                && c.source.stream().anyMatch(x -> t.country().equals(x.country())));
        if (c.target.isEmpty() && lexicon.forceful(c.type)) c.target = retaliationTarget(g, s, c);
        if (c.target.isEmpty() && PLACE_IS_TARGET.contains(c.type)) c.target = placeTarget(g, s, c);
    }

    /**
     * A verb left without a subject by a parse error ("Mr Putin, unfazed, later denied..." parsed with the
     * name as root and the verb as a loose dependent): the noun phrase the verb hangs from, when it comes
     * before the verb, or the subject of the verb it hangs from.
     */
    private static List<Integer> recoveredSubject(Graph g, int h) {
        int cur = h;
        for (int step = 0; step < 3; step++) {
            Dependency d = g.head(cur);
            if (d == null || !(d.relation().equals("dep") || d.relation().equals("parataxis"))) return List.of();
            int gov = d.governor();
            if (g.isNoun(gov) && gov < h && g.head(gov) == null) return List.of(gov);
            if (g.isVerb(gov) && !subjects(g, gov).isEmpty()) return subjects(g, gov);
            cur = gov;
        }
        return List.of();
    }

    /**
     * "strikes in retaliation for a chemical attack that Washington blamed on Damascus", "sanctions in
     * response to Russia's annexation": a retaliation is aimed at whoever did the act it answers.
     */
    private List<EventActor> retaliationTarget(Graph g, ActorResolver.Scope s, Candidate c) {
        Set<Integer> where = clauseAndTriggerTokens(c);
        for (int t : where) {
            for (Dependency d : g.children(t)) {
                int r = d.dependent();
                if (!(g.lemma(r).equals("retaliation") || g.lemma(r).equals("response") || g.lemma(r).equals("reprisal"))) continue;
                for (Dependency d2 : g.children(r)) {
                    if (!(d2.relation().equals("nmod:for") || d2.relation().equals("nmod:to") || d2.relation().equals("nmod:against"))) continue;
                    int act = d2.dependent();
                    List<List<Integer>> agents = new ArrayList<>();
                    agents.add(g.childrenExact(act, "nmod:by"));
                    agents.add(g.childrenExact(act, "nmod:poss"));
                    for (Dependency d3 : g.children(act)) {
                        boolean clause = Graph.matches(d3.relation(), "acl") || Graph.matches(d3.relation(), "ccomp");
                        if (clause && g.lemma(d3.dependent()).equals("blame")) agents.add(preps(g, d3.dependent(), Set.of("on")));
                    }
                    agents.add(modifiers(g, act));
                    List<EventActor> out = firstResolved(s, agents, Set.of());
                    out.removeIf(x -> c.source.stream().anyMatch(y -> ActorResolver.same(x, y) || x.country() != null && x.country().equals(y.country())));
                    if (!out.isEmpty()) return out;
                }
            }
        }
        return new ArrayList<>();
    }

    /**
     * For events done within a country ("lifted the curfew in Montenegro", "a rally in Lagos", "a bombing in
     * Baghdad") event coders take the country of the place as the target when no other target is named.
     */
    private List<EventActor> placeTarget(Graph g, ActorResolver.Scope s, Candidate c) {
        Set<Integer> where = clauseAndTriggerTokens(c);
        for (int t : where) {
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                if (!(r.equals("obl:in") || r.equals("nmod:in") || r.equals("obl:into") || r.equals("nmod:into"))) continue;
                for (EventActor a : resolver.resolve(s, d.dependent())) {
                    if (a.country() != null) return new ArrayList<>(List.of(new EventActor(a.entity(), a.text(), a.country(), a.sector())));
                }
            }
        }
        return new ArrayList<>();
    }

    private void nominalArgs(Graph g, ActorResolver.Scope s, Candidate c, int h, List<List<Integer>> src, List<List<Integer>> tgt) {
        List<Integer> own = new ArrayList<>(g.childrenRel(h, "nmod:poss"));
        own.addAll(g.childrenExact(h, "nmod:by"));
        own.addAll(g.childrenExact(h, "nmod:agent"));
        src.add(own);
        List<Integer> of = g.childrenExact(h, "nmod:of");
        // "the expulsion of diplomats by Poland": the parser often hangs the by-phrase on the of-phrase
        List<Integer> byOfOf = new ArrayList<>();
        for (int o : of) { byOfOf.addAll(g.childrenExact(o, "nmod:by")); byOfOf.addAll(g.childrenExact(o, "nmod:agent")); }
        src.add(byOfOf);
        if (SOURCE_FIRST_OF.contains(c.type)) src.add(of);
        src.add(modifiers(g, h));
        tgt.add(nounPreps(g, h, TARGET_PREPS));
        if (c.type == RETREAT) tgt.add(nounPreps(g, h, Set.of("from", "out_of")));
        if (!SOURCE_FIRST_OF.contains(c.type)) tgt.add(of);
        if (COMPLEMENT_TARGET.contains(c.type)) {
            for (Dependency d : g.children(h)) {
                if (Graph.matches(d.relation(), "ccomp") || Graph.matches(d.relation(), "acl")) tgt.add(g.childrenRel(d.dependent(), "nsubj"));
            }
        }
    }

    /** Actor-like modifiers of a noun: "Russian(-French) talks", "U.S. strikes", each token on its own. */
    private static List<Integer> modifiers(Graph g, int n) {
        List<Integer> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(n));
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss")) {
                    int m = d.dependent();
                    if (!r.equals("nmod:poss") && ActorResolver.venue(g, m)) continue; // "Berlin conference": where, not who
                    String ner = g.token(m).ner();
                    if (!"O".equals(ner) || g.token(m).pos().startsWith("NNP") || g.token(m).pos().equals("JJ")) out.add(m);
                    if (r.equals("amod")) stack.add(m);
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    private static List<Integer> subjects(Graph g, int v) {
        List<Integer> out = new ArrayList<>(g.childrenExact(v, "nsubj"));
        out.addAll(g.childrenExact(v, "nsubj:xsubj"));
        if (out.isEmpty()) out.addAll(g.childrenRel(v, "csubj"));
        return out;
    }

    private static List<Integer> agents(Graph g, int v) {
        List<Integer> out = new ArrayList<>(g.childrenExact(v, "obl:agent"));
        out.addAll(g.childrenExact(v, "obl:by"));
        out.addAll(g.childrenExact(v, "nmod:agent"));
        return out;
    }

    private static List<Integer> objects(Graph g, int v) {
        List<Integer> out = new ArrayList<>(g.childrenExact(v, "obj"));
        out.addAll(g.childrenExact(v, "dobj"));
        out.addAll(g.childrenExact(v, "iobj"));
        return out;
    }

    private static List<Integer> preps(Graph g, int v, Set<String> preps) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(v)) {
            String r = d.relation();
            if ((Graph.matches(r, "obl") || Graph.matches(r, "nmod")) && preps.contains(Graph.prep(r))) out.add(d.dependent());
        }
        return out;
    }

    private static List<Integer> nounPreps(Graph g, int n, Set<String> preps) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(n)) {
            String r = d.relation();
            if ((Graph.matches(r, "nmod") || Graph.matches(r, "obl")) && preps.contains(Graph.prep(r))) out.add(d.dependent());
        }
        return out;
    }

    private static List<Integer> minus(List<Integer> a, Set<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }

    /**
     * Actors of the first group of argument tokens that names any. A group whose actors have only a sector
     * ("a new military offensive" -> MIL) is kept as a fallback while later groups may still give a country.
     */
    private List<EventActor> firstResolved(ActorResolver.Scope s, List<List<Integer>> groups, Set<Integer> skip) {
        return firstResolved(s, groups, skip, new java.util.HashSet<>());
    }

    /** As above; {@code things} receives the actors read from a phrase that names a thing, not an actor. */
    private List<EventActor> firstResolved(ActorResolver.Scope s, List<List<Integer>> groups, Set<Integer> skip, Set<EventActor> things) {
        List<EventActor> fallback = null;
        for (List<Integer> grp : groups) {
            List<EventActor> out = new ArrayList<>();
            for (int t : grp) {
                if (skip.contains(t)) continue;
                boolean thing = !resolver.canAct(s.graph(), t, s.entities().at(s.graph().token(t).start(), s.graph().token(t).end()));
                for (EventActor a : resolver.resolve(s, t)) {
                    if (out.stream().noneMatch(x -> ActorResolver.same(x, a))) out.add(a);
                    if (thing) things.add(a);
                }
            }
            if (out.isEmpty()) continue;
            if (out.stream().anyMatch(a -> a.country() != null)) return out;
            if (fallback == null) fallback = out;
        }
        return fallback == null ? new ArrayList<>() : fallback;
    }

    // ---- modality --------------------------------------------------------------------------------

    private void modality(Graph g, ActorResolver.Scope s, Candidate c) {
        for (int t : clauseTokens(c)) {
            for (Dependency d : g.children(t)) {
                String r = d.relation(), l = g.lemma(d.dependent());
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || Graph.matches(r, "cc:preconj")) && lexicon.isCue("negator", l)) c.negated = true;
                if (Graph.matches(r, "aux") && !r.equals("aux:pass")) {
                    if (lexicon.isCue("modal_commit", l)) c.modalCommit = true;
                    else if (lexicon.isCue("modal_maybe", l)) c.modalMaybe = true;
                }
                if (r.equals("mark") && lexicon.isCue("condition", l)) c.hypothetical = true;
                if (Graph.matches(r, "advcl") && g.childrenRel(d.dependent(), "mark").stream().anyMatch(m -> g.lemma(m).equals("unless"))) {
                    c.ultimatum = true; // "will withdraw its troops unless..."
                }
                if (r.equals("case") && l.equals("without")) c.negated = true;
            }
        }
        int cur = c.clause;
        Dependency up = g.head(cur);
        if (up != null && up.relation().equals("amod")) cur = up.governor(); // "an appeal for deploying troops"
        boolean governed = false;
        for (int step = 0; step < 6; step++) {
            Dependency d = g.head(cur);
            if (d == null) break;
            String r = d.relation();
            int a = d.governor();
            if (Graph.matches(r, "advcl")) {
                for (int m : g.childrenRel(cur, "mark")) if (lexicon.isCue("condition", g.lemma(m))) c.hypothetical = true;
                // "denied interfering" is often parsed as an adverbial clause: still the denied act
                if (!governed && g.childrenRel(cur, "mark").isEmpty() && (cue(g, "deny", a) || cue(g, "refuse", a))) {
                    c.negated = true;
                    set(c, cue(g, "deny", a) ? "deny" : "refuse", a);
                }
                break;
            }
            boolean complement = Graph.matches(r, "xcomp") || Graph.matches(r, "ccomp") || r.equals("obj")
                    || Graph.matches(r, "obl") || Graph.matches(r, "nmod") || Graph.matches(r, "acl") && !r.equals("acl:relcl")
                    || Graph.matches(r, "csubj") || r.equals("parataxis") || r.equals("dep");
            if (!complement) break;
            boolean comp = Graph.matches(r, "xcomp") || Graph.matches(r, "ccomp") || r.equals("dep");
            if (!governed) {
                // The nearest governing cue decides what the event is embedded in; a speech verb further up
                // still says who reports it ("Syria says it is willing to withdraw").
                if (cue(g, "request", a) && !r.equals("parataxis") && !Graph.matches(r, "obl:to")) { set(c, "request", a); break; }
                if (cue(g, "deny", a) && (comp || r.equals("obj") || Graph.matches(r, "obl"))) {
                    c.negated = true; set(c, "deny", a); governed = true;
                } else if (cue(g, "refuse", a) && (comp || r.equals("obj") || Graph.matches(r, "obl:on"))) {
                    c.negated = true; set(c, "refuse", a); governed = true;
                } else if (cue(g, "commit", a) && (comp || r.equals("obj") || Graph.matches(r, "obl") || Graph.matches(r, "acl"))) {
                    set(c, "commit", a); governed = true;
                } else if (cue(g, "speculate", a) && (comp || r.equals("obj") || Graph.matches(r, "acl"))) {
                    c.hypothetical = true; set(c, "speculate", a); governed = true;
                }
            }
            if (cue(g, "speech", a) && (Graph.matches(r, "ccomp") || r.equals("parataxis"))) {
                if (!governed) set(c, "speech", a);
                List<EventActor> who = firstResolved(s, List.of(subjects(g, a), agents(g, a)), Set.of());
                if (!who.isEmpty()) c.reportedBy = who.get(0);
                if (c.modalMaybe) {
                    // "X said it would..." is a reported commitment, not a mere possibility
                    for (int aux : g.childrenRel(c.clause, "aux")) if (g.lemma(aux).equals("would")) { c.modalMaybe = false; c.modalCommit = true; }
                }
                // "Russia said it would...": the pronoun subject is the speaker (a passive event's agent is not)
                if (pronounSubject(g, c) && !who.isEmpty()) c.source = new ArrayList<>(who);
                c.target.removeIf(t -> c.source.stream().anyMatch(x -> ActorResolver.same(x, t)));
                break;
            }
            if (!comp && !(governed && step == 0)) break;
            cur = a;
        }
    }

    /** A verb that lends its subject to the event noun it governs ("held talks", "ordered strikes"). */
    private boolean supportVerb(Graph g, int v) {
        return cue(g, "support", v) || cue(g, "commit", v) || cue(g, "speculate", v) || cue(g, "request", v) || cue(g, "decide", v);
    }

    private boolean cue(Graph g, String cls, int t) {
        return lexicon.isCue(cls, g.lemma(t)) || lexicon.isCue(cls, g.lower(t));
    }

    static List<Integer> clauseTokens(Candidate c) {
        return c.head == c.clause ? List.of(c.head) : List.of(c.head, c.clause);
    }

    /** The clause tokens, then every token of the matched trigger: where a trigger's modifiers can hang. */
    static Set<Integer> clauseAndTriggerTokens(Candidate c) {
        Set<Integer> where = new LinkedHashSet<>(clauseTokens(c));
        where.addAll(c.match.tokens());
        return where;
    }

    private static boolean pronounSubject(Graph g, Candidate c) {
        for (int t : g.childrenRel(c.clause, "nsubj")) if (g.isPronoun(t)) return true;
        return false;
    }

    private static void set(Candidate c, String kind, int gov) { c.governorKind = kind; c.governor = gov; }

    private static final Pattern MUST = new Pattern(REQUEST, "020", 'V', List.of(Set.of("must", "should")), 0, null, 0.6,
            false, Set.of(), "rule: X said Y must/should do Z");

    /**
     * "Russia said Sudan must return the helicopter": a statement that another actor must act is a
     * REQUEST from the speaker to that actor (PLOVER's DEMAND); the act demanded has not happened.
     */
    private List<Candidate> obligations(Graph g, ActorResolver.Scope s, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!lexicon.isCue("speech", g.lemma(v)) && !g.lemma(v).equals("conclude")) continue;
            for (int x : g.childrenRel(v, "ccomp")) {
                int must = -1;
                for (int a : g.childrenRel(x, "aux")) if (MUST.words().get(0).contains(g.lemma(a))) must = a;
                if (must < 0) continue;
                List<EventActor> speaker = firstResolved(s, List.of(subjects(g, v), agents(g, v)), Set.of());
                List<EventActor> addressee = firstResolved(s, List.of(g.childrenRel(x, "nsubj")), Set.of());
                if (addressee.isEmpty()) continue;
                Candidate r = new Candidate(new TriggerMatcher.Match(MUST, must, List.of(must)));
                r.clause = v;
                r.source = new ArrayList<>(speaker);
                r.target = new ArrayList<>(addressee);
                r.target.removeIf(t -> r.source.stream().anyMatch(y -> ActorResolver.same(y, t)));
                for (Candidate c : cands) if (c.clause == x || c.head == x) c.dropped = true;
                out.add(r);
            }
        }
        return out;
    }

    // ---- absorption and conversion ---------------------------------------------------------------

    private void absorb(Graph g, Candidate c, List<Candidate> all) {
        Candidate found = null;
        if (c.governor >= 0) for (Candidate o : all) if (o != c && (o.head == c.governor || o.clause == c.governor && o.head != c.head)) { found = o; break; }
        final Candidate gov = found;
        String kind = c.governorKind == null ? "" : c.governorKind;
        switch (kind) {
            case "request" -> {
                // What someone is asked to do has not happened; the REQUEST carries it.
                if (gov != null) {
                    c.dropped = true;
                    if (gov.target.isEmpty()) gov.target = new ArrayList<>(c.source.isEmpty() ? c.target : c.source);
                    gov.target.removeIf(t -> gov.source.stream().anyMatch(x -> ActorResolver.same(x, t)));
                    if (gov.type == REQUEST && gov.cameo.startsWith("02") && lexicon.cooperative(c.type)) gov.cameo = "02";
                } else {
                    c.hypothetical = true;
                }
            }
            case "commit" -> {
                if (gov != null && gov.head != c.head) {
                    EventType t = lexicon.cooperative(c.type) ? (c.negated ? REJECT : AGREE) : lexicon.forceful(c.type) ? THREATEN : null;
                    if (gov.type == THREATEN && t != THREATEN) t = THREATEN; // a warning stays a warning
                    if (lexicon.forceful(c.type) && gov.type == AGREE && cue(g, "decide", gov.head)) {
                        // "the EU agreed to impose sanctions": a decision to act is coded as the act
                        gov.dropped = true;
                        return;
                    }
                    if (t != null && (gov.type == AGREE || gov.type == THREATEN)) {
                        gov.type = t;
                        String ic = lexicon.intentCameo(c.type);
                        if (t == REJECT) gov.cameo = "120"; // "vowed not to return the land"
                        else if (ic != null && c.type != AGREE) gov.cameo = ic;
                        if (gov.target.isEmpty()) gov.target = new ArrayList<>(c.target);
                        gov.target.removeIf(x -> gov.source.stream().anyMatch(y -> ActorResolver.same(y, x)));
                        if (gov.source.isEmpty()) gov.source = new ArrayList<>(c.source);
                        c.dropped = true;
                    } else {
                        c.hypothetical = true;
                    }
                } else {
                    convertIntent(c);
                }
            }
            case "speculate" -> {
                if (gov != null && !gov.dropped && gov.match.pattern().pos() != 'N' && !g.childrenRel(gov.head, "xcomp").isEmpty()
                        && lexicon.isCue("speculate", g.lemma(gov.head))) gov.dropped = true; // "sought to influence" is no request
            }
            default -> { }
        }
        if (!c.dropped && c.negated && lexicon.cooperative(c.type) && (c.modalCommit || c.modalMaybe || "refuse".equals(kind))
                && (gov == null || gov.type != REJECT)) {
            // "will not accept refugees", "failed to reach agreement": a refusal, which PLOVER codes REJECT
            c.type = REJECT;
            c.cameo = "120";
            c.negated = false;
            return;
        }
        if (!c.dropped && c.modalCommit && !"commit".equals(kind)) convertIntent(c);
        if (c.modalMaybe && !c.modalCommit) c.hypothetical = true;
    }

    /** "vowed not to return the land", "pledged never to recognise": a commitment to refuse is a REJECT. */
    private void refusalByVow(Graph g, Candidate c) {
        if (c.dropped || c.type != AGREE || !Set.of("vow", "swear", "pledge", "promise").contains(g.lemma(c.head))) return;
        for (int x : g.childrenRel(c.head, "xcomp")) {
            for (Dependency d : g.children(x)) {
                if ((d.relation().equals("advmod") || d.relation().equals("neg")) && lexicon.isCue("negator", g.lemma(d.dependent()))) {
                    c.type = REJECT;
                    c.cameo = "120";
                    return;
                }
            }
        }
    }

    /** "X will send aid": PLOVER codes the stated intention, AGREE for cooperation and THREATEN for force. */
    private void convertIntent(Candidate c) {
        if (c.negated) { c.hypothetical = true; return; }
        if (c.ultimatum) {
            // "X will do A unless Y does B" is an ultimatum, whatever A is
            c.type = THREATEN;
            c.cameo = "139";
            return;
        }
        String ic = lexicon.intentCameo(c.type);
        if (lexicon.cooperative(c.type) && c.type != AGREE) {
            c.type = AGREE;
            c.cameo = ic;
        } else if (lexicon.forceful(c.type)) {
            c.type = THREATEN;
            c.cameo = ic;
        } else if (c.type != AGREE && c.type != THREATEN) {
            c.hypothetical = true;
        }
    }

    private static boolean duplicate(Candidate a, Candidate b) {
        return a.type.equals(b.type) && a.negated == b.negated && names(a.source).equals(names(b.source)) && names(a.target).equals(names(b.target));
    }

    private static Set<String> names(List<EventActor> as) {
        Set<String> out = new LinkedHashSet<>();
        for (EventActor a : as) out.add(a.country() + "/" + a.text().toLowerCase(Locale.ROOT));
        return out;
    }

    // ---- output ----------------------------------------------------------------------------------

    private Event build(Graph g, Candidate c, Context ctx, int[] counter) {
        Sentence s = g.sentence();
        String mode = c.mode != null ? c.mode : modeFromWords(g, c);
        Set<String> countries = new LinkedHashSet<>();
        for (EventActor a : c.source) if (a.country() != null) countries.add(a.country());
        for (EventActor a : c.target) if (a.country() != null) countries.add(a.country());
        if (c.type == CONSULT && mode == null && countries.size() >= 3) mode = "multilateral";
        Lexicon.CameoEntry ce = lexicon.cameo(c.cameo);
        Double goldstein = ce == null ? null : ce.goldstein();
        double completeness = !c.source.isEmpty() && !c.target.isEmpty() ? 1.0 : !c.source.isEmpty() ? 0.85 : 0.7;
        double confidence = Math.round(c.match.pattern().reliability() * completeness * 100) / 100.0;
        int first = c.match.first(), last = c.match.last();
        Event.Trigger trig = new Event.Trigger(g.token(first).start(), g.token(last).end(),
                ctx.text().substring(g.token(first).start(), g.token(last).end()));
        Event.EventMention mention = new Event.EventMention(ctx.articleId(), new Span(s.start(), s.end()), trig);
        counter[0]++;
        return new Event(ctx.articleId() + "-e" + counter[0], c.type.name(), mode, contexts(g, c, ctx.text()), List.copyOf(c.source),
                List.copyOf(c.target), c.date, c.location, c.negated, c.hypothetical, c.reportedBy, c.cameo, goldstein,
                Lexicon.quadClass(c.cameo), confidence, List.of(mention), 1, 1, c.status);
    }

    private String modeFromWords(Graph g, Candidate c) {
        Set<String> words = new LinkedHashSet<>();
        for (int t : c.match.tokens()) { words.add(g.lemma(t)); words.add(g.lower(t)); }
        for (int t : clauseTokens(c)) {
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                if (r.equals("compound") || r.equals("amod") || Graph.matches(r, "nmod") || Graph.matches(r, "obl") || r.equals("obj")) {
                    words.add(g.lemma(d.dependent()));
                    words.add(g.lower(d.dependent()));
                    for (Dependency d2 : g.children(d.dependent())) if (d2.relation().equals("compound") || d2.relation().equals("amod")) words.add(g.lemma(d2.dependent()));
                }
            }
        }
        for (Lexicon.Keywords k : lexicon.modes()) {
            if (!k.type().equals(c.type.name())) continue;
            for (String w : words) if (k.words().contains(w)) return k.label();
        }
        return null;
    }

    private List<String> contexts(Graph g, Candidate c, String text) {
        StringBuilder lem = new StringBuilder(" "), low = new StringBuilder(" ");
        for (int i = 0; i < g.size(); i++) { lem.append(g.lemma(i)).append(' '); low.append(g.lower(i)).append(' '); }
        String a = lem.toString(), b = low.toString();
        List<String> out = new ArrayList<>();
        for (Lexicon.Keywords k : lexicon.contexts()) {
            for (String w : k.words()) {
                String probe = " " + w + " ";
                if (a.contains(probe) || b.contains(probe)) { if (!out.contains(k.label())) out.add(k.label()); break; }
            }
        }
        return out;
    }
}
