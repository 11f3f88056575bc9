package org.parley.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.knowledge.TsvLoader;

/**
 * The speech-cue lexicon: verb lemmas and multiword phrases that introduce attributed content, each
 * with a class (speech, cognition, intention, stance, evidence) and the dependency relations of the
 * verb that carry the content. Loaded from {@code org/parley/quotes/cues.tsv} (format in its header)
 * plus user files. Immutable and thread-safe once loaded.
 */
public final class CueLexicon {
    /** One verb cue: its first class (sets confidence) and the relations that carry its content. */
    public record Cue(String lemma, String cueClass, Set<String> relations) {
        public boolean speech() { return "speech".equals(cueClass); }
    }

    /** What the traits column of {@code cues.tsv} says about a cue's arguments. */
    public enum Trait {
        /** Two or more parties (Levin 36.1): without a subject the latest joint speaker speaks. */
        RECIPROCAL,
        /** The object is the hearer or the one quoted ("told reporters"), never content. */
        ADDRESSEE,
        /** The object is the one judged (Levin 33), content together with its for/of reason. */
        JUDGMENT,
        /** A subject-raising verb (appear, seem): its subject belongs to the content, the experiencer speaks. */
        RAISING;

        static Trait of(String cell) {
            return valueOf(cell.trim().toUpperCase(Locale.ROOT));
        }
    }

    private static final String RESOURCE = "/org/parley/quotes/cues.tsv";

    private final Map<String, Cue> verbs;
    private final Map<String, Cue> nouns;
    private final Map<String, Cue> adjectives;
    private final List<List<String>> phrases;
    private final Map<String, Set<Trait>> traits;

    private CueLexicon(Map<String, Cue> verbs, List<List<String>> phrases, Map<String, Set<Trait>> traits) {
        Map<String, Cue> v = new HashMap<>(), n = new HashMap<>(), a = new HashMap<>();
        for (Map.Entry<String, Cue> e : verbs.entrySet()) {
            if (e.getValue().cueClass().equals("noun")) n.put(e.getKey().substring(5), e.getValue());
            else if (e.getValue().cueClass().equals("adjective")) a.put(e.getKey().substring(10), e.getValue());
            else v.put(e.getKey(), e.getValue());
        }
        this.verbs = Map.copyOf(v);
        this.nouns = Map.copyOf(n);
        this.adjectives = Map.copyOf(a);
        this.phrases = List.copyOf(phrases);
        Map<String, Set<Trait>> t = new HashMap<>();
        traits.forEach((lemma, set) -> t.put(lemma, Set.copyOf(set)));
        this.traits = Map.copyOf(t);
    }

    /** The built-in lexicon plus {@code extraFiles} (same format); an unreadable file throws, naming it. */
    public static CueLexicon load(List<Path> extraFiles) {
        Map<String, Cue> verbs = new HashMap<>();
        List<List<String>> phrases = new ArrayList<>();
        Map<String, Set<Trait>> traits = new HashMap<>();
        for (TsvLoader.Row row : TsvLoader.resourceAndFiles(RESOURCE, extraFiles)) {
            add(row, verbs, phrases);
            for (String cell : row.cellOr(3, "").split(",")) {
                if (cell.isBlank()) continue;
                Trait trait;
                try {
                    trait = Trait.of(cell);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(row.source() + ":" + row.line() + ": unknown cue trait '" + cell.trim()
                            + "' (known: " + java.util.Arrays.stream(Trait.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
                            .collect(java.util.stream.Collectors.joining(", ")) + ")", e);
                }
                traits.computeIfAbsent(row.cell(0).toLowerCase(Locale.ROOT), k -> java.util.EnumSet.noneOf(Trait.class)).add(trait);
            }
        }
        return new CueLexicon(verbs, phrases, traits);
    }

    public static CueLexicon builtIn() { return load(List.of()); }

    private static void add(TsvLoader.Row row, Map<String, Cue> verbs, List<List<String>> phrases) {
        String cue = row.cell(0).toLowerCase(Locale.ROOT);
        String cls = row.cellOr(1, "speech");
        String rels = row.cellOr(2, "ccomp,parataxis");
        if ("phrase".equals(rels) || cue.contains(" ")) {
            phrases.add(List.of(cue.split("\\s+")));
            return;
        }
        Set<String> relations = new LinkedHashSet<>(List.of(rels.split(",")));
        if (cls.equals("noun")) cue = "noun:" + cue; // nouns live apart from verbs of the same spelling
        if (cls.equals("adjective")) cue = "adjective:" + cue; // and adjectives ("concerned") apart from verbs
        Cue old = verbs.get(cue);
        if (old != null) {
            Set<String> merged = new LinkedHashSet<>(old.relations());
            merged.addAll(relations);
            verbs.put(cue, new Cue(cue, old.cueClass(), Collections.unmodifiableSet(merged)));
        } else {
            verbs.put(cue, new Cue(cue, cls, Collections.unmodifiableSet(relations)));
        }
    }

    /** The cue for a verb lemma, or null. */
    public Cue verb(String lemma) {
        return lemma == null ? null : verbs.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The cue for a noun lemma ("claim", "warning"), or null. */
    public Cue noun(String lemma) {
        return lemma == null ? null : nouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * True for a reciprocal cue (Levin 1993 class 36.1, `agree`, `negotiate`): it takes two or more parties, so
     * without a subject (`it was agreed that ...`) the parties are the article's latest joint speaker.
     */
    public boolean reciprocal(String lemma) {
        return has(lemma, Trait.RECIPROCAL);
    }

    /** True when the lemma's entry carries the trait (a verb lemma, lower-cased). */
    public boolean has(String lemma, Trait trait) {
        return lemma != null && traits.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(trait);
    }

    /** The cue for a predicative adjective lemma of attitude ("skeptical", "hopeful"), or null. */
    public Cue adjective(String lemma) {
        return lemma == null ? null : adjectives.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** Multiword cues, as word lists whose first word is a lemma. */
    public List<List<String>> phrases() { return phrases; }

    /**
     * Every cue verb and noun lemma and the most specific word of each cue phrase ("statement" for "in a
     * statement"; {@link org.parley.annotate.SelectiveWords}): a sentence with none of them holds no cue.
     */
    public java.util.Set<String> lemmas() {
        java.util.Set<String> all = new java.util.HashSet<>(verbs.keySet());
        all.addAll(nouns.keySet());
        all.addAll(adjectives.keySet());
        for (List<String> p : phrases) {
            all.addAll(org.parley.annotate.SelectiveWords.of(p.stream().map(java.util.Set::of).toList(), 0));
        }
        return all;
    }

    /** Confidence weight of a cue class. */
    public static double weight(String cueClass) {
        return switch (cueClass == null ? "" : cueClass) {
            case "speech" -> 0.9;
            case "stance" -> 0.7;
            case "cognition", "noun", "adjective" -> 0.6;
            case "intention" -> 0.55;
            case "evidence" -> 0.5;
            default -> 0.5;
        };
    }
}
