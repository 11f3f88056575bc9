package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import picocli.CommandLine.Option;

/** The user's own linguistic knowledge, added to the built-in data: shared by analyze, eval events and eval quotes. */
final class KnowledgeOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor file(s), added to the built-in knowledge base.")
    List<Path> actors = List.of();

    @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event pattern file(s), added to the built-in lexicon.")
    List<Path> patterns = List.of();

    @Option(names = "--quote-cues", paramLabel = "FILE", description = "Extra speech-cue file(s), added to the built-in cue lexicon.")
    List<Path> quoteCues = List.of();

    /** True when the user added nothing: the built-in lexicons' process-wide annotator serves. */
    boolean builtInOnly() { return patterns.isEmpty() && quoteCues.isEmpty(); }

    /** A new annotator whose parse filter knows the user's patterns and cues too. */
    Annotator createAnnotator() { return Engine.createAnnotator(patterns, quoteCues); }

    /** {@code builder} with the user's actors, patterns and cues. */
    Parley.Builder applyTo(Parley.Builder builder) { return builder.actors(actors).patterns(patterns).quoteCues(quoteCues); }
}
