package org.parley.events.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.events.ArgumentKind;
import org.parley.events.EventType;
import org.parley.knowledge.TsvLoader;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;

/**
 * The class-frame fallback for predicates outside the lexicon: a verb that is no trigger is given a PLOVER type by
 * its WordNet verb class (the lexicographer file of its most frequent sense: verb.contact, verb.motion, ...), the
 * kind of its subject, the kind of its object or prepositional argument and the direction of a motion
 * (class-frames.tsv, with the words of class-frame-words.tsv generated from WordNet by `parley lexicon
 * class-frames`). "Warplanes pounded positions": verb.contact, an armed subject, a place: ASSAULT. Used only for a
 * sentence where no trigger gave a candidate; its candidates then go through argument finding, modality and the
 * checks of every other candidate, and carry method CLASS_FRAME with the frame's lower reliability.
 */
public final class ClassFrames extends ShapeRule {
    /** Kinds of argument a frame asks for (class-frames.tsv). */
    enum Kind { ARMED, WEAPON, POLICE, CROWD, AID, LEADER, ACTOR, PLACE }

    enum Direction { TOWARD, AWAY, ANY }

    record Frame(Set<String> classes, Set<Kind> subject, Set<Kind> argument, boolean withOnly, Direction direction,
                 Pattern pattern) {}

    /** The built-in table and words. */
    public static final Words WORDS = Words.load("/org/parley/events/class-frames.tsv", "/org/parley/events/class-frame-words.tsv");

    private static final Set<String> TOWARD_PREPS = Set.of("to", "into", "toward", "towards", "onto");
    private static final Set<String> AWAY_PREPS = Set.of("from", "out_of", "out");
    private static final Set<String> AWAY_PARTICLES = Set.of("out", "away", "back");
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

    private final Words words;

    ClassFrames(Lexicon lexicon, ArgumentFinder args) { this(lexicon, args, WORDS); }

    ClassFrames(Lexicon lexicon, ArgumentFinder args, Words words) {
        super(lexicon, args);
        this.words = words;
    }

    /** The frames, the verbs' classes and directions, and the nouns' kinds, as loaded. */
    public static final class Words {
        final List<Frame> frames = new ArrayList<>();
        /** class -> excluded lemmas */
        final Map<String, Set<String>> excluded = new HashMap<>();
        final Map<String, String> verbClass = new HashMap<>();
        final Map<String, Direction> verbDirection = new HashMap<>();
        final Map<String, Set<Kind>> nounKinds = new HashMap<>();

        static Words load(String framesResource, String wordsResource) {
            Words w = new Words();
            for (TsvLoader.Row r : TsvLoader.resource(framesResource)) {
                Set<String> classes = Set.of(r.cell(1).split(","));
                switch (r.cell(0)) {
                    case "frame" -> {
                        EventType type = EventType.parse(r.cell(5)).orElseThrow(() -> new IllegalArgumentException(r.where() + ": unknown type " + r.cell(5)));
                        String arg = r.cell(3);
                        boolean withOnly = arg.startsWith("with:");
                        if (withOnly) arg = arg.substring("with:".length());
                        Direction dir = r.cell(4).equals("*") ? Direction.ANY : Direction.valueOf(r.cell(4));
                        Pattern p = new Pattern(type, r.cell(6), 'V', List.of(Set.of("@frame")), 0, null, Double.parseDouble(r.cell(7)),
                                false, Set.of(), "class frame " + r.where() + ": " + r.cellOr(8, ""));
                        w.frames.add(new Frame(classes, kinds(r.cell(2)), kinds(arg), withOnly, dir, p));
                    }
                    case "exclude" -> {
                        for (String c : classes) w.excluded.computeIfAbsent(c, k -> new HashSet<>()).addAll(List.of(r.cell(2).split("\\|")));
                    }
                    default -> throw new IllegalArgumentException(r.where() + ": unknown kind of row " + r.cell(0));
                }
            }
            for (TsvLoader.Row r : TsvLoader.resource(wordsResource)) {
                if (r.cell(0).equals("v")) {
                    w.verbClass.put(r.cell(1), r.cell(2));
                    if (!r.cell(3).equals("-")) w.verbDirection.put(r.cell(1), Direction.valueOf(r.cell(3)));
                } else {
                    w.nounKinds.put(r.cell(1), kinds(r.cell(2)));
                }
            }
            return w;
        }

        private static Set<Kind> kinds(String cell) {
            if (cell.equals("*")) return Set.of();
            Set<Kind> out = EnumSet.noneOf(Kind.class);
            for (String k : cell.split(",")) out.add(Kind.valueOf(k.trim().toUpperCase(Locale.ROOT)));
            return out;
        }

        /** The verb's class when some frame reads that class and the verb is not excluded from it, else null. */
        String framedClass(String lemma) {
            String c = verbClass.get(lemma);
            if (c == null || excluded.getOrDefault(c, Set.of()).contains(lemma)) return null;
            for (Frame f : frames) if (f.classes().contains(c)) return c;
            return null;
        }

