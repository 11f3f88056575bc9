package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.quotes.CueLexicon;

/**
 * Cue arguments by class (issue 13, fifth round): invented sentences with hand-made parses shaped as CoreNLP's
 * enhanced++ graphs. Judgment verbs take the one judged and the reason, a passive with an agent takes its subject,
 * a pronoun object is content, an about-phrase of a verb of speaking or thinking is content, attitude verbs are cues,
 * and an addressee is never content.
 */
class CueFinderArgumentsTest {
    private final CueFinder finder = new CueFinder(CueLexicon.builtIn());

    private static Sentence sentence(String words, int root, Object... edges) { return HandParses.sentence(words, root, edges); }

    private static String text(Sentence s, int start, int end) { return HandParses.text(s, start, end); }

    private Optional<Candidate> at(Sentence s, String cueWord) {
        return finder.find(s, s.graph()).stream().filter(c -> s.tokens().get(c.cueToken).word().equals(cueWord)).findFirst();
    }

    @Test void aJudgmentVerbTakesTheOneJudgedAndTheReason() {
        // "The mayor thanked the volunteers for their work."
        Sentence s = sentence("The/DT mayor/NN thanked/VBD/thank the/DT volunteers/NNS/volunteer for/IN their/PRP$ work/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "obj", 4, 3, "det", 2, 7, "obl:for", 7, 5, "case", 7, 6, "nmod:poss", 2, 8, "punct");
        Candidate c = at(s, "thanked").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The mayor");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the volunteers for their work");
    }

