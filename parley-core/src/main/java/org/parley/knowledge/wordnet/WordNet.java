package org.parley.knowledge.wordnet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * A small facade over WordNet 3.1 (extJWNL with the bundled WN 3.1 data, no network): the senses of a
 * word, a sense's synonyms, its hyponyms (troponyms for verbs: "bomb" is a way to "attack") down to a
 * depth, and derivationally related words ("condemn" -> "condemnation"). No extJWNL type leaves this
 * package. Loading takes a few seconds and ~100 MB, so Parley uses it to generate and review knowledge
 * files at development time, not at every start (docs/decisions.md). Thread-safe for reading.
 */
public final class WordNet {
    private static volatile WordNet shared;

    private final Dictionary dict;

    private WordNet(Dictionary dict) { this.dict = dict; }

    /** The bundled WordNet 3.1, loaded once per JVM. */
    public static WordNet load() {
        WordNet w = shared;
        if (w != null) return w;
        synchronized (WordNet.class) {
            if (shared == null) {
                try {
                    shared = new WordNet(Dictionary.getDefaultResourceInstance());
                } catch (JWNLException e) {
                    throw new IllegalStateException("cannot load the bundled WordNet 3.1", e);
                }
            }
            return shared;
        }
    }

    /** Senses of {@code lemma} in WordNet's order (most frequent first); empty when unknown. */
    public List<Sense> senses(String lemma, WordClass wc) {
        try {
            IndexWord iw = dict.getIndexWord(pos(wc), lemma.toLowerCase(Locale.ROOT));
            if (iw == null) return List.of();
            List<Sense> out = new ArrayList<>();
            for (Synset s : iw.getSenses()) out.add(sense(s));
            return out;
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sense with id "offset-pos" ("01003342-v"), if WordNet 3.1 has it. */
    public Optional<Sense> sense(String id) {
        Synset s = synset(id);
        return s == null ? Optional.empty() : Optional.of(sense(s));
    }

    /** The sense's own lemmas (its synonyms, the word itself included). */
    public Set<String> synonyms(Sense sense) { return new LinkedHashSet<>(sense.lemmas()); }

    /**
     * Senses below {@code sense}, breadth first, at most {@code depth} levels down: hyponyms of a noun
     * ("diplomat" -> "ambassador"), troponyms of a verb ("attack" -> "bomb"). The sense itself is not included.
     */
    public List<Sense> hyponyms(Sense sense, int depth) {
        Map<String, Sense> seen = new LinkedHashMap<>();
        List<Synset> level = new ArrayList<>();
        Synset root = synset(sense.id());
        if (root == null) return List.of();
        level.add(root);
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            List<Synset> next = new ArrayList<>();
            for (Synset s : level) {
                for (Pointer p : s.getPointers(PointerType.HYPONYM)) {
                    Synset t = targetSynset(p);
                    if (t == null) continue;
                    Sense ts = sense(t);
                    if (seen.putIfAbsent(ts.id(), ts) == null) next.add(t);
                }
            }
            level = next;
        }
        return new ArrayList<>(seen.values());
    }

    /**
     * Ids of every sense above {@code sense} (hypernyms and instance hypernyms, transitively; the sense itself
     * excluded): "warplane" is below "military plane", "aircraft", ... ("is this noun a kind of weapon?").
     */
    public Set<String> ancestors(Sense sense) {
        Set<String> seen = new LinkedHashSet<>();
        java.util.ArrayDeque<Synset> todo = new java.util.ArrayDeque<>();
        Synset root = synset(sense.id());
        if (root != null) todo.add(root);
        while (!todo.isEmpty()) {
            Synset s = todo.poll();
            for (PointerType pt : List.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM)) {
                for (Pointer p : s.getPointers(pt)) {
                    Synset t = targetSynset(p);
                    if (t != null && seen.add(sense(t).id())) todo.add(t);
                }
            }
        }
        return seen;
    }

    /** Lemmas of {@link #hyponyms(Sense, int)}. */
    public Set<String> hyponymLemmas(Sense sense, int depth) {
        Set<String> out = new LinkedHashSet<>();
        for (Sense s : hyponyms(sense, depth)) out.addAll(s.lemmas());
        return out;
    }

    /**
     * Words of class {@code wc} derivationally related to the words of {@code sense} ("condemn" ->
     * "condemnation", "protest" (n) -> "protest" (v)), through WordNet's lexical derivation links.
     */
    public Set<String> derived(Sense sense, WordClass wc) {
        return new LinkedHashSet<>(derivedSenses(sense, wc).keySet());
    }

