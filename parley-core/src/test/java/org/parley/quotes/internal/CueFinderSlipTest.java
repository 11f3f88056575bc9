package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.quotes.CueLexicon;

/**
 * Subjects the parse misplaces (issue 13, fourth round): invented sentences with hand-made parses shaped as
 * CoreNLP's enhanced++ graphs gave them for sentences of the same build.
 */
class CueFinderSlipTest {
    private final CueFinder finder = new CueFinder(CueLexicon.builtIn());

    private static Sentence sentence(String words, int root, Object... edges) { return HandParses.sentence(words, root, edges); }

    private static String text(Sentence s, int start, int end) { return HandParses.text(s, start, end); }

    private Candidate at(Sentence s, String cueWord) {
        return finder.find(s, s.graph()).stream().filter(c -> s.tokens().get(c.cueToken).word().equals(cueWord)).findFirst().orElseThrow();
    }

    @Test void aVerbCoordinatedWithAnObjectNounSharesTheFirstVerbsSubject() {
        // "The ministers discussed the budget, the debts, and agreed to meet.": "agreed" hangs from "debts" as conj
        // and, in the enhanced graph, from "discussed" as obj
        Sentence s = sentence("The/DT ministers/NNS/minister discussed/VBD/discuss the/DT budget/NN ,/, the/DT debts/NNS/debt ,/, "
                        + "and/CC agreed/VBD/agree to/TO meet/VB ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "obj", 4, 3, "det", 2, 7, "obj", 7, 6, "det", 7, 10, "conj:and", 2, 10, "obj",
                10, 9, "cc", 10, 12, "xcomp", 12, 11, "mark", 2, 13, "punct");
        Candidate c = at(s, "agreed");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The ministers");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("to meet");
    }

