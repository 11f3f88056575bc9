package org.parley.spark;

import java.util.List;
import org.parley.Parley;
import org.parley.events.LearnedEvents;
import org.parley.embed.TextEmbedder;
import org.parley.embed.minilm.MiniLmEmbedder;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.ParseCues;

/**
 * The one Parley of an executor JVM, built on first use and shared by the JVM's task threads (Parley and its
 * annotator are thread-safe). Loading the CoreNLP models takes ~20 s and ~1.1 GB, so once per JVM, never per
 * task. The same pipeline as {@code parley analyze} with the built-in knowledge ({@code Engine.createAnnotator}
 * of parley-cli, both through {@code Parley.wordsWorthParsing}; the tests compare the two).
 */
final class ExecutorEngine {
    private ExecutorEngine() {}

    private static volatile TextEmbedder embedder;

    /** The story stage's embedder (MiniLM, thread-safe), loaded once per executor JVM. */
    static TextEmbedder embedder() {
        TextEmbedder e = embedder;
        if (e == null) {
            synchronized (ExecutorEngine.class) {
                if (embedder == null) embedder = new MiniLmEmbedder();
                e = embedder;
            }
        }
        return e;
    }

    /** The Parley of the default options. */
    static Parley parley() { return parley(LearnedEvents.Settings.DEFAULTS); }

    /**
     * The JVM's Parley for the learned classifier's {@code settings} (the driver's options; one Parley per distinct
     * settings, all on the one annotator), built on first use.
     */
    static Parley parley(LearnedEvents.Settings settings) {
        return parleys.computeIfAbsent(settings, s -> build(annotatorOnce(), s));
    }

    private static final java.util.Map<LearnedEvents.Settings, Parley> parleys = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile org.parley.annotate.Annotator annotator;

    private static org.parley.annotate.Annotator annotatorOnce() {
        org.parley.annotate.Annotator a = annotator;
        if (a == null) {
            synchronized (ExecutorEngine.class) {
                if (annotator == null) annotator = annotator();
                a = annotator;
            }
        }
        return a;
    }

    /**
     * The executors' Parley on {@code annotator} with the classifier's {@code settings}: as `parley analyze` builds it
     * with the same options (LearnedEvents.Settings.DEFAULTS when none are given; the tests compare the two).
     */
    static Parley build(org.parley.annotate.Annotator annotator, LearnedEvents.Settings settings) {
        return Parley.builder().annotator(annotator).learnedEvents(settings.with(ExecutorEngine::embedder, null)).build();
    }

    /**
     * Tests only: the annotator the executors of this JVM use (local mode runs them in the test's JVM), so that the
     * models load once per test JVM as they do once per executor. Parleys built before are dropped.
     */
    static synchronized void use(org.parley.annotate.Annotator a) {
        annotator = a;
        parleys.clear();
    }

    /** As parley-cli's Engine: parse only the sentences with an event trigger, a speech cue or a quotation mark. */
    private static CoreNlpAnnotator annotator() {
        return new CoreNlpAnnotator(CoreNlpAnnotator.Options.full().withParseFilter(ParseCues.of(Parley.wordsWorthParsing(List.of(), List.of()))));
    }
}