        /**
         * Lemmas of the verbs some frame can read: a sentence holding one of them and an actor mention is worth a
         * parse when class frames are on (the parse gate, see {@link org.parley.events.ClassFrameGate}).
         */
        public Set<String> framedVerbs() {
            Set<String> out = new HashSet<>();
            for (String v : verbClass.keySet()) if (framedClass(v) != null) out.add(v);
            return out;
        }
    }

    @Override
    List<Candidate> find(SentenceView g, ActorResolver.Scope s, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        if (!cands.isEmpty()) return out; // a fallback: only where the lexicon found nothing
        for (int v = 0; v < g.size(); v++) {
            if (!g.isVerb(v)) continue;
            String rel = g.head(v) == null ? "root" : g.head(v).relation();
            if (rel.equals("aux") || rel.startsWith("aux:") || rel.equals("cop") || rel.equals("amod")) continue;
            String cls = words.framedClass(g.lemma(v));
            if (cls == null) continue;
            Set<Kind> subject = kindsOf(g, s, subjects(g, v));
            Direction dir = direction(g, v);
            for (Frame f : words.frames) {
                if (!f.classes().contains(cls)) continue;
                if (!f.subject().isEmpty() && disjoint(f.subject(), subject)) continue;
                if (!f.argument().isEmpty() && disjoint(f.argument(), kindsOf(g, s, arguments(g, v, f.withOnly())))) continue;
                if (f.direction() != Direction.ANY && f.direction() != dir) continue;
                Candidate c = new Candidate(new TriggerMatcher.Match(f.pattern(), v, List.of(v)));
                c.method = Event.Method.CLASS_FRAME;
                out.add(c);
                break;
            }
        }
        return out;
    }

    private static boolean disjoint(Set<Kind> a, Set<Kind> b) {
        for (Kind k : a) if (b.contains(k)) return false;
        return true;
    }

    /** Subjects, passive subjects included ("troops were rushed to the border": the troops move). */
    private static List<Integer> subjects(SentenceView g, int v) {
        List<Integer> out = new ArrayList<>(ArgumentFinder.subjects(g, v));
        out.addAll(g.childrenExact(v, "nsubj:pass"));
        return out;
    }

    /** The object and the prepositional arguments of the verb (only with-phrases when {@code withOnly}). */
    private static List<Integer> arguments(SentenceView g, int v, boolean withOnly) {
        List<Integer> out = new ArrayList<>();
        if (!withOnly) out.addAll(ArgumentFinder.objects(g, v));
        for (Dependency d : g.children(v)) {
            String r = d.relation();
            if (!(SentenceView.matches(r, "obl") || SentenceView.matches(r, "nmod"))) continue;
            String prep = SentenceView.prep(r);
            if (prep.isEmpty() || prep.equals("agent") || withOnly && !prep.equals("with")) continue;
            out.add(d.dependent());
        }
        return out;
    }

    /** TOWARD or AWAY by a phrase, a particle or the verb itself (class-frame-words.tsv); else ANY. */
    private Direction direction(SentenceView g, int v) {
        for (Dependency d : g.children(v)) {
            String r = d.relation();
            if (SentenceView.matches(r, "obl") || SentenceView.matches(r, "nmod")) {
                String prep = SentenceView.prep(r);
                if (TOWARD_PREPS.contains(prep)) return Direction.TOWARD;
                if (AWAY_PREPS.contains(prep)) return Direction.AWAY;
            }
            if (r.equals("compound:prt") && AWAY_PARTICLES.contains(g.lower(d.dependent()))) return Direction.AWAY;
        }
        return words.verbDirection.getOrDefault(g.lemma(v), Direction.ANY);
    }

    /** The kinds of the phrases headed by {@code heads}: by their head noun, their actor's sector, a place. */
    private Set<Kind> kindsOf(SentenceView g, ActorResolver.Scope s, List<Integer> heads) {
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        List<Integer> all = new ArrayList<>(heads);
        for (int h : heads) all.addAll(g.conjuncts(h));
        for (int h : new LinkedHashSet<>(all)) {
            out.addAll(words.nounKinds.getOrDefault(g.lemma(h), Set.of()));
            String ner = g.token(h).ner();
            if (ner != null && PLACE_NER.contains(ner)) out.add(Kind.PLACE);
            List<ArgumentKind> nk = ArgumentKinds.BUILT_IN.kinds(g.lemma(h));
            if (!nk.isEmpty() && nk.get(0) == ArgumentKind.PLACE && !g.token(h).pos().startsWith("NNP")) out.add(Kind.PLACE);
            for (EventActor a : args.firstResolved(s, List.of(List.of(h)), Set.of())) {
                if (a.country() != null || a.entity() != null) out.add(Kind.ACTOR);
                String sector = a.sector() == null ? "" : a.sector();
                if (sector.contains("MIL") || sector.contains("REB")) out.add(Kind.ARMED);
                if (sector.contains("COP")) out.add(Kind.POLICE);
                if (sector.contains("GOV") || sector.contains("ELI")) out.add(Kind.LEADER);
            }
        }
        return out;
    }
}
