package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The user's own linguistic knowledge, added to the built-in data: shared by analyze, eval events and eval quotes. */
final class KnowledgeOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor file(s), added to the built-in knowledge base.")
    List<Path> actors = List.of();

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event pattern file(s), added to the built-in lexicon.")
    List<Path> patterns = List.of();

    @Option(names = "--quote-cues", paramLabel = "FILE", description = "Extra speech-cue file(s), added to the built-in cue lexicon.")
    List<Path> quoteCues = List.of();
}
