package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.quotes.CueLexicon;

/**
 * Issue 13, seventh round: cues in the lexicon that the parse shape hid. Invented sentences with hand-made parses
 * shaped as CoreNLP's enhanced++ graphs, each with the slip the parser makes on such sentences.
 */
class CueFinderSeventhRoundTest {
    private final CueFinder finder = new CueFinder(CueLexicon.builtIn());

    private static Sentence sentence(String words, int root, Object... edges) { return HandParses.sentence(words, root, edges); }

    private static String text(Sentence s, int start, int end) { return HandParses.text(s, start, end); }

    private Optional<Candidate> at(Sentence s, String cueWord) {
        return finder.find(s, s.graph()).stream().filter(c -> s.tokens().get(c.cueToken).word().equals(cueWord)).findFirst();
    }

    @Test void aReducedRelativeReadAsAClausalSubjectSpeaks() {
        // "A report released by the agency noted that prices rose." (the parser: csubj(noted, released))
        Sentence s = sentence("A/DT report/NN released/VBN/release by/IN the/DT agency/NN noted/VBD/note that/IN prices/NNS/price rose/VBD/rise ./.", 6,
                1, 0, "det", 2, 1, "nsubj:pass", 6, 2, "csubj", 5, 3, "case", 5, 4, "det", 2, 5, "obl:agent",
                6, 9, "ccomp", 9, 7, "mark", 9, 8, "nsubj", 6, 10, "punct");
        Candidate c = at(s, "noted").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("A report released by the agency");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("that prices rose");
    }

    @Test void aGenuineClausalSubjectIsNoSpeaker() {
        // "Winning the state proves that he can win."
        Sentence s = sentence("Winning/VBG/win the/DT state/NN proves/VBZ/prove that/IN he/PRP can/MD win/VB ./.", 3,
                0, 2, "obj", 2, 1, "det", 3, 0, "csubj", 3, 7, "ccomp", 7, 4, "mark", 7, 5, "nsubj", 7, 6, "aux", 3, 8, "punct");
        assertThat(at(s, "proves").map(Candidate::hasSource).orElse(false)).isFalse();
    }

    @Test void anUnlabelledComplementAfterTheCueIsItsContent() {
        // "A video shows her clutching a phone." (the parser: dep(shows, clutching))
        Sentence s = sentence("A/DT video/NN shows/VBZ/show her/PRP clutching/VBG/clutch a/DT phone/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "dep", 4, 3, "nsubj", 6, 5, "det", 4, 6, "obj", 2, 7, "punct");
        Candidate c = at(s, "shows").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("A video");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("her clutching a phone");
    }

    @Test void aCueInsideTheClauseItReportsTakesBothSidesAndIsNoOtherCuesContent() {
        // "The museum, the mayor said, honors local heroes."
        Sentence s = sentence("The/DT museum/NN ,/, the/DT mayor/NN said/VBD/say ,/, honors/VBZ/honor local/JJ heroes/NNS/hero ./.", 7,
                1, 0, "det", 7, 1, "nsubj", 5, 2, "punct", 4, 3, "det", 5, 4, "nsubj", 7, 5, "parataxis", 5, 6, "punct",
                9, 8, "amod", 7, 9, "obj", 7, 10, "punct");
        Candidate said = at(s, "said").orElseThrow();
        assertThat(text(s, said.sourceStart, said.sourceEnd)).isEqualTo("the mayor");
        assertThat(text(s, said.contentStart, said.contentEnd)).isEqualTo("The museum");
        assertThat(text(s, said.secondStart, said.secondEnd)).isEqualTo("honors local heroes");
        assertThat(at(s, "honors").map(c -> text(s, c.contentStart, c.contentEnd)).orElse("")).doesNotContain("said");
    }

    @Test void aFreeParticipleInsideAReportedClauseSpeaksForTheReporter() {
        // "The mayor said the plan works, adding that costs fell." (the parser hung "adding" from "works")
        Sentence s = sentence("The/DT mayor/NN said/VBD/say the/DT plan/NN works/VBZ/work ,/, adding/VBG/add that/IN costs/NNS/cost fell/VBD/fall ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 5, "ccomp", 4, 3, "det", 5, 4, "nsubj", 7, 6, "punct", 5, 7, "advcl",
                7, 10, "ccomp", 10, 8, "mark", 10, 9, "nsubj", 2, 11, "punct");
        Candidate said = at(s, "said").orElseThrow();
        assertThat(text(s, said.contentStart, said.contentEnd)).isEqualTo("the plan works");
        Candidate adding = at(s, "adding").orElseThrow();
        assertThat(text(s, adding.sourceStart, adding.sourceEnd)).isEqualTo("The mayor");
        assertThat(text(s, adding.contentStart, adding.contentEnd)).isEqualTo("that costs fell");
    }

    @Test void aRelativeClauseClosedBeforeTheCueLeavesTheNounAsSpeaker() {
        // "Smith, who has a lead, mocked Jones." (the graph's ref edge ties "who" to Smith)
        Sentence s = sentence("Smith/NNP ,/, who/WP has/VBZ/have a/DT lead/NN ,/, mocked/VBD/mock Jones/NNP ./.", 7,
                7, 0, "nsubj", 0, 1, "punct", 0, 3, "acl:relcl", 3, 0, "nsubj", 0, 2, "ref", 3, 5, "obj", 5, 4, "det",
                0, 6, "punct", 7, 8, "obj", 7, 9, "punct");
        Candidate c = at(s, "mocked").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).startsWith("Smith").isNotEqualTo("who");
    }

