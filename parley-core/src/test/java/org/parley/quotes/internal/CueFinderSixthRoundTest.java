package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.quotes.CueLexicon;

/**
 * Issue 13, sixth round: invented sentences with hand-made parses shaped as CoreNLP's enhanced++ graphs. A predicative
 * adjective of attitude with a complement is a cue; without a complement, or with a clause of degree, it is not. A
 * reporting clause hung from the clause it reports ("..., the mayor said, ...") is never another cue's content.
 */
class CueFinderSixthRoundTest {
    private final CueFinder finder = new CueFinder(CueLexicon.builtIn());

    private static Sentence sentence(String words, int root, Object... edges) { return HandParses.sentence(words, root, edges); }

    private static String text(Sentence s, int start, int end) { return HandParses.text(s, start, end); }

    private Optional<Candidate> at(Sentence s, String cueWord) {
        return finder.find(s, s.graph()).stream().filter(c -> s.tokens().get(c.cueToken).word().equals(cueWord)).findFirst();
    }

    @Test void anAttitudeAdjectiveWithAPrepositionalObjectIsACue() {
        // "Farmers are skeptical of the new tariff."
        Sentence s = sentence("Farmers/NNS/farmer are/VBP/be skeptical/JJ of/IN the/DT new/JJ tariff/NN ./.", 2,
                2, 0, "nsubj", 2, 1, "cop", 2, 6, "obl:of", 6, 3, "case", 6, 4, "det", 6, 5, "amod", 2, 7, "punct");
        Candidate c = at(s, "skeptical").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("Farmers");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the new tariff");
        assertThat(text(s, c.cueStart, c.cueEnd)).isEqualTo("are skeptical");
    }

    @Test void anAttitudeAdjectiveWithAThatClauseIsACue() {
        // "The coach was hopeful that the team would win."
        Sentence s = sentence("The/DT coach/NN was/VBD/be hopeful/JJ that/IN the/DT team/NN would/MD win/VB ./.", 3,
                1, 0, "det", 3, 1, "nsubj", 3, 2, "cop", 3, 8, "ccomp", 8, 4, "mark", 6, 5, "det", 8, 6, "nsubj", 8, 7, "aux", 3, 9, "punct");
        Candidate c = at(s, "hopeful").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The coach");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("that the team would win");
    }

    @Test void anAttitudeAdjectiveWithoutComplementOrWithADegreeClauseIsNoCue() {
        // "The crowd was angry." / "The crowd was so angry that the match stopped." / "The crowd was angry on Sunday."
        Sentence bare = sentence("The/DT crowd/NN was/VBD/be angry/JJ ./.", 3, 1, 0, "det", 3, 1, "nsubj", 3, 2, "cop", 3, 4, "punct");
        assertThat(at(bare, "angry")).isEmpty();
        Sentence so = sentence("The/DT crowd/NN was/VBD/be so/RB angry/JJ that/IN the/DT match/NN stopped/VBD/stop ./.", 4,
                1, 0, "det", 4, 1, "nsubj", 4, 2, "cop", 4, 3, "advmod", 4, 9, "ccomp", 9, 5, "mark", 7, 6, "det", 9, 7, "nsubj", 4, 10, "punct");
        assertThat(at(so, "angry")).isEmpty();
        Sentence attributive = sentence("An/DT angry/JJ crowd/NN gathered/VBD/gather about/IN noon/NN ./.", 3,
                2, 0, "det", 2, 1, "amod", 3, 2, "nsubj", 3, 5, "obl:about", 5, 4, "case", 3, 6, "punct");
        assertThat(at(attributive, "angry")).isEmpty();
    }

    @Test void aReportingClauseIsNeverTheContentOfTheVerbItHangsFrom() {
        // "The bridge would be considered safe, the mayor said, a view that engineers share."
        Sentence s = sentence("The/DT bridge/NN would/MD be/VB considered/VBN/consider safe/JJ ,/, the/DT mayor/NN said/VBD/say ,/, a/DT view/NN ./.", 4,
                1, 0, "det", 4, 1, "nsubj:pass", 4, 2, "aux", 4, 3, "aux:pass", 4, 5, "xcomp", 9, 6, "punct", 8, 7, "det", 9, 8, "nsubj",
                4, 9, "parataxis", 9, 10, "punct", 12, 11, "det", 9, 12, "obj", 4, 13, "punct");
        assertThat(at(s, "considered").map(c -> text(s, c.contentStart, c.contentEnd)).orElse("")).doesNotContain("said");
        Candidate said = at(s, "said").orElseThrow();
        assertThat(text(s, said.sourceStart, said.sourceEnd)).isEqualTo("the mayor");
    }