    @Test void aSecondVerbWithoutAndSpeaksForTheFirstVerbsSubject() {
        // "The ministers exchanged views, agreed on a plan.": machine translation drops the "and"
        Sentence s = sentence("The/DT ministers/NNS/minister exchanged/VBD/exchange views/NNS/view ,/, agreed/VBD/agree on/IN a/DT plan/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 3, "obj", 2, 4, "punct", 2, 5, "dep", 5, 8, "obl:on", 8, 6, "case", 8, 7, "det", 2, 9, "punct");
        Candidate c = at(s, "agreed");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The ministers");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("on a plan");
    }

    @Test void aSubjectTheParserMadeTheRootStillSpeaks() {
        // "Mr Smith, clearly calm after the talks, later denied any link."
        Sentence s = sentence("Mr/NNP Smith/NNP ,/, clearly/RB calm/JJ after/IN the/DT talks/NNS/talk ,/, later/RB denied/VBD/deny any/DT link/NN ./.", 1,
                1, 0, "compound", 1, 2, "punct", 1, 4, "dep", 4, 3, "advmod", 4, 7, "obl:after", 7, 5, "case", 7, 6, "det",
                4, 8, "punct", 4, 10, "dep", 10, 9, "advmod", 10, 12, "obj", 12, 11, "det", 1, 13, "punct");
        Candidate c = at(s, "denied");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("Mr Smith");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("any link");
    }

    @Test void aSecondVerbWithASubjectOfItsOwnIsNotCoordinated() {
        // "Taxes rose, the minister said.": the trailing cue keeps its own subject and the clause before it
        Sentence s = sentence("Taxes/NNS/tax rose/VBD/rise ,/, the/DT minister/NN said/VBD/say ./.", 1,
                1, 0, "nsubj", 1, 2, "punct", 1, 5, "parataxis", 5, 4, "nsubj", 4, 3, "det", 1, 6, "punct");
        Candidate c = at(s, "said");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("the minister");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("Taxes rose");
    }

    @Test void aParticipleReadAsASubordinatorSpeaksForTheClauseSubject() {
        // "Smith backed Jones on Monday, saying it is time to act.": CoreNLP makes "saying" the mark of an advcl
        Sentence s = sentence("Smith/NNP backed/VBD/back Jones/NNP on/IN Monday/NNP ,/, saying/VBG/say it/PRP is/VBZ/be time/NN to/TO act/VB ./.", 1,
                1, 0, "nsubj", 1, 2, "obj", 1, 4, "obl:on", 4, 3, "case", 1, 5, "punct", 1, 9, "advcl:saying", 9, 6, "mark",
                9, 7, "nsubj", 9, 8, "cop", 9, 11, "acl:to", 11, 10, "mark", 1, 12, "punct");
        Candidate c = at(s, "saying");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("Smith");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("it is time to act");
    }

    @Test void anInvertedSpeakerParsedAsTheObjectSpeaks() {
        // "Prices will fall soon, said several economists.": the parser made the speaker the object of "said"
        Sentence s = sentence("Prices/NNS/price will/MD fall/VB soon/RB ,/, said/VBD/say several/JJ economists/NNS/economist ./.", 5,
                2, 0, "nsubj", 2, 1, "aux", 2, 3, "advmod", 5, 2, "ccomp", 5, 4, "punct", 5, 7, "obj", 7, 6, "amod", 5, 8, "punct");
        Candidate c = at(s, "said");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("several economists");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("Prices will fall soon");
    }

    @Test void everyConjunctOfTheComplementIsContent() {
        // "Smith said she was tired and wanted a change.": enhanced++ gives "said" the conjunct "wanted" as a second
        // ccomp, and the tree then hangs it from "said"; it is still part of what Smith said
        Sentence s = sentence("Smith/NNP said/VBD/say she/PRP was/VBD/be tired/JJ and/CC wanted/VBD/want a/DT change/NN ./.", 1,
                1, 0, "nsubj", 1, 4, "ccomp", 4, 2, "nsubj", 4, 3, "cop", 4, 6, "conj:and", 1, 6, "ccomp", 6, 5, "cc", 6, 2, "nsubj",
                6, 8, "obj", 8, 7, "det", 1, 9, "punct");
        Candidate c = at(s, "said");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("she was tired and wanted a change");
    }

    @Test void aPassiveCueTakesNoSourceFromTheClauseAbove() {
        // A passive cue above the clause ("if he is elected ..., he will seek reform"): the elected one is no speaker, nor is the main subject
        Sentence s = sentence("If/IN he/PRP is/VBZ/be elected/VBN/elect president/NN ,/, he/PRP will/MD seek/VB reform/NN ./.", 8,
                8, 3, "advcl:if", 3, 0, "mark", 3, 1, "nsubj:pass", 3, 2, "aux:pass", 3, 4, "xcomp", 8, 5, "punct", 8, 6, "nsubj",
                8, 7, "aux", 8, 9, "obj", 8, 10, "punct");
        finder.find(s, s.graph()).stream().filter(c -> s.tokens().get(c.cueToken).word().equals("elected"))
                .forEach(c -> assertThat(c.sourceStart).isEqualTo(-1));
    }

    @Test void aNamedSubjectTheParserHungElsewhereIsReadOffTheSurface() {
        // "Smith remains committed to the race, his top aide, Tad Devine, told the paper.": the parser made the aide a
        // conjunct of "race" and hung "told" from "remains" without a subject
        Sentence s = sentence("Smith/NNP remains/VBZ/remain committed/JJ to/IN the/DT race/NN ,/, his/PRP$ top/JJ aide/NN ,/, Tad/NNP Devine/NNP ,/, "
                        + "told/VBD/tell the/DT paper/NN ./.", 1,
                1, 0, "nsubj", 1, 2, "xcomp", 2, 5, "obl:to", 5, 3, "case", 5, 4, "det", 5, 9, "conj", 9, 7, "nmod:poss", 9, 8, "amod",
                5, 12, "appos", 12, 11, "compound", 1, 14, "dep", 14, 16, "obj", 16, 15, "det", 1, 17, "punct");
        Candidate c = at(s, "told");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("his top aide , Tad Devine");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("Smith remains committed to the race");
    }

    @Test void aToInfinitiveReadAsAPrepositionalObjectSharesTheSubject() {
        // "She went on to say that taxes rise.": the parser read "on to say" as a prepositional phrase
        Sentence s = sentence("She/PRP went/VBD/go on/IN to/TO say/VB that/IN taxes/NNS/tax rise/VBP ./.", 1,
                1, 0, "nsubj", 1, 4, "obl:on", 4, 2, "case", 4, 3, "mark", 4, 7, "ccomp", 7, 5, "mark", 7, 6, "nsubj", 1, 8, "punct");
        Candidate c = at(s, "say");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("She");
    }

    @Test void whoIsTheSubjectOfItsClauseWhateverTheParse() {
        // "The leaders, who, on a call, criticized the plan": enhanced++ made the antecedent the object
        Sentence s = sentence("The/DT leaders/NNS/leader ,/, who/WP ,/, on/IN a/DT call/NN ,/, criticized/VBD/criticize the/DT plan/NN", 1,
                1, 0, "det", 1, 3, "ref", 1, 9, "acl:relcl", 9, 1, "obj", 9, 7, "obl:on", 7, 5, "case", 7, 6, "det", 9, 11, "obj", 11, 10, "det");
        Candidate c = at(s, "criticized");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("who");
    }
}
