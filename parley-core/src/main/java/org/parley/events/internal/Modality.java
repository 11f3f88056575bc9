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
 * Modality: negation, modal auxiliaries, conditions and ultimatums on the trigger's clause, and what the
 * clause is embedded under (a request, a denial, a refusal, a commitment, speculation, a speech verb that
 * reports it). One of the seams of {@link SentenceCoder}.
 */
final class Modality {
    private final Lexicon lexicon;
    private final ArgumentFinder args;

    Modality(Lexicon lexicon, ArgumentFinder args) {
        this.lexicon = lexicon;
        this.args = args;
    }

    void modality(SentenceView g, ActorResolver.Scope s, Candidate c) {
        for (int t : SentenceCoder.clauseTokens(c)) {
            for (Dependency d : g.children(t)) {
                String r = d.relation(), l = g.lemma(d.dependent());
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || SentenceView.matches(r, "cc:preconj")) && lexicon.isCue("negator", l)) c.negated = true;
                if (SentenceView.matches(r, "aux") && !r.equals("aux:pass")) {
                    if (lexicon.isCue("modal_commit", l)) c.modalCommit = true;
                    else if (lexicon.isCue("modal_maybe", l)) c.modalMaybe = true;
                }
                if (r.equals("mark") && lexicon.isCue("condition", l)) c.hypothetical = true;
                if (SentenceView.matches(r, "advcl") && g.childrenRel(d.dependent(), "mark").stream().anyMatch(m -> g.lemma(m).equals("unless"))) {
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
            if (SentenceView.matches(r, "advcl")) {
                for (int m : g.childrenRel(cur, "mark")) if (lexicon.isCue("condition", g.lemma(m))) c.hypothetical = true;
                // "calling for the minister to resign" is often parsed with the infinitive as an adverbial clause:
                // still what is asked for
                if (!governed && lexicon.cue(g, "request", a) && g.childrenRel(cur, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"))) {
                    set(c, "request", a);
                    break;
                }
                // "denied interfering" is often parsed as an adverbial clause: still the denied act
                if (!governed && g.childrenRel(cur, "mark").isEmpty() && (lexicon.cue(g, "deny", a) || lexicon.cue(g, "refuse", a))) {
                    c.negated = true;
                    set(c, lexicon.cue(g, "deny", a) ? "deny" : "refuse", a);
                }
                break;
            }
            boolean complement = SentenceView.matches(r, "xcomp") || SentenceView.matches(r, "ccomp") || r.equals("obj")
                    || SentenceView.matches(r, "obl") || SentenceView.matches(r, "nmod") || SentenceView.matches(r, "acl") && !r.equals("acl:relcl")
                    || SentenceView.matches(r, "csubj") || r.equals("parataxis") || r.equals("dep");
            if (!complement) break;
            boolean comp = SentenceView.matches(r, "xcomp") || SentenceView.matches(r, "ccomp") || r.equals("dep");
            if (!governed) {
                // The nearest governing cue decides what the event is embedded in; a speech verb further up
                // still says who reports it ("Syria says it is willing to withdraw").
                if (lexicon.cue(g, "request", a) && !r.equals("parataxis") && !SentenceView.matches(r, "obl:to")) { set(c, "request", a); break; }
                if (lexicon.cue(g, "deny", a) && (comp || r.equals("obj") || SentenceView.matches(r, "obl"))) {
                    c.negated = true; set(c, "deny", a); governed = true;
                } else if (lexicon.cue(g, "refuse", a) && (comp || r.equals("obj") || SentenceView.matches(r, "obl:on"))) {
                    c.negated = true; set(c, "refuse", a); governed = true;
                } else if (lexicon.cue(g, "commit", a) && (comp || r.equals("obj") || SentenceView.matches(r, "obl") || SentenceView.matches(r, "acl"))) {
                    set(c, "commit", a); governed = true;
                } else if (lexicon.cue(g, "speculate", a) && (comp || r.equals("obj") || SentenceView.matches(r, "acl"))) {
                    c.hypothetical = true; set(c, "speculate", a); governed = true;
                }
            }
            if (lexicon.cue(g, "speech", a) && (SentenceView.matches(r, "ccomp") || r.equals("parataxis"))) {
                if (!governed) set(c, "speech", a);
                List<EventActor> who = args.firstResolved(s, List.of(ArgumentFinder.subjects(g, a), ArgumentFinder.agents(g, a)), Set.of());
                if (!who.isEmpty()) c.reportedBy = who.get(0);
                if (c.modalMaybe) {
                    // "X said it would..." is a reported commitment, not a mere possibility
                    for (int aux : g.childrenRel(c.clause, "aux")) if (g.lemma(aux).equals("would")) { c.modalMaybe = false; c.modalCommit = true; }
                }
                // "Russia said it would...": the pronoun subject is the speaker (a passive event's agent is not)
                // (not when the clause's subject receives the act: "he said he didn't receive X's endorsement")
                if (pronounSubject(g, c) && !who.isEmpty() && !c.subjectIsTarget) c.source = new ArrayList<>(who);
                c.target.removeIf(t -> c.source.stream().anyMatch(x -> ActorResolver.same(x, t)));
                break;
            }
            // "to secure a ceasefire": a nominal trigger that is the object of an infinitive of attaining
            // (status-words.tsv, attain) is embedded as the noun's own clause would be ("pleaded with X to secure a
            // ceasefire" asks for the ceasefire); other verbs presuppose their object ("refuses to disavow the
            // endorsement", "to overturn the denial": the endorsement and the denial happened)
            boolean objOfInfinitive = step == 0 && r.equals("obj") && c.match.pattern().pos() == 'N'
                    && StatusWords.BUILT_IN.attains(g.lemma(a))
                    && g.childrenRel(a, "mark").stream().anyMatch(m -> g.lemma(m).equals("to"));
            if (!comp && !(governed && step == 0) && !objOfInfinitive) break;
            cur = a;
        }
        if (lexicon.cooperative(c.type) && aim(g, c)) c.hypothetical = true;
        if (conditionOnTheNounsVerb(g, c)) c.hypothetical = true;
    }

    /**
     * A nominal trigger that is an argument of a verb is in that verb's clause, so the clause's condition is its
     * condition too ("if Israel kept up its bombardment", "unless the shelling stops"): the clause scan above sees
     * only the trigger's own dependents.
     */
    private boolean conditionOnTheNounsVerb(SentenceView g, Candidate c) {
        if (c.match.pattern().pos() != 'N') return false;
        Dependency up = g.head(c.head);
        if (up == null || c.match.tokens().contains(up.governor())) return false;
        String r = up.relation();
        if (!(r.equals("obj") || SentenceView.matches(r, "nsubj") || SentenceView.matches(r, "obl"))) return false;
        for (int m : g.childrenRel(up.governor(), "mark")) if (lexicon.isCue("condition", g.lemma(m))) return true;
        return false;
    }

    /**
     * A cooperative act named as what talks, proposals or requests work towards ("negotiations on ending the
     * fighting", "paving the way for a withdrawal", "lodged a request for the extradition") is an aim, not yet
     * done (status-words.tsv, goal). Forceful acts so named are mostly the topic, told as fact ("talks on the
     * attack"), and are left alone. Only the trigger's own phrase counts, with one conjunct or clause step.
     */
    private static boolean aim(SentenceView g, Candidate c) {
        StatusWords w = StatusWords.BUILT_IN;
        int cur = c.head;
        for (int step = 0; step < 2; step++) {
            Dependency d = g.head(cur);
            if (d == null) return false;
            String r = d.relation();
            int a = d.governor();
            if (c.match.tokens().contains(a)) return false;
            boolean phrase = (r.startsWith("obl:") || r.startsWith("nmod:") || r.startsWith("acl:") && !r.equals("acl:relcl")
                    || r.startsWith("advcl:")) && w.goalPreposition(SentenceView.prep(r));
            if (phrase) return w.goal(g, a);
            if (!SentenceView.matches(r, "conj")) return false;
            cur = a;
        }
        return false;
    }





    private static boolean pronounSubject(SentenceView g, Candidate c) {
        for (int t : g.childrenRel(c.clause, "nsubj")) if (g.isPronoun(t)) return true;
        return false;
    }

    private static void set(Candidate c, String kind, int gov) { c.governorKind = kind; c.governor = gov; }

}
