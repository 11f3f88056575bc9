package org.parley.knowledge;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named closed-class word sets of one stage, read from one knowledge file with {@link TsvLoader}: a row is
 * {@code CLASS<TAB>WORD}, one word a line (the format of events/argument-words.tsv). For the small closed classes
 * a rule needs by name (the pronouns that stand for a person, the locative prepositions), so that they are data
 * beside the stage's other knowledge and not Java literals.
 */
public final class WordSets {
    private final String source;
    private final Map<String, Set<String>> sets;

    private WordSets(String source, Map<String, Set<String>> sets) {
        this.source = source;
        this.sets = sets;
    }

    /** The sets of a built-in file, by absolute resource name (a stage's {@code org/parley/quotes/closed-words.tsv}). */
    public static WordSets resource(String name) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        for (TsvLoader.Row r : TsvLoader.resource(name)) sets.computeIfAbsent(r.cell(0), k -> new LinkedHashSet<>()).add(r.cell(1));
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        sets.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new WordSets(name, frozen);
    }

    /** The words of class {@code name}; a class the code needs and the file lacks is a packaging bug. */
    public Set<String> get(String name) {
        Set<String> s = sets.get(name);
        if (s == null) throw new IllegalStateException("knowledge file " + source + " has no class " + name);
        return s;
    }
}
