package org.parley.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.events.internal.Lexicon;
import org.parley.events.internal.SenseExpander;
import org.parley.knowledge.wordnet.Sense;
import org.parley.knowledge.wordnet.WordClass;
import org.parley.knowledge.wordnet.WordNet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley lexicon senses|expand}: development tools for the WordNet-based event knowledge. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Development tools for the event lexicon (WordNet 3.1).",
        subcommands = {LexiconCommand.Senses.class, LexiconCommand.Expand.class})
public final class LexiconCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(System.out); }

    @Command(name = "senses", mixinStandardHelpOptions = true, description = "Print the WordNet senses of a word, numbered as senses.tsv counts them.")
    static final class Senses implements Callable<Integer> {
        @Parameters(index = "0") String word;
        @Option(names = "--pos", description = "NOUN or VERB (default VERB)") WordClass pos = WordClass.VERB;
        @Option(names = "--depth", description = "Also print troponyms/hyponyms to this depth") int depth = 0;

        @Override public Integer call() {
            WordNet wn = WordNet.load();
            List<Sense> ss = wn.senses(word, pos);
            for (int i = 0; i < ss.size(); i++) {
                Sense s = ss.get(i);
                System.out.println((i + 1) + "  " + s.id() + "  " + s.lemmas() + "  -- " + s.gloss());
                System.out.println("     derived: " + (pos == WordClass.VERB ? wn.derivedNouns(s) : wn.derivedVerbs(s)));
                if (depth > 0) System.out.println("     below: " + wn.hyponymLemmas(s, depth));
            }
            return 0;
        }
    }

    @Command(name = "expand", mixinStandardHelpOptions = true, description = "Generate senses-expanded.tsv from senses.tsv with WordNet.")
    static final class Expand implements Callable<Integer> {
        static final String RES = "parley-core/src/main/resources/org/parley/events/";
        @Option(names = "--senses") Path senses = Path.of(RES + "senses.tsv");
        @Option(names = "--exclude") Path exclude = Path.of(RES + "sense-exclusions.tsv");
        @Option(names = "--out") Path out = Path.of(RES + "senses-expanded.tsv");

        @Override public Integer call() throws Exception {
            long t0 = System.nanoTime();
            WordNet wn = WordNet.load();
            List<String> lines = new SenseExpander(wn).expand(senses, exclude, Lexicon.loadHandWritten());
            Files.write(out, lines, StandardCharsets.UTF_8);
            long patterns = lines.stream().filter(l -> !l.startsWith("#")).count();
            System.out.printf("wrote %s: %d patterns (%.1f s with WordNet loading)%n", out, patterns, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
