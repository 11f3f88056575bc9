package org.parley.events.internal;

import static org.parley.events.EventType.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.events.EventType;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;

/**
 * Argument finding: reads the source and target of a trigger from its syntax (subject, object, by-agent,
 * prepositional and nominal complements, modifiers, the verb a nominal trigger depends on), resolving each
 * argument token to actors. One of the seams of {@link SentenceCoder}.
 */
final class ArgumentFinder {
    /** Prepositions whose phrase names the target (argument-words.tsv class target_prep). */
    private static final Set<String> TARGET_PREPS = ArgumentWords.BUILT_IN.targetPreps();
    private static final Set<EventType> SOURCE_FIRST_OF = java.util.EnumSet.of(CONSULT, PROTEST, REQUEST);
    private static final Set<EventType> PARTICIPANTS_ACT_AROUND = java.util.EnumSet.of(PROTEST, CONSULT);
    private static final Set<EventType> PLACE_IS_TARGET = java.util.EnumSet.of(COERCE, CONCEDE, PROTEST, ASSAULT, RETREAT);
    private static final Set<EventType> OWN_PEOPLE = java.util.EnumSet.of(MOBILIZE, RETREAT, AID, COOPERATE);
    private static final Set<EventType> COMPLEMENT_TARGET = java.util.EnumSet.of(REQUEST, ACCUSE);
    private static final Set<EventType> WARNING_TYPES = java.util.EnumSet.of(THREATEN);
    private static final Set<EventType> BORDER_TARGET = java.util.EnumSet.of(MOBILIZE, RETREAT, SANCTION);

    private final Lexicon lexicon;
    private final ActorResolver resolver;

    ArgumentFinder(Lexicon lexicon, ActorResolver resolver) {
        this.lexicon = lexicon;
        this.resolver = resolver;
    }