    @Test void aCueInAnAsClauseReportsTheMainClause() {
        // "As the mayor noted, the bridge will close."
        Sentence s = sentence("As/IN the/DT mayor/NN noted/VBD/note ,/, the/DT bridge/NN will/MD close/VB ./.", 8,
                3, 0, "mark", 2, 1, "det", 3, 2, "nsubj", 8, 3, "advcl:as", 8, 4, "punct", 6, 5, "det", 8, 6, "nsubj", 8, 7, "aux", 8, 9, "punct");
        Candidate c = at(s, "noted").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("the mayor");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the bridge will close");
    }

    @Test void aNounCueObjectOfASupportVerbSpeaksForTheVerbsSubject() {
        // "The senator made no mention of the budget." / "The senator made the pledge." (nothing said)
        Sentence s = sentence("The/DT senator/NN made/VBD/make no/DT mention/NN of/IN the/DT budget/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 4, 3, "det", 2, 4, "obj", 7, 5, "case", 7, 6, "det", 4, 7, "nmod:of", 2, 8, "punct");
        Candidate c = at(s, "mention").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The senator");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the budget");
        assertThat(text(s, c.cueStart, c.cueEnd)).isEqualTo("made no mention");
        Sentence bare = sentence("The/DT senator/NN made/VBD/make the/DT pledge/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 4, 3, "det", 2, 4, "obj", 2, 5, "punct");
        assertThat(at(bare, "pledge")).isEmpty(); // nothing said: no attribution
    }

    @Test void aPhraseCueWhosePrepositionMarksAnInfinitiveTakesTheClause() {
        // "The union called for the board to resign."
        Sentence s = sentence("The/DT union/NN called/VBD/call for/IN the/DT board/NN to/TO resign/VB ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 7, 3, "mark", 5, 4, "det", 7, 5, "nsubj", 7, 6, "mark", 2, 7, "advcl:to", 2, 8, "punct");
        Candidate c = at(s, "called").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The union");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the board to resign");
    }

    @Test void aCommonNounPhraseBeforeASubjectlessTrailingCueIsTheSource() {
        // "The pilot had flown 900 hours with Skyline, the airline said." (the parser hangs phrase and cue from "Skyline")
        Sentence s = sentence("The/DT pilot/NN had/VBD/have flown/VBN/fly 900/CD hours/NNS/hour with/IN Skyline/NNP ,/, the/DT airline/NN said/VBD/say ./.", 3,
                1, 0, "det", 3, 1, "nsubj", 3, 2, "aux", 5, 4, "nummod", 3, 5, "obj", 7, 6, "case", 3, 7, "obl:with",
                7, 8, "punct", 10, 9, "det", 7, 10, "appos", 7, 11, "dep", 3, 12, "punct");
        Candidate c = at(s, "said").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("the airline");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("The pilot had flown 900 hours with Skyline");
    }

    @Test void aOneWordAnswerAfterASpeechCueIsItsContent() {
        // "Most members said yes, but the chair abstained." / "Most members said so."
        Sentence s = sentence("Most/JJS members/NNS/member said/VBD/say yes/UH ,/, but/CC the/DT chair/NN abstained/VBD/abstain ./.", 2,
                1, 0, "amod", 2, 1, "nsubj", 2, 3, "discourse", 8, 4, "punct", 8, 5, "cc", 7, 6, "det", 8, 7, "nsubj", 2, 8, "conj:but", 2, 9, "punct");
        Candidate c = at(s, "said").orElseThrow();
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("yes");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("Most members");
        Sentence so = sentence("Most/JJS members/NNS/member said/VBD/say so/RB ./.", 2, 1, 0, "amod", 2, 1, "nsubj", 2, 3, "advmod", 2, 4, "punct");
        assertThat(text(so, at(so, "said").orElseThrow().contentStart, at(so, "said").orElseThrow().contentEnd)).isEqualTo("so");
    }
}
