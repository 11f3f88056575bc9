package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.junit.jupiter.api.Test;

class CueFinderImperativeTest {
    /** Tokens "w/POS" with a root at {@code root} and the given (governor, dependent, relation) edges. */
    private static Sentence sentence(String words, int root, Object... edges) {
        List<Token> ts = new ArrayList<>();
        int at = 0;
        for (String wp : words.split(" ")) {
            String[] p = wp.split("/");
            ts.add(new Token(ts.size(), at, at + p[0].length(), p[0], p[0].toLowerCase(), p[1], "O"));
            at += p[0].length() + 1;
        }
        List<Dependency> deps = new ArrayList<>();
        deps.add(new Dependency(-1, root, "root"));
        for (int i = 0; i < edges.length; i += 3) deps.add(new Dependency((Integer) edges[i], (Integer) edges[i + 1], (String) edges[i + 2]));
        return new Sentence(0, 0, at, ts, deps, true);
    }

    @Test
    void aSubjectlessBaseFormCueOpeningItsSentenceAddressesTheReader() {
        Sentence s = sentence("Recall/VB that/IN talks/NNS failed/VBD", 0, 0, 3, "ccomp", 3, 1, "mark", 3, 2, "nsubj");
        assertThat(CueFinder.imperative(s.graph(), 0)).isTrue();
    }

    @Test
    void aCueWithASubjectIsNotAnImperative() {
        Sentence s = sentence("They/PRP recall/VBP that/IN talks/NNS failed/VBD", 1, 1, 0, "nsubj", 1, 4, "ccomp", 4, 2, "mark", 4, 3, "nsubj");
        assertThat(CueFinder.imperative(s.graph(), 1)).isFalse();
    }
}