    void arguments(SentenceView g, ActorResolver.Scope s, Candidate c, Set<Integer> triggerHeads) {
        int h = c.head;
        Set<Integer> matched = new LinkedHashSet<>(c.match.tokens());
        // a noun the parser gave an object is used as a verb ("they would blockade/NN Paris")
        boolean nominal = !g.isVerb(h) && !g.hasChild(h, "obj");
        List<List<Integer>> src = new ArrayList<>(), tgt = new ArrayList<>();
        Dependency up0 = g.head(h);
        if (nominal && up0 != null && up0.relation().equals("obj") && resolver.recipient(g, up0.governor())) {
            // "won the endorsement of X", "received a request from X", "faced Y's criticism": the verb's subject
            // is who the event is aimed at, the noun's agent, possessor or of-phrase who does it
            int v = up0.governor();
            if (supportVerb(g, v)) c.clause = v; // "did not receive the request" negates it; "disavowed the endorsement" does not
            c.subjectIsTarget = true;
            List<Integer> by = new ArrayList<>(g.childrenExact(h, "nmod:by"));
            by.addAll(g.childrenExact(h, "nmod:agent"));
            by.addAll(g.childrenExact(h, "nmod:from"));
            by.addAll(preps(g, v, Set.of("from"))); // "gained concessions from X"
            src.add(by);
            src.add(g.childrenRel(h, "nmod:poss"));
            src.add(g.childrenExact(h, "nmod:of"));
            src.add(modifiers(g, h));
            tgt.add(subjects(g, v));
            tgt.add(agents(g, v));
        } else if (nominal) {
            boolean received = nominalArgs(g, s, c, h, src, tgt);
            // "a suspension of air links with Serbia": the trigger's later nouns carry complements too
            for (int t : matched) if (t != h && g.isNoun(t)) tgt.add(minus(nounPreps(g, t, TARGET_PREPS), matched));
            // "a general strike called by the opposition", "an attack carried out by X": the participle's agent
            // (protests and acts of force only: "a deal brokered by X" names a mediator, not a party)
            if (c.type == PROTEST || lexicon.forceful(c.type)) {
                for (int v : g.childrenRel(h, "acl")) if (g.isVerb(v) && !triggerHeads.contains(v) && supportVerb(g, v)) src.add(agents(g, v));
            }
            Dependency hd = g.head(h);
            if (hd != null && hd.relation().equals("compound") && g.isNoun(hd.governor())) {
                // "a mediation effort between X and Y", "peace talks": the noun it modifies carries the roles
                nominalArgs(g, s, c, hd.governor(), src, tgt);
                hd = g.head(hd.governor());
            } else if (hd != null && hd.relation().equals("nmod:of") && lexicon.cue(g, "measure", hd.governor())) {
                // "a new round of talks", "a wave of arrests", "two hours of talks": the measure stands in the clause
                nominalArgs(g, s, c, hd.governor(), src, tgt);
                hd = g.head(hd.governor());
            }
            if (hd != null && PARTICIPANTS_ACT_AROUND.contains(c.type) && SentenceView.matches(hd.relation(), "obl") && g.isVerb(hd.governor())
                    && Set.of("during", "at", "in", "after", "on").contains(SentenceView.prep(hd.relation()))) {
                // "youths threw stones during demonstrations", "during the talks, the two leaders discussed..."
                src.add(subjects(g, hd.governor()));
            }
            // Inherit from the verb a nominal trigger depends on ("held talks", "ordered strikes") unless that
            // verb is a trigger of its own: who condemns a raid did not carry it out.
            if (hd != null && !triggerHeads.contains(hd.governor()) && (!hd.relation().equals("obj") || supportVerb(g, hd.governor()))) {
                String r = hd.relation();
                int v = hd.governor();
                if (r.equals("obj") || SentenceView.matches(r, "nsubj:pass") || r.equals("nsubj") && g.isVerb(v)) c.clause = v;
                if ((r.equals("obj") || r.equals("obl:under")) && g.hasChild(v, "nsubj:pass") && !agents(g, v).isEmpty()) {
                    // a light verb in the passive: "were given an ultimatum by the government", "was placed under
                    // investigation by magistrates": its agent does what the noun names, its subject undergoes it
                    c.clause = v;
                    src.add(agents(g, v));
                    tgt.add(g.childrenRel(v, "nsubj:pass"));
                } else if (r.equals("obj")) {
                    // "X hopes his celebrity endorsement...": X received it, the endorser is someone else
                    if (!received) src.add(subjects(g, v));
                    tgt.add(minus(objects(g, v), matched));
                    tgt.add(minus(preps(g, v, TARGET_PREPS), matched));
                } else if (SentenceView.matches(r, "nsubj:pass")) {
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
                if (subjects(g, h).isEmpty()) {
                    src.add(sharedSubject(g, h));
                    src.add(recoveredSubject(g, h));
                    src.addAll(modifiedNoun(g, h));
                }
                // (enhanced graphs copy the misattached clause's subject onto the conjunct: tried after it)
                src.add(misattachedConjunctSubject(g, h));
            }
            List<Integer> targetPhrases = minus(preps(g, h, TARGET_PREPS), matched);
            tgt.add(targetPhrases);
            // "gave its blessing to a peace initiative by X", "responded to X's proposal": when the phrase names a
            // thing, whose thing it is is the target (a fallback: firstResolved tries the phrase itself first)
            for (int p : targetPhrases) {
                if (!g.isNoun(p) || resolver.canAct(g, p, s.entities().at(g.token(p).start(), g.token(p).end()))) continue;
                tgt.add(nounPreps(g, p, Set.of("by", "agent")));
                tgt.add(g.childrenRel(p, "nmod:poss"));
            }
            if (c.type == RETREAT) tgt.add(preps(g, h, Set.of("from", "out_of"))); // "withdrew troops from Lebanon"
            if (c.type == SUPPORT) {
                // "stood behind X", "rallied behind X", "put its weight behind X": who is backed stands behind
                tgt.add(preps(g, h, Set.of("behind")));
                for (int t : matched) if (t != h && g.isNoun(t)) tgt.add(nounPreps(g, t, Set.of("behind")));
            }
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
                // "mounted its invasion of Lebanon": the of-phrase of an event noun in a support frame is its patient
                if (!SOURCE_FIRST_OF.contains(c.type) && !resolver.groupLike(g, t) && g.isVerb(h)) tgt.add(g.childrenExact(t, "nmod:of"));
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
            boolean purpose = hd != null && SentenceView.matches(hd.relation(), "advcl")
                    && g.childrenRel(h, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
            if (hd != null && (SentenceView.matches(hd.relation(), "xcomp") || purpose)) src.add(controller(g, h));
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
        src.add(aimOwner(g, s, h, triggerHeads));
        c.source = firstResolved(s, src, Set.of());
        c.target = firstResolved(s, tgt, Set.of(), c.thingTargets);
        // "talks between X and Y" / "talks with X and Y" gave all of them to one side: split
        if (c.source.isEmpty() && c.target.size() >= 2 && nominal && !g.childrenExact(h, "nmod:between").isEmpty()) {
            c.source = new ArrayList<>(List.of(c.target.get(0)));
            c.target = new ArrayList<>(c.target.subList(1, c.target.size()));
        }
        c.target.removeIf(t -> c.source.stream().anyMatch(x -> ActorResolver.same(x, t)));
        // "Macron's warning of French retaliation": a thing of the source's own country is not its target.
        // (a thing of a named person or body keeps that owner's identity and stays: "criticized Holm's plan")
        c.target.removeIf(t -> c.thingTargets.contains(t) && t.country() != null && t.entity() == null
                && c.source.stream().anyMatch(x -> t.country().equals(x.country())));
        // "Armenia mobilised its armed forces", "Canada closed its embassy": the source's own people or offices,
        // named through a pronoun possessor, are not who the act is aimed at.
        // (not for meetings and requests: with one's own people they are internal to one body, which SenseRules reads
        // from the target it keeps: "met his advisers")
        // (a thing of a person or body read through the pronoun keeps that owner's identity and stays: "attacked his
        // policies"; so does a person the knowledge base does not know, given the article's prevailing state)
        List<EventActor> own = c.type == CONSULT || c.type == REQUEST ? List.of() : c.target.stream().filter(t -> s.viaPronounPossessor(t) && t.country() != null
                && !(t.entity() != null && (c.thingTargets.contains(t) || t.sector() == null && s.entities().byId(t.entity()) != null))
                && c.source.stream().anyMatch(x -> t.country().equals(x.country()))).toList();
        c.target.removeAll(own);
        // "closed its embassy in Tehran", "pulled its troops out of Lebanon": the place of the source's own is the target
        if (c.target.isEmpty() && !own.isEmpty()) c.target = placeOfOwn(g, s, c);
        if (c.target.isEmpty() && BORDER_TARGET.contains(c.type)) c.target = borderTarget(g, s, c);
        if (c.target.isEmpty() && c.type == PROTEST) c.target = protestedTarget(g, s, c);
        if (c.target.isEmpty() && WARNING_TYPES.contains(c.type)) c.target = warnedTarget(g, s, c);
        if (c.target.isEmpty() && lexicon.forceful(c.type)) c.target = retaliationTarget(g, s, c);
        if (c.target.isEmpty() && PLACE_IS_TARGET.contains(c.type)) c.target = placeTarget(g, s, c);
    }

    /**
     * Who does the act of an open complement or a purpose clause: "urged Russia to withdraw" (the object of a
     * verb of asking), "tried to help support X" and "mobilized groups to help support X" (the subject up the
     * chain of complements and purpose clauses, at most four steps).
     */
    private List<Integer> controller(SentenceView g, int h) {
        int cur = h;
        for (int step = 0; step < 4; step++) {
            Dependency d = g.head(cur);
            if (d == null) break;
            boolean purpose = SentenceView.matches(d.relation(), "advcl")
                    && g.childrenRel(cur, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
            if (!SentenceView.matches(d.relation(), "xcomp") && !purpose) break;
            int gov = d.governor();
            List<Integer> obj = g.childrenRel(gov, "obj");
            if (!obj.isEmpty() && lexicon.isCue("request", g.lemma(gov))) return obj;
            List<Integer> subj = subjects(g, gov);
            if (!subj.isEmpty()) return subj;
            if (!obj.isEmpty()) return List.of(); // "tried to get the network to give in": the object acts, not the subject above
            cur = gov;
        }
        return List.of();
    }

    /**
     * The subject a verb shares with the predicate it is coordinated with ("X arrived in Paris and met Y")
     * when the parse gave it to the first conjunct only.
     */
    private static List<Integer> sharedSubject(SentenceView g, int h) {
        Dependency d = g.head(h);
        if (d == null || !SentenceView.matches(d.relation(), "conj") || !g.isVerb(d.governor())) return List.of();
        return subjects(g, d.governor());
    }

    /**
     * Whose aim the act is ("Berg's push for an accord with X", "Berg's plan for fighting X", "a bid by Berg for
     * talks"): the possessor or by-agent of a noun the trigger is the for-phrase of, when that noun names a thing
     * (a plan, a push, a strategy) and is no trigger itself (who backs a strike did not carry it out). Tried last.
     */
    private List<Integer> aimOwner(SentenceView g, ActorResolver.Scope s, int h, Set<Integer> triggerHeads) {
        Dependency d = g.head(h);
        if (d == null || !"for".equals(SentenceView.prep(d.relation())) || !(SentenceView.matches(d.relation(), "nmod") || SentenceView.matches(d.relation(), "acl"))) return List.of();
        int n = d.governor();
        if (!g.isNoun(n) || triggerHeads.contains(n) || resolver.canAct(g, n, s.entities().at(g.token(n).start(), g.token(n).end()))) return List.of();
        List<Integer> out = new ArrayList<>(g.childrenRel(n, "nmod:poss"));
        out.addAll(nounPreps(g, n, Set.of("by", "agent")));
        return out;
    }

    /**
     * A finite verb the parser coordinated with the verb of a complement clause although its form does not fit
     * that clause ("X forecast that the economy would rebound and praised Y": "praised" is parsed as a conjunct of
     * "rebound"): the subject of the verb the complement belongs to. Tried after the conjunct's own shared
     * subject, so it only fills a subject that names no actor.
     */
    private static List<Integer> misattachedConjunctSubject(SentenceView g, int h) {
        if (!finite(g, h)) return List.of();
        // every enhanced edge: the conj edge need not be the one the head rule keeps (the graph may also copy
        // the complement relation onto the conjunct)
        for (Dependency d : g.heads(h)) {
            if (!SentenceView.matches(d.relation(), "conj")) continue;
            int first = d.governor();
            if (finite(g, first) && !g.hasChild(first, "aux")) continue; // same form: a true coordination inside the clause
            Dependency up = g.head(first);
            if (up == null || !SentenceView.matches(up.relation(), "ccomp") || !g.isVerb(up.governor())) continue;
            return subjects(g, up.governor());
        }
        return List.of();
    }

    /** A finite verb form: past or present tense (not a base form, participle or gerund). */
    private static boolean finite(SentenceView g, int v) {
        String pos = g.token(v).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }

    /**
     * A participle modifying a noun ("rebels fighting the army", "a declaration demanding that..."): the noun
     * does the act when it can; a document does not, so then who issued it, the subject (or agent) of the verb
     * the noun is the object (or passive subject) of.
     */
    private List<List<Integer>> modifiedNoun(SentenceView g, int h) {
        Dependency d = g.head(h);
        if (d == null || !d.relation().equals("acl") || !g.isNoun(d.governor())) return List.of();
        // only an active participle: in "a town hall hosted by MSNBC" the noun is what is acted on; a past form with
        // an object or particle and no agent is a main verb the parser hung from its subject ("groups donated goods")
        boolean active = g.token(h).pos().equals("VBG") || agents(g, h).isEmpty()
                && (g.token(h).pos().equals("VBD") || !objects(g, h).isEmpty() || g.hasChild(h, "compound:prt"));
        if (!active) return List.of();
        int n = d.governor();
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of(n));
        Dependency nh = g.head(n);
        // only a verb that issues what it governs ("issued a statement"), not one that talks about it ("mentioned")
        if (nh != null && g.isVerb(nh.governor()) && supportVerb(g, nh.governor())) {
            if (nh.relation().equals("obj")) out.add(subjects(g, nh.governor()));
            else if (SentenceView.matches(nh.relation(), "nsubj:pass")) out.add(agents(g, nh.governor()));
        }
        return out;
    }

    /**
     * A verb left without a subject by a parse error ("Mr Putin, unfazed, later denied..." parsed with the
     * name as root and the verb as a loose dependent): the noun phrase the verb hangs from, when it comes
     * before the verb, or the subject of the verb it hangs from.
     */
    private static List<Integer> recoveredSubject(SentenceView g, int h) {
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
    private List<EventActor> retaliationTarget(SentenceView g, ActorResolver.Scope s, Candidate c) {
        Set<Integer> where = SentenceCoder.clauseAndTriggerTokens(c);
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
                        boolean clause = SentenceView.matches(d3.relation(), "acl") || SentenceView.matches(d3.relation(), "ccomp");
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
     * "massed troops along its border with Kuwait", "deployed along the Libyan border", "moved troops close to
     * Ukraine's eastern border": a deployment, withdrawal or closure at a border is aimed at the state across
     * it, the border's with/between phrase, else the country its possessor or adjective names when that is not
     * the source's own. Border nouns are argument-words.tsv class {@code border}; a dispute noun's with-phrase
     * does the same ("mobilised amid the conflict with Azerbaijan", "pulled back, ending a standoff with India").
     */
    private List<EventActor> borderTarget(SentenceView g, ActorResolver.Scope s, Candidate c) {
        Set<Integer> where = SentenceCoder.clauseAndTriggerTokens(c);
        for (int b = 0; b < g.size(); b++) {
            boolean border = g.isNoun(b) && resolver.borderNoun(g.lemma(b));
            boolean dispute = g.isNoun(b) && resolver.disputeNoun(g.lemma(b));
            if (!(border || dispute) || !below(g, b, where, 3)) continue;
            List<List<Integer>> sides = new ArrayList<>();
            sides.add(nounPreps(g, b, Set.of("with", "between")));
            if (border) {
                sides.add(g.childrenRel(b, "nmod:poss"));
                sides.add(g.childrenRel(b, "amod"));
            }
            for (List<Integer> side : sides) {
                List<EventActor> out = new ArrayList<>();
                for (int t : side) {
                    for (EventActor a : resolver.resolve(s, t)) if (otherState(s, c, a)) out.add(a);
                }
                if (!out.isEmpty()) return out;
            }
        }
        return new ArrayList<>();
    }

    /**
     * What a protest is against, when no argument named it: "went on strike to protest the president's decree",
     * "marched demanding the resignation of X", "closed in protest against X", "in defiance of X" (argument-words.tsv
     * class protest). The object of a purpose clause
     * or participle (or its possessor, of- or by-phrase), or the against/at/over phrase of a protest noun.
     */
    private List<EventActor> protestedTarget(SentenceView g, ActorResolver.Scope s, Candidate c) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(SentenceCoder.clauseAndTriggerTokens(c));
        Set<Integer> seen = new LinkedHashSet<>(frontier);
        for (int depth = 0; depth < 2 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : frontier) {
                groups.add(nounPreps(g, t, Set.of("against", "at", "over")));
                for (Dependency d : g.children(t)) {
                    String r = d.relation();
                    boolean clause = SentenceView.matches(r, "advcl") || SentenceView.matches(r, "xcomp") || SentenceView.matches(r, "acl");
                    boolean inProtest = (r.equals("obl:in") || r.equals("nmod:in")) && resolver.protestNoun(g.lemma(d.dependent()));
                    if ((clause || inProtest) && seen.add(d.dependent())) next.add(d.dependent());
                }
            }
            for (int v : next) {
                if (resolver.protestNoun(g.lemma(v))) groups.add(nounPreps(g, v, Set.of("of", "against", "at", "over")));
                if (!g.isVerb(v)) continue;
                for (int o : objects(g, v)) {
                    groups.add(List.of(o));
                    groups.add(g.childrenRel(o, "nmod:poss"));
                    groups.add(nounPreps(g, o, Set.of("of", "by", "agent")));
                }
                groups.add(preps(g, v, Set.of("against")));
            }
            frontier = next;
        }
        List<EventActor> out = firstResolved(s, groups, Set.of());
        out.removeIf(a -> a.country() == null || s.fromPronoun(a) || c.source.stream().anyMatch(x -> ActorResolver.same(x, a)));
        return out;
    }

    /**
     * Who a threat is aimed at when no argument named them: the subject of its condition ("vowed to strike unless
     * X disarmed them", "will withdraw unless X holds elections"; argument-words.tsv class condition), else the
     * passive subject of what is threatened ("warned that X would be destroyed"), searched two clauses down.
     */
    private List<EventActor> warnedTarget(SentenceView g, ActorResolver.Scope s, Candidate c) {
        List<List<Integer>> conditions = new ArrayList<>(), patients = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(SentenceCoder.clauseAndTriggerTokens(c));
        Set<Integer> seen = new LinkedHashSet<>(frontier);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : frontier) {
                for (Dependency d : g.children(t)) {
                    String r = d.relation();
                    int x = d.dependent();
                    if (SentenceView.matches(r, "advcl") && g.childrenRel(x, "mark").stream().anyMatch(m -> resolver.conditionWord(g.lemma(m)))) {
                        conditions.add(subjects(g, x));
                        conditions.add(g.childrenRel(x, "nsubj:pass"));
                    } else if (SentenceView.matches(r, "xcomp") || SentenceView.matches(r, "ccomp")) {
                        patients.add(g.childrenRel(x, "nsubj:pass"));
                        if (seen.add(x)) next.add(x);
                    }
                }
            }
            frontier = next;
        }
        conditions.addAll(patients);
        List<EventActor> out = firstResolved(s, conditions, Set.of());
        out.removeIf(a -> !otherState(s, c, a) || c.source.stream().anyMatch(x -> ActorResolver.same(x, a)));
        return out;
    }

    /** An actor named in the sentence (not through a pronoun) with a country other than every source's. */
    private static boolean otherState(ActorResolver.Scope s, Candidate c, EventActor a) {
        return a.country() != null && !s.fromPronoun(a) && c.source.stream().noneMatch(x -> a.country().equals(x.country()));
    }

    /** The country of an in/from/out-of place of an object the source owns ("closed its embassy in Tehran"). */
    private List<EventActor> placeOfOwn(SentenceView g, ActorResolver.Scope s, Candidate c) {
        for (int t : SentenceCoder.clauseAndTriggerTokens(c)) {
            for (int o : objects(g, t)) {
                if (g.childrenRel(o, "nmod:poss").stream().noneMatch(g::isPronoun)) continue;
                for (int p : nounPreps(g, o, Set.of("in", "from", "out_of"))) {
                    for (EventActor a : resolver.resolve(s, p)) if (otherState(s, c, a)) return new ArrayList<>(List.of(a));
                }
            }
        }
        return new ArrayList<>();
    }

    /** Whether token {@code t} hangs, within {@code steps} dependency steps, from one of {@code tokens}. */
    private static boolean below(SentenceView g, int t, Set<Integer> tokens, int steps) {
        int cur = t;
        for (int i = 0; i < steps; i++) {
            Dependency d = g.head(cur);
            if (d == null) return false;
            cur = d.governor();
            if (tokens.contains(cur)) return true;
        }
        return false;
    }

    /**
     * For events done within a country ("lifted the curfew in Montenegro", "a rally in Lagos", "a bombing in
     * Baghdad") event coders take the country of the place as the target when no other target is named.
     */
    private List<EventActor> placeTarget(SentenceView g, ActorResolver.Scope s, Candidate c) {
        Set<Integer> where = SentenceCoder.clauseAndTriggerTokens(c);
        for (int t : where) {
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                if (!(r.equals("obl:in") || r.equals("nmod:in") || r.equals("obl:into") || r.equals("nmod:into"))) continue;
                for (EventActor a : resolver.resolve(s, d.dependent())) {
                    if (a.country() == null) continue;
                    EventActor place = new EventActor(a.entity(), a.text(), a.country(), a.sector());
                    // "in his final address": a place read through a pronoun anchors nothing
                    if (s.fromPronoun(a) || s.viaPronounPossessor(a)) s.viaPossessor().add(place);
                    return new ArrayList<>(List.of(place));
                }
            }
        }
        return new ArrayList<>();
    }

