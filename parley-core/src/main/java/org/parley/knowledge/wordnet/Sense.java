package org.parley.knowledge.wordnet;

import java.util.List;

/**
 * One WordNet 3.1 synset.
 *
 * @param id     stable key "offset-pos" as WordNet 3.1 numbers it ("01003342-v"): what knowledge files store
 * @param lemmas its words, lower-cased, multiword lemmas with spaces ("call off")
 * @param gloss  WordNet's definition, for reviewing generated knowledge (never copied into data files)
 * @param category WordNet's lexicographer file ("noun.act", "noun.person", "verb.communication"): a coarse
 *               semantic class, e.g. to tell event nouns from agent nouns ("protest" vs "protester")
 */
public record Sense(String id, WordClass wordClass, List<String> lemmas, String gloss, String category) {
    public Sense {
        lemmas = List.copyOf(lemmas);
    }
}
