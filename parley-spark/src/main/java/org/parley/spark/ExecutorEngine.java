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

    private static volatile Parley parley;
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

    static Parley parley() {
        Parley p = parley;
        if (p == null) {
            synchronized (ExecutorEngine.class) {
                if (parley == null) parley = build(annotator());
                p = parley;
            }
        }
        return p;
    }

    /**
     * The executors' Parley on {@code annotator}: the CLI's defaults, the learned event classifier's from the one
     * place they are set ({@link LearnedEvents#byDefault}; `parley analyze` without options builds the same).
     */
    static Parley build(org.parley.annotate.Annotator annotator) {
        return Parley.builder().annotator(annotator).learnedEvents(LearnedEvents.byDefault(ExecutorEngine::embedder)).build();
    }

    /**
     * Tests only: the Parley the executors of this JVM use (local mode runs them in the test's JVM), so that the
     * models load once per test JVM as they do once per executor.
     */
    static synchronized void use(Parley p) { parley = p; }

    /** As parley-cli's Engine: parse only the sentences with an event trigger, a speech cue or a quotation mark. */
    private static CoreNlpAnnotator annotator() {
        return new CoreNlpAnnotator(CoreNlpAnnotator.Options.full().withParseFilter(ParseCues.of(Parley.wordsWorthParsing(List.of(), List.of()))));
    }
}
