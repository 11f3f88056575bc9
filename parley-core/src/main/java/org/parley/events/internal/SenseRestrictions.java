package org.parley.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.events.EventType;
import org.parley.knowledge.TsvLoader;

/**
 * The runtime sense restrictions of {@code sense-restrictions.tsv} (format in its header): idioms read from a
 * trigger's dependents, particles that must be particles, the consequence nouns that make a warning a threat,
 * and the verbs of undoing that make a promise no offer to cooperate. Data for {@link SenseRules}.
 */
final class SenseRestrictions {
    record Idiom(EventType type, String lemma, String relation, String word) {}

    record Particle(EventType type, String lemma, String word) {}

    static final SenseRestrictions BUILT_IN = load("/org/parley/events/sense-restrictions.tsv");

    private final List<Idiom> idioms = new ArrayList<>();
    private final List<Particle> particles = new ArrayList<>();
    private final Set<String> consequences = new HashSet<>();
    private final Set<String> undo = new HashSet<>();
    private final Set<String> outsiders = new HashSet<>();
    private final Set<String> terms = new HashSet<>();
    private final java.util.Set<String> electorate = new java.util.HashSet<>();
    private final java.util.Set<String> shares = new java.util.HashSet<>();

    private SenseRestrictions() {}

    static SenseRestrictions load(String resource) {
        SenseRestrictions s = new SenseRestrictions();
        for (TsvLoader.Row r : TsvLoader.resource(resource)) {
            switch (r.cell(0)) {
                case "idiom" -> s.idioms.add(new Idiom(EventType.valueOf(r.cell(1)), lower(r.cell(2)), r.cell(3), lower(r.cell(4))));
                case "particle" -> s.particles.add(new Particle(EventType.valueOf(r.cell(1)), lower(r.cell(2)), lower(r.cell(3))));
                case "consequence" -> s.consequences.add(lower(r.cell(1)));
                case "undo" -> s.undo.add(lower(r.cell(1)));
                case "outsider" -> s.outsiders.add(lower(r.cell(1)));
                case "term" -> s.terms.add(lower(r.cell(1)));
                case "electorate" -> s.electorate.add(lower(r.cell(1)));
                case "share" -> s.shares.add(lower(r.cell(1)));
                default -> throw new IllegalArgumentException(r.where() + ": unknown kind " + r.cell(0));
            }
        }
        return s;
    }

    /** Whether trigger head {@code h} of type {@code type} is one of the listed idioms. */
    boolean idiom(SentenceView g, EventType type, int h) {
        for (Idiom i : idioms) {
            if (i.type() != type || !i.lemma().equals(g.lemma(h))) continue;
            for (Dependency d : g.children(h)) {
                if (SentenceView.matches(d.relation(), i.relation())
                        && (i.word().equals(g.lemma(d.dependent())) || i.word().equals(g.lower(d.dependent())))) return true;
            }
        }
        return false;
    }

    /**
     * Whether a phrasal trigger on verb {@code h} whose matched tokens are {@code tokens} uses a listed particle
     * as the preposition of a noun instead ("gave in Cairo": "in" is the case marker of "Cairo").
     */
    boolean prepositionNotParticle(SentenceView g, EventType type, int h, List<Integer> tokens) {
        for (Particle p : particles) {
            if (p.type() != type || !p.lemma().equals(g.lemma(h))) continue;
            for (int t : tokens) {
                if (t == h || !g.lower(t).equals(p.word())) continue;
                Dependency d = g.head(t);
                if (d != null && d.relation().equals("case") && d.governor() != h) return true;
            }
        }
        return false;
    }

    /** A noun or verb of what a warning holds over someone ("warned of consequences"). */
    boolean consequence(String lemmaOrWord) { return consequences.contains(lemmaOrWord); }

    /** A verb of ending, undoing or fighting ("pledged to repeal the law"). */
    boolean undo(String lemma) { return undo.contains(lemma); }

    /** A noun for a party outside one's own body ("allies", "counterpart"). */
    boolean outsider(String word) { return outsiders.contains(word) || ArgumentWords.BUILT_IN.counterpart(word); }

    /** A noun of people who prefer as voters do ("supporters", "caucusgoers"): their support is an opinion. */
    boolean electorate(String lemma) { return electorate.contains(lemma); }

    /** A word for a share of a population ("majority", "most", "those"): whose of-phrase says of whom. */
    boolean share(String lemma) { return shares.contains(lemma); }

    /** A verb of ending a term of office ("leave office", "retire"): no concession when told plainly. */
    boolean term(String lemma) { return terms.contains(lemma); }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