    @Test void aMessageObjectSpeaksForTheSubjectThatIssuedIt() {
        // "The council issued a statement condemning the plan." / "The council heard voters condemning the plan."
        Sentence s = sentence("The/DT council/NN issued/VBD/issue a/DT statement/NN condemning/VBG/condemn the/DT plan/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "obj", 4, 3, "det", 4, 5, "acl", 5, 7, "obj", 7, 6, "det", 2, 8, "punct");
        Candidate c = at(s, "condemning").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The council");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the plan");
        Sentence people = sentence("The/DT council/NN heard/VBD/hear voters/NNS/voter condemning/VBG/condemn the/DT plan/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 3, "obj", 3, 4, "acl", 4, 6, "obj", 6, 5, "det", 2, 7, "punct");
        Candidate v = at(people, "condemning").orElseThrow();
        assertThat(text(people, v.sourceStart, v.sourceEnd)).isEqualTo("voters");
    }

    @Test void aGerundReadAsAnAdjectiveIsAVerbWithAnObject() {
        // "She won by denouncing the deal." (the parser: amod(deal, denouncing))
        Sentence s = sentence("She/PRP won/VBD/win by/IN denouncing/VBG/denounce the/DT deal/NN ./.", 1,
                1, 0, "nsubj", 1, 5, "obl:by", 5, 2, "case", 5, 3, "amod", 5, 4, "det", 1, 6, "punct");
        Candidate c = at(s, "denouncing").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("She");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the deal");
        // "the announced plan": an adjectival participle stays no cue
        Sentence adj = sentence("They/PRP rejected/VBD/reject the/DT announced/VBN/announce plan/NN ./.", 1,
                1, 0, "nsubj", 1, 4, "obj", 4, 2, "det", 4, 3, "amod", 1, 5, "punct");
        assertThat(at(adj, "announced")).isEmpty();
    }

    @Test void aThingGivenAsControllerOfAnInfinitiveCueDoesNotSpeak() {
        // "Ramos used his speech to call for reforms." (enhanced graph: nsubj:xsubj(call, speech)) / "She asked him to explain it."
        Sentence s = sentence("Ramos/NNP used/VBD/use his/PRP$ speech/NN to/TO call/VB for/IN reforms/NNS/reform ./.", 1,
                1, 0, "nsubj", 1, 3, "obj", 3, 2, "nmod:poss", 1, 5, "xcomp", 5, 3, "nsubj:xsubj", 5, 4, "mark", 5, 7, "obl:for", 7, 6, "case", 1, 8, "punct");
        Candidate c = at(s, "call").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("Ramos");
        Sentence person = sentence("She/PRP asked/VBD/ask him/PRP to/TO explain/VB/explain it/PRP ./.", 1,
                1, 0, "nsubj", 1, 2, "obj", 1, 4, "xcomp", 4, 2, "nsubj:xsubj", 4, 3, "mark", 4, 5, "obj", 1, 6, "punct");
        Candidate e = at(person, "explain").orElseThrow();
        assertThat(text(person, e.sourceStart, e.sourceEnd)).isEqualTo("him");
    }
}
