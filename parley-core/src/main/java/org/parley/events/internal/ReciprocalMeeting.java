package org.parley.events.internal;

import static org.parley.events.EventType.CONSULT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.model.Event.EventActor;

/**
 * A meeting told by the shape of the clause rather than by a meeting verb: government actors of two countries as
 * the joint subject of an act with no object ("the two prime ministers strolled through the gardens", "the
 * presidents lunched at the embassy"), or one as subject and the other in its "with" phrase ("the chancellor
 * breakfasted with the king"). Whatever the verb, leaders of two states doing something together in one place
 * is a meeting (PLOVER CONSULT, CAMEO 040). The shape is kept narrow: both sides have the government sector,
 * the verb takes no object or clause, is no verb of saying, is not negated and is no trigger of its own. One
 * of the seams of {@link SentenceCoder}.
 */
final class ReciprocalMeeting extends ShapeRule {
    ReciprocalMeeting(Lexicon lexicon, ArgumentFinder args) {
        super(lexicon, args);
    }

    private static final Pattern TOGETHER = new Pattern(CONSULT, "040", 'V', List.of(Set.of("@together")), 0, null, 0.5,
            false, Set.of(), "rule: leaders of two states as the joint subject of one act (ReciprocalMeeting)");

    @Override
    List<Candidate> find(SentenceView g, ActorResolver.Scope s, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!g.isVerb(v) || !intransitive(g, v) || lexicon.cue(g, "speech", v) || negated(g, v)) continue;
            final int verb = v;
            if (cands.stream().anyMatch(c -> c.head == verb || c.clause == verb || c.match.tokens().contains(verb))) continue;
            List<EventActor> sides = new ArrayList<>(args.firstResolved(s, List.of(ArgumentFinder.subjects(g, v)), Set.of()));
            if (sides.isEmpty()) continue;
            for (int w : g.childrenRel(v, "obl:with")) sides.addAll(args.firstResolved(s, List.of(List.of(w)), Set.of()));
            List<EventActor> distinct = new ArrayList<>();
            boolean government = true;
            for (EventActor a : sides) {
                if (a.country() == null) continue;
                if (!"GOV".equals(a.sector())) government = false;
                if (distinct.stream().noneMatch(x -> a.country().equals(x.country()))) distinct.add(a);
            }
            if (distinct.size() < 2 || !government) continue;
            Candidate r = new Candidate(new TriggerMatcher.Match(TOGETHER, v, List.of(v)));
            r.source = new ArrayList<>(List.of(distinct.get(0)));
            r.target = new ArrayList<>(distinct.subList(1, distinct.size()));
            out.add(r);
        }
        return out;
    }

    /** No object, no clause complement, no copula or auxiliary use: the act is the subject's own. */
    private static boolean intransitive(SentenceView g, int v) {
        if (g.lemma(v).equals("be") || g.lemma(v).equals("have") || g.lemma(v).equals("do")) return false;
        Dependency h = g.head(v);
        if (h != null && (SentenceView.matches(h.relation(), "aux") || SentenceView.matches(h.relation(), "cop"))) return false;
        for (Dependency d : g.children(v)) {
            String r = d.relation();
            if (SentenceView.matches(r, "obj") || SentenceView.matches(r, "iobj") || SentenceView.matches(r, "ccomp")
                    || SentenceView.matches(r, "xcomp") || SentenceView.matches(r, "nsubj:pass") || SentenceView.matches(r, "csubj")) return false;
        }
        return true;
    }

    private boolean negated(SentenceView g, int t) {
        for (Dependency d : g.children(t)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg")) && lexicon.isCue("negator", g.lemma(d.dependent()))) return true;
        }
        return false;
    }
}
