package org.parley.events.internal;

import static org.parley.events.EventType.THREATEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.annotate.Dependency;

/**
 * A forceful act stated as the actor's own will under a condition is a threat made now, not a hypothetical act:
 * "the army will strike back if the border is crossed", "it would impose sanctions if the vote goes ahead",
 * "vowed to retaliate if attacked". PLOVER codes such statements THREATEN; {@link Modality} marks the act
 * hypothetical (its condition), so it would never count. Here the condition, the committing auxiliary or verb
 * and the negation are read on the act's clause or, for the second verb of a coordination ("will take
 * countermeasures and fight back"), on the first verb, which carries them for both. The target is the
 * condition's subject when the act has none. One of the seams of {@link SentenceCoder}.
 */
final class ConditionalThreat {
    private final Lexicon lexicon;
    private final ArgumentFinder args;

    ConditionalThreat(Lexicon lexicon, ArgumentFinder args) {
        this.lexicon = lexicon;
        this.args = args;
    }

    void threats(SentenceView g, ActorResolver.Scope s, List<Candidate> cands) {
        for (Candidate c : cands) {
            // a noun trigger counts in the clause of its light verb ("will launch an offensive if"), not alone
            if (c.dropped || c.negated || !(lexicon.forceful(c.type) || c.type == THREATEN) || c.match.pattern().pos() == 'N' && c.clause == c.head) continue;
            List<Integer> clauses = new ArrayList<>(List.of(c.clause));
            Dependency up = g.head(c.clause);
            if (up != null && SentenceView.matches(up.relation(), "conj")) clauses.add(up.governor());
            int condition = -1;
            boolean committed = false, negated = false;
            for (int k : clauses) {
                negated |= negated(g, k);
                for (int a : g.childrenRel(k, "advcl")) {
                    if (g.childrenRel(a, "mark").stream().anyMatch(m -> lexicon.isCue("condition", g.lemma(m)) && !g.lemma(m).equals("whether"))) condition = a;
                }
                for (int a : g.childrenRel(k, "aux")) if (lexicon.isCue("modal_commit", g.lemma(a)) || g.lemma(a).equals("would")) committed = true;
                Dependency h = g.head(k);
                if (h != null && SentenceView.matches(h.relation(), "xcomp") && lexicon.cue(g, "vow", h.governor())) committed = true;
            }
            if (condition < 0 || !committed || negated) continue;
            if (c.type != THREATEN) {
                String intent = lexicon.intentCameo(c.type);
                c.type = THREATEN;
                c.cameo = intent != null ? intent : "130";
            }
            c.hypothetical = false;
            if (c.target.isEmpty()) {
                c.target = new ArrayList<>(args.firstResolved(s, List.of(g.childrenExact(condition, "nsubj")), Set.of()));
                c.target.removeIf(t -> c.source.stream().anyMatch(y -> ActorResolver.same(y, t)));
            }
        }
    }

    private boolean negated(SentenceView g, int t) {
        for (Dependency d : g.children(t)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg")) && lexicon.isCue("negator", g.lemma(d.dependent()))) return true;
        }
        return false;
    }
}
