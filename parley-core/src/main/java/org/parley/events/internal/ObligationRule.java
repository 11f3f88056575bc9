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
 * The obligation rule: "Russia said Sudan must return the helicopter" is a REQUEST from the speaker to the
 * actor who must act. One of the seams of {@link SentenceCoder}.
 */
final class ObligationRule {
    private final Lexicon lexicon;
    private final ArgumentFinder args;

    ObligationRule(Lexicon lexicon, ArgumentFinder args) {
        this.lexicon = lexicon;
        this.args = args;
    }

    private static final Pattern MUST = new Pattern(REQUEST, "020", 'V', List.of(Set.of("must", "should")), 0, null, 0.6,
            false, Set.of(), "rule: X said Y must/should do Z");

    /**
     * "Russia said Sudan must return the helicopter": a statement that another actor must act is a
     * REQUEST from the speaker to that actor (PLOVER's DEMAND); the act demanded has not happened.
     */
    List<Candidate> obligations(SentenceView g, ActorResolver.Scope s, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!lexicon.isCue("speech", g.lemma(v)) && !g.lemma(v).equals("conclude")) continue;
            for (int x : g.childrenRel(v, "ccomp")) {
                int must = -1;
                for (int a : g.childrenRel(x, "aux")) if (MUST.words().get(0).contains(g.lemma(a))) must = a;
                if (must < 0) continue;
                List<EventActor> speaker = args.firstResolved(s, List.of(ArgumentFinder.subjects(g, v), ArgumentFinder.agents(g, v)), Set.of());
                List<EventActor> addressee = args.firstResolved(s, List.of(g.childrenRel(x, "nsubj")), Set.of());
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

}
