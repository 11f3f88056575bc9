package org.parley.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.entities.ArticleEntity;
import org.parley.model.EntityType;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;

/**
 * The antecedent of a third-person pronoun argument ("he", "his", "they", "its"), read from what the article
 * already has (its entities, named mentions linked within the article, and the sentence's parse), not from a
 * coreference system of its own. Only when one antecedent is clear, in this order:
 * <ol>
 *   <li>the subject, before the pronoun, of a clause the pronoun's clause is embedded in, when it names an
 *       actor of the pronoun's kind ("X said he would...", "X hopes his endorsement...", "the rebels said they
 *       would...");</li>
 *   <li>else the one entity of the pronoun's kind named earlier in the sentence (for an object pronoun its own
 *       clause's subject set aside: in "X attacked him" him is not X); two such entities are ambiguous;</li>
 *   <li>else, for a singular pronoun, the subject of the previous sentence when it is an entity of the kind, or
 *       the one entity of the kind that sentence names (one sentence further back when it names none).</li>
 * </ol>
 * Otherwise nothing: a wrong actor is worse than a missing one. The kind: he/she a person; it a state or an
 * organisation, by the first step only ("it" names a thing as often); they a group, an organisation or conjoined
 * actors, in the same sentence only.
 */
final class Antecedents {
    private static final Set<EntityType> PERSON = Set.of(EntityType.PERSON);
    private static final Set<EntityType> BODY = Set.of(EntityType.ORGANIZATION, EntityType.COUNTRY);
    private static final Set<EntityType> GROUP = Set.of(EntityType.ORGANIZATION);

    private final ActorResolver resolver;

    Antecedents(ActorResolver resolver) { this.resolver = resolver; }

    /** Set while a pronoun is being resolved on this thread: a pronoun inside its antecedent's phrase is not followed. */
    private static final ThreadLocal<boolean[]> BUSY = ThreadLocal.withInitial(() -> new boolean[1]);

    /** The actors pronoun token {@code t} stands for; empty when no antecedent is clear or it has no code. */
    List<EventActor> resolve(ActorResolver.Scope s, int t, ArgumentWords.Pronoun p) {
        boolean[] busy = BUSY.get();
        if (busy[0]) return List.of(); // "their leaders said they...": no pronoun chains
        busy[0] = true;
        try {
            return find(s, t, p);
        } finally {
            busy[0] = false;
        }
    }

    private List<EventActor> find(ActorResolver.Scope s, int t, ArgumentWords.Pronoun p) {
        return find(s, t, p, 0);
    }

    /** {@code hops}: how many sentences back a chain of subject pronouns has already been followed. */
    private List<EventActor> find(ActorResolver.Scope s, int t, ArgumentWords.Pronoun p, int hops) {
        SentenceView g = s.graph();
        // inside a direct quotation a third person is not the one quoted ("'If he killed reporters...', Trump said"):
        // only a name inside the same quotation can be the antecedent
        int[] quote = quotation(g, t);
        boolean plural = p.number() == ArgumentWords.Number.PLURAL;
        Set<EntityType> kinds = p.person() ? PERSON : plural ? GROUP : BODY;
        int ownVerb = clauseVerb(g, t);
        boolean object = ownVerb >= 0 && isObjectOf(g, t, ownVerb);
        // 1. the subject of an embedding clause, nearest first
        int steps = 0;
        for (int v = ownVerb, prev = -1; v >= 0 && steps < 8; prev = v, v = up(g, v), steps++) {
            if (prev >= 0 && requestBoundary(g, prev, v)) break;
            if (v == ownVerb && object) continue;
            for (int subj : ArgumentFinder.subjects(g, v)) {
                if (subj >= t || subj == t || g.isPronoun(subj) || quote != null && (subj < quote[0] || subj > quote[1])) continue;
                ArticleEntity e = entityAt(s, subj);
                if (e != null) {
                    if (kinds.contains(e.type())) return coded(s, e);
                    continue;
                }
                if (agrees(g, subj, p)) {
                    List<EventActor> named = resolver.resolve(s, subj);
                    if (!named.isEmpty()) return named;
                }
            }
        }
        // "it" stands for a thing as often as for a state ("the invitation ... it accepted"): only a subject above names it
        if (p.gender() == ArgumentWords.Gender.NEUTER) return List.of();
        // 2. the one entity of the kind named earlier in the sentence
        Set<ArticleEntity> before = new LinkedHashSet<>();
        ArticleEntity ownSubject = null;
        if (object) for (int subj : ArgumentFinder.subjects(g, ownVerb)) if (ownSubject == null) ownSubject = entityAt(s, subj);
        collect(s, kinds, quote != null ? g.token(quote[0]).start() : g.sentence().start(), g.token(t).start(), before);
        if (ownSubject != null) before.remove(ownSubject);
        if (before.size() == 1) return coded(s, before.iterator().next());
        if (!before.isEmpty() || plural || quote != null) return List.of();
        // 3. the previous sentence's subject, or its one entity of the kind
        List<Sentence> all = s.sentences();
        int at = indexOf(all, g.sentence());
        for (int back = 1; back <= 2 && at - back >= 0; back++) {
            Sentence prev = all.get(at - back);
            ArticleEntity subject = subjectEntity(s, prev);
            if (subject != null && kinds.contains(subject.type())) return coded(s, subject);
            if (subject == null && p.person()) {
                List<EventActor> d = describedOrChained(s, prev, p, hops);
                if (!d.isEmpty()) return d;
            }
            Set<ArticleEntity> there = new LinkedHashSet<>();
            collect(s, kinds, prev.start(), prev.end(), there);
            if (there.size() == 1) return coded(s, there.iterator().next());
            if (!there.isEmpty()) return List.of();
        }
        return List.of();
    }

