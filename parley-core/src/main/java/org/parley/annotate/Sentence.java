package org.parley.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence. {@code start}/{@code end} index the article's original text. {@code dependencies}
 * is empty when the sentence was not parsed ({@code parsed == false}): parsing is done only where
 * a stage needs it.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public String text(String articleText) { return articleText.substring(start, end); }

    /** Dependencies whose governor is token {@code i}. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == i) out.add(d);
        return out;
    }

    /** Dependencies whose dependent is token {@code i} (several in enhanced graphs). */
    public List<Dependency> heads(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.dependent() == i) out.add(d);
        return out;
    }

    /** Index of the token covering the character offset, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (offset >= t.start() && offset < t.end()) return t.index();
        return -1;
    }
}