    @Test void anAddresseeIsNeverContent() {
        // "The coach told reporters nothing."
        Sentence s = sentence("The/DT coach/NN told/VBD/tell reporters/NNS/reporter nothing/NN ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 3, "iobj", 2, 4, "obj", 2, 5, "punct");
        Sentence asked = sentence("The/DT coach/NN asked/VBD/ask the/DT players/NNS/player ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "obj", 4, 3, "det", 2, 5, "punct");
        // bare speech cues: the quotation stage may give them a quoted content, the object never is
        assertThat(at(asked, "asked").orElseThrow().hasContent()).isFalse();
        assertThat(at(s, "told").orElseThrow().hasContent()).isFalse();
    }

    @Test void aPassiveCueWithAnAgentTakesItsSubjectAsContent() {
        // "The plan was rejected by most members."
        Sentence s = sentence("The/DT plan/NN was/VBD/be rejected/VBN/reject by/IN most/JJS members/NNS/member ./.", 3,
                1, 0, "det", 3, 1, "nsubj:pass", 3, 2, "aux:pass", 3, 6, "obl:agent", 6, 4, "case", 6, 5, "amod", 3, 7, "punct");
        Candidate c = at(s, "rejected").orElseThrow();
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("The plan");
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("most members");
    }

    @Test void aPassiveCueWithoutAgentTakesNoSubjectAsContent() {
        // "The plan was rejected." names nobody who rejected it: at most a bare cue for the quotation stage
        Sentence s = sentence("The/DT plan/NN was/VBD/be rejected/VBN/reject ./.", 3,
                1, 0, "det", 3, 1, "nsubj:pass", 3, 2, "aux:pass", 3, 4, "punct");
        assertThat(at(s, "rejected").map(Candidate::hasContent)).isNotEqualTo(Optional.of(true));
    }

    @Test void aPersonalPronounObjectIsContentAReflexiveIsNot() {
        // "Critics denounced him." / "He dubbed himself a reformer."
        Sentence s = sentence("Critics/NNS/critic denounced/VBD/denounce him/PRP ./.", 1, 1, 0, "nsubj", 1, 2, "obj", 1, 3, "punct");
        Candidate c = at(s, "denounced").orElseThrow();
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("him");
        Sentence r = sentence("He/PRP dubbed/VBD/dub himself/PRP a/DT reformer/NN ./.", 1,
                1, 0, "nsubj", 1, 2, "obj", 1, 4, "xcomp", 4, 3, "det", 1, 5, "punct");
        assertThat(at(r, "dubbed").map(x -> text(r, x.contentStart, x.contentEnd)).orElse("")).doesNotContain("himself");
    }

    @Test void aVerbOfSpeakingTakesWhatItIsAboutNotAnOnPhrase() {
        // "Residents complained about the noise." / "She responded on Twitter."
        Sentence s = sentence("Residents/NNS/resident complained/VBD/complain about/IN the/DT noise/NN ./.", 1,
                1, 0, "nsubj", 1, 4, "obl:about", 4, 2, "case", 4, 3, "det", 1, 5, "punct");
        Candidate c = at(s, "complained").orElseThrow();
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the noise"); // the preposition stays out, as a cue's
        Sentence on = sentence("She/PRP responded/VBD/respond on/IN Twitter/NNP ./.", 1,
                1, 0, "nsubj", 1, 3, "obl:on", 3, 2, "case", 1, 4, "punct");
        assertThat(at(on, "responded").orElseThrow().hasContent()).isFalse();
    }

    @Test void cognitionAndAttitudeVerbsTakeAnObject() {
        // "Voters know this." / "Farmers hate the new tax."
        Sentence s = sentence("Voters/NNS/voter know/VBP this/DT ./.", 1, 1, 0, "nsubj", 1, 2, "obj", 1, 3, "punct");
        assertThat(at(s, "know").map(c -> text(s, c.contentStart, c.contentEnd))).hasValue("this");
        Sentence h = sentence("Farmers/NNS/farmer hate/VBP the/DT new/JJ tax/NN ./.", 1,
                1, 0, "nsubj", 1, 4, "obj", 4, 2, "det", 4, 3, "amod", 1, 5, "punct");
        assertThat(at(h, "hate").map(c -> text(h, c.sourceStart, c.sourceEnd))).hasValue("Farmers");
        assertThat(List.of(CueLexicon.builtIn().has("thank", CueLexicon.Trait.JUDGMENT), CueLexicon.builtIn().has("tell", CueLexicon.Trait.ADDRESSEE)))
                .containsOnly(true);
    }

    @Test void aRaisingVerbsSubjectIsContentNotASpeaker() {
        // "The plan seems to work." / "The plan seemed to critics to fail."
        Sentence s = sentence("The/DT plan/NN seems/VBZ/seem to/TO work/VB ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "xcomp", 4, 3, "mark", 2, 5, "punct");
        Candidate c = at(s, "seems").orElseThrow();
        assertThat(c.hasSource()).isFalse();
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("to work");
        Sentence e = sentence("The/DT plan/NN seemed/VBD/seem to/TO critics/NNS/critic to/TO fail/VB ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "obl:to", 4, 3, "case", 2, 6, "xcomp", 6, 5, "mark", 2, 7, "punct");
        Candidate x = at(e, "seemed").orElseThrow();
        assertThat(text(e, x.sourceStart, x.sourceEnd)).isEqualTo("critics");
    }

    @Test void aForPhraseIsWhatASpeechOrStanceIsForNeverATime() {
        // "Unions advocated for a higher wage." / "She spoke for an hour." (NER marks the duration)
        Sentence s = sentence("Unions/NNS/union advocated/VBD/advocate for/IN a/DT higher/JJR wage/NN ./.", 1,
                1, 0, "nsubj", 1, 5, "obl:for", 5, 2, "case", 5, 3, "det", 5, 4, "amod", 1, 6, "punct");
        assertThat(at(s, "advocated").map(c -> text(s, c.contentStart, c.contentEnd))).hasValue("a higher wage");
        Sentence t = new Sentence(0, 0, 27, List.of(
                new org.parley.annotate.Token(0, 0, 3, "She", "she", "PRP", "O"),
                new org.parley.annotate.Token(1, 4, 9, "spoke", "speak", "VBD", "O"),
                new org.parley.annotate.Token(2, 10, 13, "for", "for", "IN", "O"),
                new org.parley.annotate.Token(3, 14, 16, "an", "a", "DT", "DURATION"),
                new org.parley.annotate.Token(4, 17, 21, "hour", "hour", "NN", "DURATION"),
                new org.parley.annotate.Token(5, 21, 22, ".", ".", ".", "O")),
                List.of(new org.parley.annotate.Dependency(-1, 1, "root"), new org.parley.annotate.Dependency(1, 0, "nsubj"),
                        new org.parley.annotate.Dependency(1, 4, "obl:for"), new org.parley.annotate.Dependency(4, 2, "case"),
                        new org.parley.annotate.Dependency(4, 3, "det"), new org.parley.annotate.Dependency(1, 5, "punct")), true);
        Candidate spoke = at(t, "spoke").orElseThrow();
        assertThat(spoke.hasContent()).as(text(t, spoke.contentStart, spoke.contentEnd) + " " + spoke.how).isFalse();
    }

    @Test void aWithoutPhraseAfterTheObjectQualifiesIt() {
        // "Norway favors a treaty without exemptions." (the parser hangs the phrase on the verb)
        Sentence s = sentence("Norway/NNP favors/VBZ/favor a/DT treaty/NN without/IN exemptions/NNS/exemption ./.", 1,
                1, 0, "nsubj", 1, 3, "obj", 3, 2, "det", 1, 5, "obl:without", 5, 4, "case", 1, 6, "punct");
        Candidate c = at(s, "favors").orElseThrow();
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("a treaty without exemptions");
    }

    @Test void aNominalisedCueSpeaksForItsPossessor() {
        // "The senator's endorsement of the governor surprised nobody."
        Sentence s = sentence("The/DT senator/NN 's/POS endorsement/NN of/IN the/DT governor/NN surprised/VBD/surprise nobody/NN ./.", 7,
                1, 0, "det", 3, 1, "nmod:poss", 1, 2, "case", 7, 3, "nsubj", 3, 6, "nmod:of", 6, 4, "case", 6, 5, "det",
                7, 8, "obj", 7, 9, "punct");
        Candidate c = at(s, "endorsement").orElseThrow();
        assertThat(text(s, c.sourceStart, c.sourceEnd)).isEqualTo("The senator 's");
        assertThat(text(s, c.contentStart, c.contentEnd)).isEqualTo("the governor");
    }

    @Test void anAgentlessPassiveTakesNoAboutPhrase() {
        // "The ministry was warned about an attack.": nobody in the text warned
        Sentence s = sentence("The/DT ministry/NN was/VBD/be warned/VBN/warn about/IN an/DT attack/NN ./.", 3,
                1, 0, "det", 3, 1, "nsubj:pass", 3, 2, "aux:pass", 3, 6, "obl:about", 6, 4, "case", 6, 5, "det", 3, 7, "punct");
        assertThat(at(s, "warned").map(Candidate::hasContent)).isNotEqualTo(Optional.of(true));
    }
}
