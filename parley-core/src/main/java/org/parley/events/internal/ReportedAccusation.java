package org.parley.events.internal;

import static org.parley.events.EventType.ACCUSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Event.EventActor;

/**
 * Accusations carried by the content of a report rather than by a verb of the lexicon: a verb of saying whose
 * complement clause says that a party's act is a wrong ("the ministry said the other side's move is a gross
 * violation of the truce", "the envoy stated that the rebels' raids amounted to aggression") or that a party is
 * culpable ("said the militia was responsible for the massacre", "declared the company guilty of fraud") is an
 * ACCUSE by the speaker against that party. The wrong is a class, not a word list: a noun whose most frequent
 * WordNet sense is a wrongdoing (wrong-nouns.tsv, generated), as the clause's predicate or as the object of a
 * verb of perpetrating or amounting to (cue class {@code perpetrate}); culpability is cue class {@code culpable}.
 * One of the seams of {@link SentenceCoder}.
 */
final class ReportedAccusation extends ShapeRule {
    ReportedAccusation(Lexicon lexicon, ArgumentFinder args) {
        super(lexicon, args);
    }

    private static final Pattern CONTENT = new Pattern(ACCUSE, "112", 'V', List.of(Set.of("@wrong")), 0, null, 0.6,
            false, Set.of(), "rule: X said Y's act is a wrong / Y is to blame (ReportedAccusation)");

    @Override
    List<Candidate> find(SentenceView g, ActorResolver.Scope s, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!g.isVerb(v) || !lexicon.cue(g, "speech", v) || lexicon.cue(g, "deny", v) || negated(g, v)) continue;
            final int said = v;
            // the report is already coded as an event of its own verb ("accused X of crimes", "warned that"): nothing to add
            if (cands.stream().anyMatch(c -> !c.dropped && (c.head == said || c.clause == said))) continue;
            for (int x : g.childrenRel(v, "ccomp")) {
                int wrong = wrongPredicate(g, x);
                if (wrong < 0 || negated(g, x)) continue;
                List<EventActor> speaker = args.firstResolved(s, List.of(ArgumentFinder.subjects(g, v), ArgumentFinder.agents(g, v)), Set.of());
                if (speaker.isEmpty()) continue;
                List<EventActor> party = wrongdoer(g, s, x);
                party.removeIf(t -> speaker.stream().anyMatch(y -> ActorResolver.same(y, t)));
                if (party.isEmpty()) continue;
                Candidate r = new Candidate(new TriggerMatcher.Match(CONTENT, wrong, List.of(wrong)));
                r.clause = v;
                r.source = new ArrayList<>(speaker);
                r.target = new ArrayList<>(party);
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The token that names the wrong in clause {@code x}, or -1: the clause's own predicate noun of wrongdoing
     * ("is a violation"), its object under a verb of perpetrating ("committed crimes", "constitute a breach"), or
     * its predicate adjective of culpability ("was responsible", "is guilty").
     */
    private int wrongPredicate(SentenceView g, int x) {
        if (g.isNoun(x) && lexicon.wrongNoun(g.lemma(x)) && g.hasChild(x, "cop")) return x;
        if (g.token(x).pos().startsWith("JJ") && lexicon.cue(g, "culpable", x) && g.hasChild(x, "cop")) return x;
        if (g.isVerb(x) && lexicon.cue(g, "perpetrate", x)) {
            for (int o : ArgumentFinder.objects(g, x)) if (lexicon.wrongNoun(g.lemma(o))) return o;
        }
        return -1;
    }

    /** The party of the wrong: the clause's subject, or, for an act named as subject, its possessor or "of" phrase. */
    private List<EventActor> wrongdoer(SentenceView g, ActorResolver.Scope s, int x) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int subj : g.childrenExact(x, "nsubj")) {
            groups.add(g.childrenRel(subj, "nmod:poss"));
            groups.add(g.childrenRel(subj, "nmod:of"));
            groups.add(List.of(subj));
        }
        return groups.isEmpty() ? new ArrayList<>() : args.firstResolved(s, groups, Set.of());
    }

    private boolean negated(SentenceView g, int t) {
        for (int n : g.childrenRel(t, "advmod")) if (lexicon.isCue("negator", g.lemma(n))) return true;
        for (int n : g.childrenRel(t, "neg")) if (lexicon.isCue("negator", g.lemma(n))) return true;
        for (int n : g.childrenRel(t, "det")) if (lexicon.isCue("negator", g.lemma(n))) return true;
        return false;
    }
}