    private static boolean quoteMark(SentenceView g, int i) {
        String w = g.token(i).word();
        return w.equals("\"") || w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d");
    }

    private static boolean opening(SentenceView g, int i) {
        String w = g.token(i).word();
        return w.equals("``") || w.equals("\u201c");
    }

    /**
     * The token range [first, last] of the direct quotation token {@code t} is inside, or null: after an odd number
     * of quotation marks in the sentence, or before a closing mark with none before it (the quotation opened in an
     * earlier sentence).
     */
    private static int[] quotation(SentenceView g, int t) {
        int before = 0, lastOpen = -1;
        for (int i = 0; i < t; i++) if (quoteMark(g, i)) { before++; lastOpen = i; }
        int close = -1;
        for (int i = t + 1; i < g.size() && close < 0; i++) if (quoteMark(g, i)) close = i;
        if (before % 2 == 1) return new int[] {lastOpen, close < 0 ? g.size() - 1 : close};
        if (before == 0 && close >= 0 && !opening(g, close)) return new int[] {0, close};
        return null;
    }

    /** The verb of the clause token {@code t} is in: the nearest verb among its tree ancestors, or -1. */
    private static int clauseVerb(SentenceView g, int t) {
        int cur = up(g, t);
        for (int steps = 0; cur >= 0 && steps < 8; cur = up(g, cur), steps++) if (g.isVerb(cur)) return cur;
        return -1;
    }

    /**
     * Whether clause {@code below}, the complement of {@code v}, is what someone is asked to do ("demanded that they withdraw"): the
     * requester is not the one asked, so no antecedent is looked for above it.
     */
    private boolean requestBoundary(SentenceView g, int below, int v) {
        Dependency d = g.head(below);
        return d != null && d.governor() == v && SentenceView.matches(d.relation(), "ccomp") && resolver.requestVerb(g, v);
    }

    private static int up(SentenceView g, int t) {
        Dependency d = g.head(t);
        return d == null ? -1 : d.governor();
    }

    private static boolean isObjectOf(SentenceView g, int t, int v) {
        Dependency d = g.head(t);
        if (d == null || d.governor() != v) return false;
        String r = d.relation();
        return r.equals("obj") || r.equals("iobj") || SentenceView.matches(r, "obl");
    }

    /** A common-noun subject agrees in number with the pronoun ("the rebels ... they", "the government ... it"). */
    private static boolean agrees(SentenceView g, int subj, ArgumentWords.Pronoun p) {
        boolean plural = g.token(subj).pos().endsWith("S") || !g.conjuncts(subj).isEmpty();
        if (p.number() == ArgumentWords.Number.PLURAL) return plural;
        if (plural) return false;
        // a person pronoun needs a noun for a person ("the senator said he"), a neuter one a body ("the government said it")
        return g.isNoun(subj);
    }

