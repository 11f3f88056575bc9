package org.parley.events.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.events.ArgumentKind;
import org.parley.events.EventType;
import org.parley.knowledge.TsvLoader;

/**
 * Decides a trigger's sense by the kind of its arguments (argument-kinds.tsv, format in its header): an attack on
 * a policy is criticism, fighting corruption or executing a decision is no force, missiles that "slam into" a
 * town do not speak, meeting a deadline is no meeting. Noun kinds come from noun-kinds.tsv, generated from WordNet
 * 3.1 at development time (no WordNet at run time: docs/decisions.md). One of the seams of {@link SentenceCoder}.
 */
final class ArgumentKinds {
    static final ArgumentKinds BUILT_IN = load("/org/parley/events/argument-kinds.tsv", "/org/parley/events/noun-kinds.tsv");

    enum Role { SUBJECT, OBJECT }

    /** What a matching rule does. */
    enum Action { DROP, RETYPE }

    /**
     * One row: {@code types} empty = any type, {@code lemmas} empty = any lemma; {@code firstSense}: the test reads
     * the noun's most frequent sense only (else every sense).
     */
    record Rule(Action action, Set<EventType> types, Set<String> lemmas, Role role, Set<ArgumentKind> kinds, boolean firstSense,
                EventType newType, String newCameo) {}

    /** Prepositions that introduce a trigger's object (argument-words.tsv classes verb_object_prep, noun_object_prep). */
    private static final Set<String> VERB_OBJECT_PREPS = ArgumentWords.BUILT_IN.verbObjectPreps();
    private static final Set<String> NOUN_OBJECT_PREPS = ArgumentWords.BUILT_IN.nounObjectPreps();

    private final List<Rule> rules = new ArrayList<>();
    /** Noun lemma -> the kinds of its senses, the most frequent sense's first. */
    private final Map<String, List<ArgumentKind>> nouns = new HashMap<>();

    private ArgumentKinds() {}

    static ArgumentKinds load(String rulesResource, String nounsResource) {
        ArgumentKinds k = new ArgumentKinds();
        for (TsvLoader.Row r : TsvLoader.resource(rulesResource)) {
            Action a = switch (r.cell(0)) {
                case "drop" -> Action.DROP;
                case "retype" -> Action.RETYPE;
                default -> throw new IllegalArgumentException(r.where() + ": unknown kind " + r.cell(0));
            };
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            if (!r.cell(1).equals("*")) {
                for (String t : r.cell(1).split(",")) {
                    types.add(EventType.parse(t).orElseThrow(() -> new IllegalArgumentException(r.where() + ": unknown type " + t)));
                }
            }
            Set<String> lemmas = r.cell(2).equals("*") ? Set.of() : Set.of(r.cell(2).toLowerCase(Locale.ROOT).split("\\|"));
            Role role = Role.valueOf(r.cell(3).toUpperCase(Locale.ROOT));
            Set<ArgumentKind> kinds = EnumSet.noneOf(ArgumentKind.class);
            String kindCell = r.cell(4);
            boolean first = kindCell.startsWith("first:");
            if (first) kindCell = kindCell.substring("first:".length());
            for (String x : kindCell.split(",")) kinds.add(ArgumentKind.valueOf(x.trim().toUpperCase(Locale.ROOT)));
            EventType newType = null;
            String newCameo = null;
            if (a == Action.RETYPE) {
                newType = EventType.parse(r.cell(5)).orElseThrow(() -> new IllegalArgumentException(r.where() + ": unknown type"));
                newCameo = r.cell(6);
            }
            k.rules.add(new Rule(a, types, lemmas, role, kinds, first, newType, newCameo));
        }
        for (TsvLoader.Row r : TsvLoader.resource(nounsResource)) {
            List<ArgumentKind> kinds = new ArrayList<>();
            for (String x : r.cell(1).split(",")) kinds.add(ArgumentKind.valueOf(x));
            k.nouns.put(r.cell(0), List.copyOf(kinds));
        }
        return k;
    }

