package org.parley.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/** Hand-made parses for the cue finder's tests, shaped as CoreNLP's enhanced++ graphs. */
final class HandParses {
    private HandParses() {}

    /** Tokens "word/POS/lemma" (lemma defaults to the lower-case word), a root, and (governor, dependent, relation) edges. */
    static Sentence sentence(String words, int root, Object... edges) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (String wp : words.split(" ")) {
            String[] p = wp.split("/");
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
            ts.add(new Token(ts.size(), at, at + p[0].length(), p[0], lemma, p[1], "O"));
            at += p[0].length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        deps.add(new Dependency(-1, root, "root"));
        for (int i = 0; i < edges.length; i += 3) deps.add(new Dependency((Integer) edges[i], (Integer) edges[i + 1], (String) edges[i + 2]));
        return new Sentence(0, 0, at, ts, deps, true);
    }

    static String text(Sentence s, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.tokens()) if (t.start() >= start && t.end() <= end) b.append(b.length() == 0 ? "" : " ").append(t.word());
        return b.toString();
    }
}
