package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.ParseCues;

/**
 * Builds the full pipeline the commands share. Loading the models is the slow part (~20 s), so the
 * annotator is loaded once per process and shared (it is thread-safe).
 */
public final class Engine {
    private Engine() {}

    private static volatile Annotator annotator;

    /** The process-wide annotator with the built-in lexicons' parse filter, loaded on first use. */
    public static Annotator annotator() {
        Annotator a = annotator;
        if (a == null) {
            synchronized (Engine.class) {
                if (annotator == null) annotator = createAnnotator(List.of());
                a = annotator;
            }
        }
        return a;
    }

    /**
     * A new annotator that parses only the sentences the events and quotes stages can use: those
     * with an event trigger word (built-in and {@code extraPatterns}), a speech cue, or a quotation
     * mark. The other sentences are never coded, so parsing them would only cost time.
     */
    public static Annotator createAnnotator(List<Path> extraPatterns) { return createAnnotator(extraPatterns, List.of()); }

    /** As {@link #createAnnotator(List)}, with the speech cues of {@code extraCues} added to the built-in ones. */
    public static Annotator createAnnotator(List<Path> extraPatterns, List<Path> extraCues) {
        return createAnnotator(extraPatterns, extraCues, false);
    }

    /** As above; with {@code classFrames}, sentences with a verb of a class frame and an actor are parsed too (ClassFrameGate). */
    public static Annotator createAnnotator(List<Path> extraPatterns, List<Path> extraCues, boolean classFrames) {
        java.util.function.Predicate<List<org.parley.annotate.Token>> gate = ParseCues.of(Parley.wordsWorthParsing(extraPatterns, extraCues));
        if (classFrames) gate = gate.or(org.parley.events.ClassFrameGate.builtIn());
        return new CoreNlpAnnotator(CoreNlpAnnotator.Options.full().withParseFilter(gate));
    }

    /** Set only by tests that run the command line without CoreNLP (a stub annotator in a child process). */
    static volatile Annotator override;

    /**
     * The Parley `parley analyze` builds on {@code annotator} with the knowledge options {@code options} (none: the
     * defaults), parsed as the command line parses them: for other entry points' tests, which must build the same.
     */
    public static Parley parley(Annotator annotator, String... options) {
        KnowledgeOptions k = new KnowledgeOptions();
        new picocli.CommandLine(k).parseArgs(options);
        return k.applyTo(Parley.builder().annotator(annotator)).build();
    }

    /** The learned classifier's settings `parley analyze` takes from {@code options} (for other entry points' tests). */
    public static org.parley.events.LearnedEvents.Settings classifierSettings(String... options) {
        KnowledgeOptions k = new KnowledgeOptions();
        new picocli.CommandLine(k).parseArgs(options);
        return k.classifier();
    }

    static Parley parley(KnowledgeOptions k) {
        Annotator a = override != null ? override : k.builtInOnly() ? annotator() : k.createAnnotator();
        Parley parley = k.applyTo(Parley.builder().annotator(a)).build();
        // a bad row of a knowledge file is skipped (docs/events.md, docs/actors.md), but never silently
        for (String w : parley.warnings()) System.err.println("parley: warning: " + w);
        return parley;
    }

    /** The installation folder (set by the ./parley launcher), else the working directory. */
    static Path home() {
        String home = System.getenv("PARLEY_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
