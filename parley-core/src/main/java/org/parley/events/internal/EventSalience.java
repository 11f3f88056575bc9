package org.parley.events.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.DependencyGraph;
import org.parley.knowledge.TsvLoader;
import org.parley.model.Event.Salience;

/**
 * Decides which events of a sentence are its MAIN report and which it names as BACKGROUND (setting, cause,
 * sequel, content of another event), by structure only: the edges of {@code salience.tsv} on the way from the
 * trigger to the root. The least embedded events of the sentence are MAIN. Stateless after loading.
 */
final class EventSalience {
    static final EventSalience BUILT_IN = load("/org/parley/events/salience.tsv");

    private final Set<String> clauses = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();
    private final Set<String> adjuncts = new HashSet<>();
    private final Set<String> arguments = new HashSet<>();

    private EventSalience() {}

    static EventSalience load(String resource) {
        EventSalience s = new EventSalience();
        for (TsvLoader.Row r : TsvLoader.resource(resource)) {
            String v = r.cell(1).toLowerCase(Locale.ROOT);
            switch (r.cell(0)) {
                case "clause" -> s.clauses.add(v);
                case "modifier" -> s.modifiers.add(v);
                case "adjunct" -> s.adjuncts.add(v);
                case "argument" -> s.arguments.add(v);
                default -> throw new IllegalArgumentException(r.where() + ": unknown kind " + r.cell(0));
            }
        }
        return s;
    }

    /** The salience of each candidate, in order: MAIN for those of least depth. */
    Salience[] assign(SentenceView g, List<Candidate> cands) {
        int[] depth = new int[cands.size()];
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < cands.size(); i++) {
            depth[i] = depth(g, cands.get(i), cands);
            min = Math.min(min, depth[i]);
        }
        Salience[] out = new Salience[cands.size()];
        for (int i = 0; i < cands.size(); i++) out[i] = depth[i] == min ? Salience.MAIN : Salience.BACKGROUND;
        return out;
    }

    /** How many backgrounding edges lie between the trigger and the root. */
    int depth(SentenceView g, Candidate c, List<Candidate> all) {
        Set<Integer> own = new HashSet<>(c.match.tokens());
        Set<Integer> seen = new HashSet<>();
        int depth = 0;
        int t = c.head;
        while (seen.add(t)) {
            Dependency d = g.head(t);
            if (d == null || d.governor() < 0) break;
            if (!own.contains(d.governor()) && backgrounds(g, d, c, all)) depth++;
            t = d.governor();
        }
        return depth;
    }

    private boolean backgrounds(SentenceView g, Dependency d, Candidate self, List<Candidate> all) {
        String rel = d.relation().toLowerCase(Locale.ROOT);
        String base = DependencyGraph.base(rel);
        if (clauses.contains(base)) return true;
        if (modifiers.contains(base) && g.isNoun(d.governor())) return true;
        if (base.equals("obl") && adjuncts.contains(SentenceView.prep(rel))) return true;
        if (arguments.contains(base) || arguments.contains(rel)) {
            for (Candidate o : all) if (o != self && o.match.tokens().contains(d.governor())) return true;
        }
        return false;
    }
}
