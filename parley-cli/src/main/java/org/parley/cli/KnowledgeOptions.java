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

    // Off by default: on plover-gsr-dev it changed no figure (docs/quality.md, "Embedding fallback").
    @Option(names = "--event-fallback", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Also classify sentences with two actors and no event trigger by their nearest prototype sentence"
                    + " (in-process sentence embeddings; events marked method PROTOTYPE, lower confidence). Default: off.")
    boolean eventFallback = false;

    @Option(names = "--fallback-threshold", hidden = true, description = "Least cosine similarity of the fallback (development).")
    double fallbackThreshold = org.parley.events.EventFallback.DEFAULT_THRESHOLD;

    @Option(names = "--fallback-margin", hidden = true, description = "Least lead over the next class of the fallback (development).")
    double fallbackMargin = org.parley.events.EventFallback.DEFAULT_MARGIN;

    // Defaults: org.parley.events.LearnedEvents (one place for every entry point, the Spark executors included).
    @Option(names = "--event-classifier", negatable = true,
            description = "Use the learned event classifier (sentence embeddings, event-classifier.tsv) with the thresholds below."
                    + " Default: " + (org.parley.events.LearnedEvents.ON_BY_DEFAULT ? "on" : "off") + ".")
    Boolean eventClassifier;

    @Option(names = "--classifier-add", description = "Least probability for an event in a sentence with no lexical event (> 1: off)."
            + " Default: " + org.parley.events.LearnedEvents.DEFAULT_ADD + ".")
    double classifierAdd = org.parley.events.LearnedEvents.DEFAULT_ADD;

    @Option(names = "--classifier-countries", description = "Actor countries a sentence needs for --classifier-add (1 or 2)."
            + " Default: " + org.parley.events.LearnedEvents.DEFAULT_COUNTRIES + ".")
    int classifierCountries = org.parley.events.LearnedEvents.DEFAULT_COUNTRIES;

    @Option(names = "--classifier-doubt", description = "Drop a lexical event when another class has this probability (> 1: off; default off)...")
    double classifierDoubt = org.parley.events.LearnedEvents.DEFAULT_DOUBT;

    @Option(names = "--classifier-doubt-own", description = "... and the event's own type at most this.")
    double classifierDoubtOwn = org.parley.events.LearnedEvents.DEFAULT_DOUBT_OWN;

    @Option(names = "--classifier-weights", paramLabel = "FILE", description = "Weights of the learned classifier (parley lexicon train-events --out FILE); default: built-in.")
    Path classifierWeights;

    @Option(names = "--class-frames", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Code events of verbs outside the lexicon by their WordNet class and their arguments' kinds (class-frames.tsv; "
                    + "parses sentences with such a verb and an actor too). Default: ${DEFAULT-VALUE}.")
    boolean classFrames = false;

    /** True when the user added nothing: the built-in lexicons' process-wide annotator serves. */
    boolean builtInOnly() { return patterns.isEmpty() && quoteCues.isEmpty() && !classFrames; }

    /** A new annotator whose parse filter knows the user's patterns and cues too (and the class frames' verbs when on). */
    Annotator createAnnotator() { return Engine.createAnnotator(patterns, quoteCues, classFrames); }

    /** {@code builder} with the user's actors, patterns and cues. */
    Parley.Builder applyTo(Parley.Builder builder) {
        builder.actors(actors).patterns(patterns).quoteCues(quoteCues).classFrames(classFrames);
        if (eventFallback) builder.eventFallback(new org.parley.events.EventFallback(Embedders.lazyMinilm(), fallbackThreshold, fallbackMargin));
        builder.learnedEvents(classifier().with(Embedders.lazyMinilm(), classifierWeights));
        return builder;
    }

    /** The classifier options as given, the shared defaults for the rest. */
    org.parley.events.LearnedEvents.Settings classifier() {
        return new org.parley.events.LearnedEvents.Settings(classifierOn(), classifierAdd, classifierCountries, classifierDoubt, classifierDoubtOwn);
    }

    /** The user's --[no-]event-classifier, else the shared default. */
    boolean classifierOn() { return eventClassifier == null ? org.parley.events.LearnedEvents.ON_BY_DEFAULT : eventClassifier; }
}