    /** Adds the roles read from the event noun {@code h}; true when its possessor is who the act is aimed at. */
    private boolean nominalArgs(SentenceView g, ActorResolver.Scope s, Candidate c, int h, List<List<Integer>> src, List<List<Integer>> tgt) {
        List<Integer> by = new ArrayList<>(g.childrenExact(h, "nmod:by"));
        by.addAll(g.childrenExact(h, "nmod:agent"));
        List<Integer> poss = g.childrenRel(h, "nmod:poss");
        boolean received = false;
        if (by.isEmpty() && !poss.isEmpty()) {
            // "his celebrity endorsement", "Trump's NRA endorsement": a noun for an actor before the event noun
            // does it, and the possessor receives it
            // ("Russia's Syria strikes": a place before the noun says where, and stays out)
            for (int m : g.childrenRel(h, "compound")) {
                org.parley.entities.ArticleEntity e = s.entities().at(g.token(m).start(), g.token(m).end());
                boolean named = e != null && (e.type() == org.parley.model.EntityType.PERSON || e.type() == org.parley.model.EntityType.ORGANIZATION);
                if (named || e == null && g.isNoun(m) && !g.token(m).pos().startsWith("NNP") && (resolver.groupLike(g, m) || lexicon.agentNoun(g.lemma(m)))) by.add(m);
            }
        }
        if (!by.isEmpty() && !poss.isEmpty()) {
            // "Cruz's endorsement by Trump": with an agent named, the possessor is who the act is aimed at
            src.add(by);
            tgt.add(poss);
            received = true;
        } else {
            List<Integer> own = new ArrayList<>(poss);
            own.addAll(by);
            src.add(own);
        }
        List<Integer> of = g.childrenExact(h, "nmod:of");
        // "the expulsion of diplomats by Poland": the parser often hangs the by-phrase on the of-phrase
        List<Integer> byOfOf = new ArrayList<>();
        for (int o : of) { byOfOf.addAll(g.childrenExact(o, "nmod:by")); byOfOf.addAll(g.childrenExact(o, "nmod:agent")); }
        src.add(byOfOf);
        if (SOURCE_FIRST_OF.contains(c.type)) src.add(of);
        src.add(received ? minus(modifiers(g, h), new java.util.HashSet<>(poss)) : modifiers(g, h));
        tgt.add(nounPreps(g, h, TARGET_PREPS));
        if (c.type == RETREAT) tgt.add(nounPreps(g, h, Set.of("from", "out_of")));
        if (!SOURCE_FIRST_OF.contains(c.type)) tgt.add(of);
        if (COMPLEMENT_TARGET.contains(c.type)) {
            for (Dependency d : g.children(h)) {
                if (SentenceView.matches(d.relation(), "ccomp") || SentenceView.matches(d.relation(), "acl")) tgt.add(g.childrenRel(d.dependent(), "nsubj"));
            }
        }
        return received;
    }

