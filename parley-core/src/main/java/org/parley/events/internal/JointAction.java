package org.parley.events.internal;

import static org.parley.events.EventType.COOPERATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Event.EventActor;

/**
 * Cooperation told by the shape of the clause rather than by its verb: parties of two or more countries as the
 * subject of one act done jointly ("Thai and Malaysian police jointly raided a smuggling ring", "the two navies
 * searched the strait together") or of a verb of joint doing by its prefix ("co-host", "co-produce",
 * "co-finance"). Any such act between two states is PLOVER's COOPERATE (CAMEO 060), whatever the act; the
 * manner adverbs are cue class {@code joint}. Verbs that are triggers of their own are left to the lexicon
 * (a joint attack is an ASSAULT by both). One of the seams of {@link SentenceCoder}.
 */
final class JointAction extends ShapeRule {
    JointAction(Lexicon lexicon, ArgumentFinder args) {
        super(lexicon, args);
    }

    private static final Pattern JOINT = new Pattern(COOPERATE, "060", 'V', List.of(Set.of("@joint")), 0, null, 0.55,
            false, Set.of(), "rule: parties of two countries act jointly (JointAction)");

    @Override
    List<Candidate> find(SentenceView g, ActorResolver.Scope s, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!g.isVerb(v) || !jointly(g, v)) continue;
            final int verb = v;
            if (cands.stream().anyMatch(c -> c.head == verb || c.clause == verb || c.match.tokens().contains(verb))) continue;
            List<EventActor> parties = args.firstResolved(s, List.of(ArgumentFinder.subjects(g, v)), Set.of());
            List<EventActor> distinct = new ArrayList<>();
            for (EventActor a : parties) {
                if (a.country() != null && distinct.stream().noneMatch(x -> a.country().equals(x.country()))) distinct.add(a);
            }
            if (distinct.size() < 2) continue;
            Candidate r = new Candidate(new TriggerMatcher.Match(JOINT, v, List.of(v)));
            r.source = new ArrayList<>(List.of(distinct.get(0)));
            r.target = new ArrayList<>(distinct.subList(1, distinct.size()));
            out.add(r);
        }
        return out;
    }

    /** The verb is done jointly: a manner adverb of cue class {@code joint}, or the prefix "co-" of joint doing. */
    private boolean jointly(SentenceView g, int v) {
        if (g.lower(v).startsWith("co-") && g.lower(v).length() > 5) return true;
        for (int a : g.childrenRel(v, "advmod")) if (lexicon.cue(g, "joint", a)) return true;
        return false;
    }
}