    private static ArticleEntity entityAt(ActorResolver.Scope s, int token) {
        return s.entities().at(s.graph().token(token).start(), s.graph().token(token).end());
    }

    private static void collect(ActorResolver.Scope s, Set<EntityType> kinds, int from, int to, Set<ArticleEntity> out) {
        for (ArticleEntity e : s.entities().entities()) {
            if (!kinds.contains(e.type())) continue;
            for (Span sp : e.spans()) if (sp.start() >= from && sp.end() <= to) { out.add(e); break; }
        }
    }

    /** Sentences back a chain of subject pronouns is followed at most ("He said... . He has waffled... whether he..."). */
    private static final int MAX_HOPS = 2;

    /**
     * The previous sentence's main-clause subject when it is no entity: a person noun that names one actor with a
     * state ("The Russian leader was ... . This time he praised ..."), or a person pronoun of the same gender, whose
     * own antecedent is then looked for from that sentence ("He said ... . He has waffled ..."), at most
     * {@value #MAX_HOPS} sentences back.
     */
    private List<EventActor> describedOrChained(ActorResolver.Scope s, Sentence prev, ArgumentWords.Pronoun p, int hops) {
        if (!prev.parsed() || prev.dependencies().isEmpty()) return List.of();
        SentenceView pg = new SentenceView(prev);
        ActorResolver.Scope ps = new ActorResolver.Scope(pg, s.text(), s.entities(), s.date(), List.of(), s.sentences(),
                s.fromPronouns(), s.viaPossessor());
        for (int r = 0; r < pg.size(); r++) {
            if (!pg.graph().isRoot(r)) continue;
            for (int subj : ArgumentFinder.subjects(pg, r)) {
                if (pg.isPronoun(subj)) {
                    ArgumentWords.Pronoun q = resolver.pronounOf(pg, subj);
                    if (q == null || q.gender() != p.gender() || q.number() != p.number() || hops >= MAX_HOPS) return List.of();
                    return find(ps, subj, q, hops + 1);
                }
                if (!pg.isNoun(subj) || !agrees(pg, subj, p) || !resolver.groupLike(pg, subj) || entityAt(ps, subj) != null) return List.of();
                List<EventActor> named = resolver.resolve(ps, subj);
                if (named.size() == 1 && named.get(0).country() != null) return named;
                return List.of();
            }
        }
        return List.of();
    }

    /** The entity the main clause's subject of {@code prev} names, when it was parsed. */
    private static ArticleEntity subjectEntity(ActorResolver.Scope s, Sentence prev) {
        if (!prev.parsed() || prev.dependencies().isEmpty()) return null;
        SentenceView pg = new SentenceView(prev);
        for (int r = 0; r < pg.size(); r++) {
            if (!pg.graph().isRoot(r)) continue;
            for (int subj : ArgumentFinder.subjects(pg, r)) {
                ArticleEntity e = s.entities().at(pg.token(subj).start(), pg.token(subj).end());
                if (e != null) return e;
            }
        }
        return null;
    }

    private static int indexOf(List<Sentence> all, Sentence s) {
        int i = s.index();
        if (i >= 0 && i < all.size() && all.get(i).start() == s.start()) return i;
        for (int k = 0; k < all.size(); k++) if (all.get(k).start() == s.start()) return k;
        return -1;
    }

    private List<EventActor> coded(ActorResolver.Scope s, ArticleEntity e) {
        if (e.actor() == null || e.actor().isEmpty()) {
            // a person the knowledge base does not know: the article's prevailing state, as when named (ActorResolver)
            String state = e.type() == EntityType.PERSON ? resolver.prevailingState(s.entities()) : null;
            return state == null ? List.of() : new ArrayList<>(List.of(new EventActor(e.localId(), e.name(), state, null)));
        }
        return new ArrayList<>(List.of(new EventActor(e.localId(), e.name(), e.actor().country(), e.actor().sector())));
    }
}
