package org.parley.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.events.internal.Lexicon;
import org.parley.events.internal.SenseExpander;
import org.parley.knowledge.wordnet.WordNet;

/**
 * Development entry point of the event knowledge: expands the seed senses ({@code senses.tsv}) with
 * WordNet into the lines of {@code senses-expanded.tsv}, minus the reviewed exclusions and what the
 * hand-written patterns already cover. Run by {@code parley lexicon expand}; never at analysis time.
 */
public final class SenseExpansion {
    private SenseExpansion() {}

    public static List<String> expand(WordNet wordNet, Path senses, Path exclusions) throws IOException {
        return new SenseExpander(wordNet).expand(senses, exclusions, Lexicon.loadHandWritten());
    }
}
