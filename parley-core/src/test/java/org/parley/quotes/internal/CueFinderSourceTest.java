package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.quotes.CueLexicon;

/** Sources and contents read off hand-made parses (invented sentences, edges as CoreNLP's enhanced++ gives them). */
class CueFinderSourceTest {
    private final CueFinder finder = new CueFinder(CueLexicon.builtIn());

    private static Sentence sentence(String words, int root, Object... edges) { return HandParses.sentence(words, root, edges); }

    private static String text(Sentence s, int start, int end) { return HandParses.text(s, start, end); }

    private List<Candidate> find(Sentence s) { return finder.find(s, s.graph()); }

    @Test void aParticipleModifyingANounIsThatNounSpeaking() {
        // "Voters saying they want change turned out."
        Sentence s = sentence("Voters/NNS/voter saying/VBG/say they/PRP want/VBP change/NN turned/VBD/turn out/RP", 5,
                5, 0, "nsubj", 0, 1, "acl", 1, 3, "ccomp", 3, 2, "nsubj", 3, 4, "obj", 5, 6, "compound:prt");
        Candidate c = find(s).get(0);
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("Voters");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("they want change");
    }

    @Test void aGerundAdjunctSharesItsVerbsSubject() {
        // "The senator began by saying taxes rose."
        Sentence s = sentence("The/DT senator/NN began/VBD/begin by/IN saying/VBG/say taxes/NNS/tax rose/VBD/rise", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "obl:by", 4, 3, "mark", 4, 6, "ccomp", 6, 5, "nsubj");
        Candidate c = find(s).get(0);
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The senator");
    }

    @Test void asXObservedParsedAsAnOblique() {
        // "As Smith observed, the plan failed."
        Sentence s = sentence("As/IN Smith/NNP observed/VBD/observe ,/, the/DT plan/NN failed/VBD/fail", 2,
                1, 0, "case", 2, 1, "obl:as", 2, 6, "ccomp", 6, 5, "nsubj", 5, 4, "det");
        Candidate c = find(s).get(0);
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("Smith");
    }

    @Test void aVerbWithAParticleIsAnotherVerb() {
        // "Smith picked up delegates." is no choice of delegates
        Sentence s = sentence("Smith/NNP picked/VBD/pick up/RP delegates/NNS/delegate", 1,
                1, 0, "nsubj", 1, 2, "compound:prt", 1, 3, "obj");
        assertThat(find(s)).isEmpty();
    }

    @Test void aNounCueWithAPossessorTakesItsInfinitive() {
        // "Smith 's pledge to cut taxes"
        Sentence s = sentence("Smith/NNP 's/POS pledge/NN to/TO cut/VB taxes/NNS/tax", 2,
                2, 0, "nmod:poss", 0, 1, "case", 2, 4, "acl", 4, 3, "mark", 4, 5, "obj");
        Candidate c = find(s).get(0);
        assertThat(text(s, c.sourceStart, c.sourceEnd)).startsWith("Smith");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("to cut taxes");
    }

    @Test void aNounCueWithoutAPossessorTakesNoInfinitive() {
        Sentence s = sentence("a/DT pledge/NN to/TO cut/VB taxes/NNS/tax", 1,
                1, 0, "det", 1, 3, "acl", 3, 2, "mark", 3, 4, "obj");
        assertThat(find(s)).isEmpty();
    }

    @Test void accordingToWhoseSourceSwallowedTheClause() {
        // "According to early results of a poll , most voters want change ." parsed with "results" as the root
        Sentence s = sentence("According/VBG/accord to/IN early/JJ results/NNS/result of/IN a/DT poll/NN ,/, most/JJS voters/NNS/voter want/VBP change/NN ./.", 3,
                3, 0, "case", 0, 1, "fixed", 3, 2, "amod", 3, 6, "nmod:of", 6, 4, "case", 6, 5, "det", 3, 7, "punct",
                9, 8, "amod", 10, 9, "nsubj", 3, 10, "dep", 10, 11, "obj", 3, 12, "punct");
        Candidate c = find(s).stream().filter(x -> "according-to".equals(x.how)).findFirst().orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("early results of a poll");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("most voters want change");
    }
}