    /** Actor-like modifiers of a noun: "Russian(-French) talks", "U.S. strikes", each token on its own. */
    static List<Integer> modifiers(SentenceView g, int n) {
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

    static List<Integer> subjects(SentenceView g, int v) {
        List<Integer> out = new ArrayList<>(g.childrenExact(v, "nsubj"));
        out.addAll(g.childrenExact(v, "nsubj:xsubj"));
        if (out.isEmpty()) out.addAll(g.childrenRel(v, "csubj"));
        return out;
    }

    static List<Integer> agents(SentenceView g, int v) {
        List<Integer> out = new ArrayList<>(g.childrenExact(v, "obl:agent"));
        out.addAll(g.childrenExact(v, "obl:by"));
        out.addAll(g.childrenExact(v, "nmod:agent"));
        return out;
    }

    static List<Integer> objects(SentenceView g, int v) {
        List<Integer> out = new ArrayList<>(g.childrenExact(v, "obj"));
        out.addAll(g.childrenExact(v, "dobj"));
        out.addAll(g.childrenExact(v, "iobj"));
        return out;
    }

    static List<Integer> preps(SentenceView g, int v, Set<String> preps) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(v)) {
            String r = d.relation();
            if ((SentenceView.matches(r, "obl") || SentenceView.matches(r, "nmod")) && preps.contains(SentenceView.prep(r))) out.add(d.dependent());
        }
        return out;
    }

    static List<Integer> nounPreps(SentenceView g, int n, Set<String> preps) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(n)) {
            String r = d.relation();
            if ((SentenceView.matches(r, "nmod") || SentenceView.matches(r, "obl")) && preps.contains(SentenceView.prep(r))) out.add(d.dependent());
        }
        return out;
    }

    static List<Integer> minus(List<Integer> a, Set<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }

    /**
     * Actors of the first group of argument tokens that names any. A group whose actors have only a sector
     * ("a new military offensive" -> MIL) is kept as a fallback while later groups may still give a country.
     */
    List<EventActor> firstResolved(ActorResolver.Scope s, List<List<Integer>> groups, Set<Integer> skip) {
        return firstResolved(s, groups, skip, new java.util.HashSet<>());
    }

    /** As above; {@code things} receives the actors read from a phrase that names a thing, not an actor. */
    List<EventActor> firstResolved(ActorResolver.Scope s, List<List<Integer>> groups, Set<Integer> skip, Set<EventActor> things) {
        List<EventActor> fallback = null;
        for (int i = 0; i < groups.size(); i++) {
            List<EventActor> out = resolveGroup(s, groups.get(i), skip, things);
            if (out.isEmpty()) continue;
            boolean pronouns = out.stream().allMatch(s::fromPronoun);
            // "persuaded people to support X": a phrase named in the sentence beats a pronoun further down the list
            if (pronouns && fallback != null) continue;
            if (out.stream().anyMatch(a -> a.country() != null)) return pronouns ? named(s, out, groups.subList(i + 1, groups.size()), skip) : out;
            if (fallback == null) fallback = out;
        }
        return fallback == null ? new ArrayList<>() : fallback;
    }

    private List<EventActor> resolveGroup(ActorResolver.Scope s, List<Integer> grp, Set<Integer> skip, Set<EventActor> things) {
        List<EventActor> out = new ArrayList<>();
        for (int t : grp) {
            if (skip.contains(t)) continue;
            boolean thing = !resolver.canAct(s.graph(), t, s.entities().at(s.graph().token(t).start(), s.graph().token(t).end()));
            for (EventActor a : resolver.resolve(s, t)) {
                if (out.stream().noneMatch(x -> ActorResolver.same(x, a))) out.add(a);
                if (thing) things.add(a);
            }
        }
        return out;
    }

    /**
     * Pronoun actors replaced by the same actors named in later groups ("during his visit, X said": his = X, and
     * X is named): the event then rests on a name, not on a pronoun.
     */
    private List<EventActor> named(ActorResolver.Scope s, List<EventActor> pronouns, List<List<Integer>> later, Set<Integer> skip) {
        List<EventActor> out = new ArrayList<>(pronouns);
        for (List<Integer> grp : later) {
            for (EventActor x : resolveGroup(s, grp, skip, new java.util.HashSet<>())) {
                if (s.fromPronoun(x)) continue;
                for (int k = 0; k < out.size(); k++) if (s.fromPronoun(out.get(k)) && ActorResolver.same(out.get(k), x)) out.set(k, x);
            }
        }
        return out;
    }


    /** A verb that lends its subject to the event noun it governs ("held talks", "ordered strikes"). */
    boolean supportVerb(SentenceView g, int v) {
        return lexicon.cue(g, "support", v) || lexicon.cue(g, "commit", v) || lexicon.cue(g, "speculate", v) || lexicon.cue(g, "request", v) || lexicon.cue(g, "decide", v);
    }
}
