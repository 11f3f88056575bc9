package org.parley.events.internal;

import static org.parley.events.EventType.CONCEDE;
import static org.parley.events.EventType.REJECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.model.Event.EventActor;

/**
 * Permission told by the shape of the clause: a state's actor letting an actor of another state do something
 * ("Hanoi allowed the two fishermen to return", "the foreign crew were permitted by Ankara to leave") eases a
 * restriction, PLOVER's CONCEDE (CAMEO 080), whatever the permitted act; refusing it ("will not let the inspectors
 * enter", "did not allow the convoy to pass") is a REJECT. The verbs are cue class {@code permit}; the permitted
 * act is the verb's clause complement; both sides must be actors of different countries, so that rules and
 * things that allow ("the law allows companies to") are no event. A permission only possible ("could allow")
 * is left out, a promised one ("will let") is an AGREE. Triggers of the lexicon on the same verb ("allowed inspectors") keep their own frame. One of the
 * seams of {@link SentenceCoder}.
 */
final class Permission extends ShapeRule {
    Permission(Lexicon lexicon, ArgumentFinder args) {
        super(lexicon, args);
    }

    private static final Pattern LET = new Pattern(CONCEDE, "080", 'V', List.of(Set.of("@permit")), 0, null, 0.55,
            false, Set.of(), "rule: a state lets another state's actor act (Permission)");

    /**
     * The permission is the complement of another event or of a verb of refusing, denying, asking or planning
     * ("refused to allow", "urged Ankara to let"): that verb already says what happened.
     */
    private boolean embedded(SentenceView g, int v, List<Candidate> cands) {
        Dependency h = g.head(v);
        if (h == null || !(SentenceView.matches(h.relation(), "xcomp") || SentenceView.matches(h.relation(), "ccomp")
                || SentenceView.matches(h.relation(), "advcl"))) return false;
        int gov = h.governor();
        if (cands.stream().anyMatch(c -> !c.dropped && (c.head == gov || c.clause == gov))) return true;
        for (String kind : List.of("refuse", "deny", "request", "speculate")) if (lexicon.cue(g, kind, gov)) return true;
        return false;
    }

    @Override
    List<Candidate> find(SentenceView g, ActorResolver.Scope s, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!g.isVerb(v) || !lexicon.cue(g, "permit", v) || !g.hasChild(v, "xcomp")) continue;
            final int verb = v;
            if (cands.stream().anyMatch(c -> c.head == verb || c.match.tokens().contains(verb))) continue;
            if (embedded(g, v, cands)) continue;
            boolean passive = g.hasChild(v, "nsubj:pass");
            List<Integer> permitter = passive ? ArgumentFinder.agents(g, v) : ArgumentFinder.subjects(g, v);
            List<Integer> permitted = passive ? g.childrenRel(v, "nsubj:pass") : ArgumentFinder.objects(g, v);
            List<EventActor> source = args.firstResolved(s, List.of(permitter), Set.of());
            List<EventActor> target = args.firstResolved(s, List.of(permitted), Set.of());
            if (source.stream().noneMatch(a -> a.country() != null) || target.stream().noneMatch(a -> a.country() != null)) continue;
            if (target.stream().allMatch(t -> t.country() == null || source.stream().anyMatch(x -> t.country().equals(x.country())))) continue;
            boolean negated = false, maybe = false, will = false;
            for (Dependency d : g.children(v)) {
                String l = g.lemma(d.dependent());
                if ((d.relation().equals("advmod") || d.relation().equals("neg")) && lexicon.isCue("negator", l)) negated = true;
                if (SentenceView.matches(d.relation(), "aux") && !d.relation().equals("aux:pass") && lexicon.isCue("modal_maybe", l)) maybe = true;
                if (SentenceView.matches(d.relation(), "aux") && lexicon.isCue("modal_commit", l)) will = true;
            }
            if (maybe && !negated) continue;
            Candidate r = new Candidate(new TriggerMatcher.Match(LET, v, List.of(v)));
            if (negated) { r.type = REJECT; r.cameo = "120"; }
            else if (will) { r.type = org.parley.events.EventType.AGREE; r.cameo = lexicon.intentCameo(CONCEDE) != null ? lexicon.intentCameo(CONCEDE) : "030"; }
            r.source = new ArrayList<>(source);
            r.target = new ArrayList<>(target);
            out.add(r);
        }
        return out;
    }
}
