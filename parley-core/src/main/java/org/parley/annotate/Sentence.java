package org.parley.annotate;

import java.util.List;

/**
 * One sentence. {@code start}/{@code end} index the article's original text. {@code dependencies}
 * is empty when the sentence was not parsed ({@code parsed == false}): parsing is done only where
 * a stage needs it. Stages read the parse through {@link #graph()}, never the edge list directly.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public String text(String articleText) { return articleText.substring(start, end); }

    /** The sentence's dependency graph, with the one head rule every stage uses ({@link DependencyGraph}). */
    public DependencyGraph graph() { return new DependencyGraph(this); }

    /** Index of the token covering the character offset, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (offset >= t.start() && offset < t.end()) return t.index();
        return -1;
    }
}
