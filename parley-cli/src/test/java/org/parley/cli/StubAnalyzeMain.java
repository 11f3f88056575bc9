package org.parley.cli;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.clean.CleanText;

/**
 * The real command line in a child process, with a stub annotator instead of CoreNLP: 100 ms per article,
 * so that a test can interrupt a batch in the middle. Used by {@link InterruptionTest}.
 */
public final class StubAnalyzeMain {
    private StubAnalyzeMain() {}

    /** One sentence holding {@code name} as a PERSON mention, when the text has it: enough for an entity. */
    static AnnotatedArticle withName(CleanText clean, String name) {
        String text = clean.original();
        int at = text.indexOf(name);
        if (at < 0) return new AnnotatedArticle(clean.article(), List.of(), List.of(), List.of());
        int space = name.indexOf(' ');
        Token first = new Token(0, at, at + space, name.substring(0, space), name.substring(0, space), "NNP", "PERSON");
        Token last = new Token(1, at + space + 1, at + name.length(), name.substring(space + 1), name.substring(space + 1), "NNP", "PERSON");
        Sentence s = new Sentence(0, at, at + name.length(), List.of(first, last), List.of(), false);
        return new AnnotatedArticle(clean.article(), List.of(s),
                List.of(new NamedMention(0, 0, 2, at, at + name.length(), name, "PERSON")), List.of());
    }

    public static void main(String[] args) {
        Engine.override = new Annotator() {
            @Override public AnnotatedArticle annotate(CleanText clean) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return withName(clean, "Anna Berg");
            }
        };
        Main.main(args);
    }
}