    /** The kinds of common noun {@code lemma}'s senses, the most frequent first; empty when unknown. */
    List<ArgumentKind> kinds(String lemma) { return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()); }

    /**
     * Applies the first matching rule to candidate {@code c}: returns true when the candidate is another sense and
     * must be dropped; a retype rule changes its type and CAMEO code in place and returns false.
     */
    boolean apply(SentenceView g, Candidate c, Lexicon lexicon) {
        String lemma = g.lemma(c.head);
        for (Rule r : rules) {
            if (!r.types().isEmpty() && !r.types().contains(c.type)) continue;
            if (!r.lemmas().isEmpty() && !r.lemmas().contains(lemma)) continue;
            List<Integer> heads = heads(g, c, r.role());
            if (heads.isEmpty()) continue;
            boolean all = true;
            for (int h : heads) if (!onlyOf(g, h, r, c.type, lexicon)) { all = false; break; }
            if (!all) continue;
            if (r.action() == Action.DROP) return true;
            c.type = r.newType();
            c.cameo = r.newCameo();
            c.mode = null;
            return false;
        }
        return false;
    }

    /**
     * Whether token {@code t} is a common noun, not an entity, of the rule's kinds: every sense of one of them, or
     * (first-sense rules) its most frequent sense of one of them and no sense an actor, a place or too general to
     * tell ("force" can be a military force).
     */
    private boolean onlyOf(SentenceView g, int t, Rule r, EventType type, Lexicon lexicon) {
        String pos = g.token(t).pos();
        if (!pos.equals("NN") && !pos.equals("NNS")) return false;
        String ner = g.token(t).ner();
        if (ner != null && !ner.isEmpty() && !ner.equals("O")) return false;
        // "fought a war": a noun that is a trigger word of the same type keeps the event
        for (Pattern p : lexicon.patternsForHead(g.lemma(t))) if (p.type() == type) return false;
        List<ArgumentKind> k = kinds(g.lemma(t));
        if (k.isEmpty()) return false;
        if (!r.firstSense()) return r.kinds().containsAll(k);
        if (!r.kinds().contains(k.get(0))) return false;
        for (ArgumentKind x : k) if (x == ArgumentKind.AGENT || x == ArgumentKind.PLACE || x == ArgumentKind.GENERAL) return false;
        return true;
    }

    /** The head tokens of the trigger's subject or object, with their conjuncts. */
    static List<Integer> heads(SentenceView g, Candidate c, Role role) {
        int h = c.head;
        boolean noun = g.isNoun(h);
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(h)) {
            String rel = d.relation();
            String prep = SentenceView.prep(rel);
            boolean take;
            if (role == Role.SUBJECT) {
                take = noun ? rel.equals("nmod:poss") || rel.equals("nmod:by") || rel.equals("nmod:agent")
                        : rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("obl:by");
            } else {
                take = noun ? SentenceView.matches(rel, "nmod") && NOUN_OBJECT_PREPS.contains(prep)
                        : rel.equals("obj") || (SentenceView.matches(rel, "obl") && VERB_OBJECT_PREPS.contains(prep));
            }
            if (take) out.add(d.dependent());
        }
        // what a passive or a participle acts on: "documents were released", "documents released in March"
        if (role == Role.OBJECT && !noun) {
            for (Dependency d : g.children(h)) if (d.relation().equals("nsubj:pass")) out.add(d.dependent());
            Dependency up = g.head(h);
            if (up != null && up.relation().equals("acl") && g.isNoun(up.governor()) && g.token(h).pos().equals("VBN")) out.add(up.governor());
        }
        // a nominal trigger under a light verb ("held talks"): the verb's subject
        if (role == Role.SUBJECT && noun && out.isEmpty() && c.clause != h) {
            for (Dependency d : g.children(c.clause)) if (d.relation().equals("nsubj")) out.add(d.dependent());
        }
        List<Integer> withConjuncts = new ArrayList<>();
        for (int t : out) {
            withConjuncts.add(t);
            for (int x : g.conjuncts(t)) if (!withConjuncts.contains(x)) withConjuncts.add(x);
        }
        return withConjuncts;
    }
}