    /**
     * Like {@link #derived(Sense, WordClass)}, with the sense each related word belongs to (its category tells
     * "condemnation" (noun.communication) from "condemner" (noun.person)).
     */
    public Map<String, Sense> derivedSenses(Sense sense, WordClass wc) {
        Map<String, Sense> out = new LinkedHashMap<>();
        Synset s = synset(sense.id());
        if (s == null) return out;
        POS want = pos(wc);
        for (Word w : s.getWords()) {
            for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                try {
                    if (p.getTargetPOS() == want && p.getTarget() instanceof Word t) out.putIfAbsent(lemma(t), sense(t.getSynset()));
                } catch (JWNLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /**
     * Single-word lemmas of class {@code wc} whose senses among the first {@code topSenses} (WordNet orders
     * them by frequency) include one of {@code categories} ("noun.person", "noun.group"): e.g. the nouns that
     * usually name people or bodies. Sorted.
     */
    public java.util.SortedSet<String> lemmasIn(WordClass wc, Set<String> categories, int topSenses) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        forEachLemma(wc, topSenses, (l, cats) -> { if (cats.stream().anyMatch(categories::contains)) out.add(l); });
        return out;
    }

    /**
     * Every single-word lemma of class {@code wc} with the categories (lexicographer files: "noun.person",
     * "noun.act") of its first {@code topSenses} senses, most frequent first, without repeats. Sorted by lemma.
     */
    public java.util.SortedMap<String, List<String>> topCategories(WordClass wc, int topSenses) {
        java.util.SortedMap<String, List<String>> out = new java.util.TreeMap<>();
        forEachLemma(wc, topSenses, (l, cats) -> out.merge(l, cats, (a, b) -> a));
        return out;
    }

    /**
     * Walks WordNet's index of class {@code wc}: each single-word lower-case lemma with the categories of its first
     * {@code topSenses} senses, most frequent first, without repeats.
     */
    private void forEachLemma(WordClass wc, int topSenses, java.util.function.BiConsumer<String, List<String>> visit) {
        forEachIndexWord(wc, (l, iw) -> {
            List<Synset> ss = iw.getSenses();
            List<String> cats = new ArrayList<>();
            for (int i = 0; i < Math.min(topSenses, ss.size()); i++) {
                String c = ss.get(i).getLexFileName();
                if (!cats.contains(c)) cats.add(c);
            }
            visit.accept(l, cats);
        });
    }

    /** Every single-word lower-case lemma of class {@code wc} with its most frequent sense. Sorted by lemma. */
    public java.util.SortedMap<String, Sense> firstSenses(WordClass wc) {
        java.util.SortedMap<String, Sense> out = new java.util.TreeMap<>();
        forEachIndexWord(wc, (l, iw) -> { if (!iw.getSenses().isEmpty()) out.putIfAbsent(l, sense(iw.getSenses().get(0))); });
        return out;
    }

    /** Walks WordNet's index of class {@code wc}: each single-word lower-case lemma (letters and hyphens) with its entry. */
    private void forEachIndexWord(WordClass wc, java.util.function.BiConsumer<String, IndexWord> visit) {
        try {
            java.util.Iterator<IndexWord> it = dict.getIndexWordIterator(pos(wc));
            while (it.hasNext()) {
                IndexWord iw = it.next();
                String l = iw.getLemma().toLowerCase(Locale.ROOT);
                if (l.matches("[a-z][a-z-]*")) visit.accept(l, iw);
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Derivationally related nouns ("condemnation" for "condemn"). */
    public Set<String> derivedNouns(Sense sense) { return derived(sense, WordClass.NOUN); }

    /** Derivationally related verbs ("expel" for "expulsion"). */
    public Set<String> derivedVerbs(Sense sense) { return derived(sense, WordClass.VERB); }

    private static Synset targetSynset(Pointer p) {
        try {
            return p.getTargetSynset();
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Synset synset(String id) {
        int dash = id.lastIndexOf('-');
        if (dash < 0) throw new IllegalArgumentException("sense id must be offset-pos: " + id);
        try {
            return dict.getSynsetAt(posOf(id.substring(dash + 1)), Long.parseLong(id.substring(0, dash)));
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Sense sense(Synset s) {
        List<String> lemmas = new ArrayList<>();
        for (Word w : s.getWords()) {
            String l = lemma(w);
            if (!lemmas.contains(l)) lemmas.add(l);
        }
        return new Sense(String.format(Locale.ROOT, "%08d-%s", s.getOffset(), s.getPOS().getKey()), wordClass(s.getPOS()),
                lemmas, s.getGloss(), s.getLexFileName());
    }

    private static String lemma(Word w) { return w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' '); }

    private static POS pos(WordClass wc) {
        return switch (wc) {
            case NOUN -> POS.NOUN;
            case VERB -> POS.VERB;
            case ADJECTIVE -> POS.ADJECTIVE;
            case ADVERB -> POS.ADVERB;
        };
    }

    private static WordClass wordClass(POS p) {
        if (p == POS.NOUN) return WordClass.NOUN;
        if (p == POS.VERB) return WordClass.VERB;
        if (p == POS.ADJECTIVE) return WordClass.ADJECTIVE;
        return WordClass.ADVERB;
    }

    private static POS posOf(String key) {
        return switch (key) {
            case "n" -> POS.NOUN;
            case "v" -> POS.VERB;
            case "a", "s" -> POS.ADJECTIVE;
            case "r" -> POS.ADVERB;
            default -> throw new IllegalArgumentException("unknown WordNet pos " + key);
        };
    }
}
