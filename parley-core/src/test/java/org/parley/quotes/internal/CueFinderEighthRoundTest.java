package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.quotes.CueLexicon;

/**
 * Issue 13, eighth round: parse shapes that hid a speaker or a content. Invented sentences with hand-made parses
 * shaped as CoreNLP's enhanced++ graphs, each with the slip the parser makes on such sentences.
 */
class CueFinderEighthRoundTest {
    private final CueFinder finder = new CueFinder(CueLexicon.builtIn());

    private static Sentence sentence(String words, int root, Object... edges) { return HandParses.sentence(words, root, edges); }

    private static String text(Sentence s, int start, int end) { return HandParses.text(s, start, end); }

    private Optional<Candidate> at(Sentence s, String cueWord) {
        return finder.find(s, s.graph()).stream().filter(c -> s.tokens().get(c.cueToken).word().equals(cueWord)).findFirst();
    }

    @Test void anInvertedSpeakerParsedAsTheObjectSpeaks() {
        // "The vote marks a shift, said an analyst at the institute." (the parser: obj(said, analyst))
        Sentence s = sentence("The/DT vote/NN marks/VBZ/mark a/DT shift/NN ,/, said/VBD/say an/DT analyst/NN at/IN the/DT institute/NN ./.", 6,
                1, 0, "det", 2, 1, "nsubj", 6, 2, "ccomp", 4, 3, "det", 2, 4, "obj", 2, 5, "punct",
                8, 7, "det", 6, 8, "obj", 11, 9, "case", 11, 10, "det", 8, 11, "nmod:at", 6, 12, "punct");
        Candidate c = at(s, "said").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("an analyst at the institute");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("The vote marks a shift");
    }

    @Test void aGroupOfPersonsAfterTheCueSpeaks() {
        // "Prices will rise, wrote a group of economists."
        Sentence group = sentence("Prices/NNS/price will/MD rise/VB ,/, wrote/VBD/write a/DT group/NN of/IN economists/NNS/economist ./.", 4,
                2, 0, "nsubj", 2, 1, "aux", 4, 2, "ccomp", 2, 3, "punct", 6, 5, "det", 4, 6, "obj", 8, 7, "case", 6, 8, "nmod:of", 4, 9, "punct");
        Candidate g = at(group, "wrote").orElseThrow();
        assertThat(text(group, g.sourceStart, g.sourceEnd)).isEqualTo("a group of economists");
        assertThat(text(group, g.contentStart, g.contentEnd)).isEqualTo("Prices will rise");
    }

    @Test void aParticipleAfterACommaKeepsItsObject() {
        // "The senator left the room, echoing the mayor." (a participle: the mayor is what is echoed, not a speaker)
        Sentence s = sentence("The/DT senator/NN left/VBD/leave the/DT room/NN ,/, echoing/VBG/echo the/DT mayor/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 4, 3, "det", 2, 4, "obj", 6, 5, "punct", 2, 6, "advcl", 8, 7, "det", 6, 8, "obj", 2, 9, "punct");
        assertThat(at(s, "echoing").map(c -> c.hasSource() ? text(s, c.sourceStart, c.sourceEnd) : "").orElse("")).doesNotContain("mayor");
    }

    @Test void aSpeechCueTakesWhatItIsAgainst() {
        // "The mayor warned against a new tax."
        Sentence s = sentence("The/DT mayor/NN warned/VBD/warn against/IN a/DT new/JJ tax/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 6, 3, "case", 6, 4, "det", 6, 5, "amod", 2, 6, "obl:against", 2, 7, "punct");
        Candidate c = at(s, "warned").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The mayor");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("a new tax");
    }
}
