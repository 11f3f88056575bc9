package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventArgumentsTest.article;
import static org.parley.events.EventArgumentsTest.codes;
import static org.parley.events.EventArgumentsTest.entities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.EventArgumentsTest.S;
import org.parley.model.Event;

/**
 * Event actors by structure (issue 15, session 10): a named person or body whose thing (a plan, a remark, a
 * policy) an act is aimed at is the target, also when source and target share a state. Own invented sentences,
 * hand-parsed; entity codes are arbitrary.
 */
class EventActorsSession10Test {
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<Event> of(AnnotatedArticle doc, String[] ents, String type) {
        return extractor.extract(doc, uncodedDashes(entities(doc, ents)), List.of()).stream().filter(e -> e.type().equals(type)).toList();
    }

    /** An entity spec with country and sector "-" is a name the knowledge base does not know: no actor code. */
    private static ArticleEntities uncodedDashes(ArticleEntities in) {
        return new ArticleEntities(in.entities().stream().map(x -> "-".equals(x.actor().country()) && "-".equals(x.actor().sector())
                ? new ArticleEntity(x.localId(), x.name(), x.type(), null, x.variants(), x.spans()) : x).toList());
    }

    @Test void thePossessorOfACriticisedThingIsTheTargetEvenOfTheSameState() {
        // "Berg criticized Holm 's plan ."
        AnnotatedArticle doc = article(new S("Berg/Berg/NNP/PERSON criticized/criticize/VBD Holm/Holm/NNP/PERSON 's/'s/POS/O "
                + "plan/plan/NN/O ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 4 2; case 2 3; obj 1 4; punct 1 5"));
        List<Event> ev = of(doc, new String[] {"Berg PERSON AAA GOV", "Holm PERSON AAA LEG"}, "ACCUSE");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("AAA");
        assertThat(ev.get(0).target().get(0).text()).contains("Holm");
    }

    @Test void aNationalAdjectiveOfTheSourcesOwnThingIsStillNoTarget() {
        // "Norland criticized Norlandic retaliation ." -- the thing is the source's own country's
        AnnotatedArticle doc = article(new S("Norland/Norland/NNP/COUNTRY criticized/criticize/VBD Norlandic/Norlandic/JJ/NATIONALITY "
                + "retaliation/retaliation/NN/O ./././O",
                "root -1 1; nsubj 1 0; amod 3 2; obj 1 3; punct 1 4"));
        for (Event e : of(doc, new String[] {"Norland COUNTRY AAA GOV", "Norlandic NATIONALITY AAA -"}, "ACCUSE")) {
            assertThat(codes(e.target())).doesNotContain("AAA");
        }
    }

    @Test void aFinitePredicateMisattachedToAComplementClauseTakesTheUpperSubject() {
        // "Berg predicted that prices would fall and praised Holm ." parsed with "praised" as a conjunct of "fall"
        AnnotatedArticle doc = article(new S("Berg/Berg/NNP/PERSON predicted/predict/VBD that/that/IN prices/price/NNS/O would/would/MD "
                + "fall/fall/VB and/and/CC praised/praise/VBD Holm/Holm/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; mark 5 2; nsubj 5 3; aux 5 4; ccomp 1 5; cc 7 6; conj:and 5 7; nsubj 7 3; obj 7 8; punct 1 9"));
        List<Event> ev = of(doc, new String[] {"Berg PERSON AAA GOV", "Holm PERSON BBB GOV"}, "SUPPORT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("BBB");
    }

    @Test void aTrueCoordinationInsideTheComplementKeepsItsOwnSubject() {
        // "Berg said that Sudland praised Holm and thanked Lind ."
        AnnotatedArticle doc = article(new S("Berg/Berg/NNP/PERSON said/say/VBD that/that/IN Sudland/Sudland/NNP/COUNTRY praised/praise/VBD "
                + "Holm/Holm/NNP/PERSON and/and/CC thanked/thank/VBD Lind/Lind/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; mark 4 2; nsubj 4 3; ccomp 1 4; obj 4 5; cc 7 6; conj:and 4 7; nsubj 7 3; obj 7 8; punct 1 9"));
        List<Event> ev = of(doc, new String[] {"Berg PERSON AAA GOV", "Sudland COUNTRY CCC GOV", "Holm PERSON BBB GOV", "Lind PERSON DDD GOV"}, "SUPPORT");
        assertThat(ev).isNotEmpty();
        for (Event e : ev) assertThat(codes(e.source())).containsExactly("CCC");
    }

    @Test void whoseAimAnEventNounIsGivesItsSource() {
        // "Berg 's push for an accord with Sudland failed ."
        AnnotatedArticle doc = article(new S("Berg/Berg/NNP/PERSON 's/'s/POS/O push/push/NN/O for/for/IN an/a/DT/O accord/accord/NN/O "
                + "with/with/IN Sudland/Sudland/NNP/COUNTRY failed/fail/VBD ./././O",
                "root -1 8; nsubj 8 2; nmod:poss 2 0; case 0 1; case 5 3; det 5 4; nmod:for 2 5; case 7 6; nmod:with 5 7; punct 8 9"));
        List<Event> ev = of(doc, new String[] {"Berg PERSON AAA GOV", "Sudland COUNTRY BBB GOV"}, "AGREE");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("BBB");
    }

    @Test void anUnknownPersonTakesTheStateOfTheArticlesPeopleButMakesNoEventAlone() {
        // "Lind met Holm . Berg met Ohm . Valk praised Holm . Valk praised Teodor ."
        AnnotatedArticle doc = article(
                new S("Lind/Lind/NNP/PERSON met/meet/VBD Holm/Holm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"),
                new S("Berg/Berg/NNP/PERSON met/meet/VBD Ohm/Ohm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"),
                new S("Valk/Valk/NNP/PERSON praised/praise/VBD Holm/Holm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"),
                new S("Valk/Valk/NNP/PERSON praised/praise/VBD Teodor/Teodor/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"));
        String[] ents = {"Lind PERSON AAA GOV", "Holm PERSON AAA LEG", "Berg PERSON AAA GOV", "Ohm PERSON AAA GOV", "Valk PERSON - -", "Teodor PERSON - -"};
        List<Event> ev = of(doc, ents, "SUPPORT");
        assertThat(ev).hasSize(1); // "Valk praised Teodor" names no one known: no event
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(ev.get(0).source().get(0).text()).isEqualTo("Valk");
    }

    @Test void noPrevailingStateLeavesAnUnknownPersonUncoded() {
        // "Lind met Holm . Valk praised Holm ." -- too few known people to say where the article is
        AnnotatedArticle doc = article(
                new S("Lind/Lind/NNP/PERSON met/meet/VBD Holm/Holm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"),
                new S("Valk/Valk/NNP/PERSON praised/praise/VBD Holm/Holm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"));
        List<Event> ev = of(doc, new String[] {"Lind PERSON AAA GOV", "Holm PERSON AAA LEG", "Valk PERSON - -"}, "SUPPORT");
        for (Event e : ev) assertThat(e.source()).isEmpty();
    }

    @Test void aPronounForAnUnknownPersonTakesTheArticlesPrevailingState() {
        // "Lind met Holm . Berg met Ohm . Valk said he backs Holm ."
        AnnotatedArticle doc = article(
                new S("Lind/Lind/NNP/PERSON met/meet/VBD Holm/Holm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"),
                new S("Berg/Berg/NNP/PERSON met/meet/VBD Ohm/Ohm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"),
                new S("Valk/Valk/NNP/PERSON said/say/VBD he/he/PRP/O backs/back/VBZ Holm/Holm/NNP/PERSON ./././O",
                        "root -1 1; nsubj 1 0; nsubj 3 2; ccomp 1 3; obj 3 4; punct 1 5"));
        String[] ents = {"Lind PERSON AAA GOV", "Holm PERSON AAA LEG", "Berg PERSON AAA GOV", "Ohm PERSON AAA GOV", "Valk PERSON - -"};
        List<Event> ev = of(doc, ents, "SUPPORT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("AAA");
    }

    @Test void aPronounTakesThePreviousSentencesDescribedSubject() {
        // "The Norlandic leader spoke . He praised Holm ."
        AnnotatedArticle doc = article(
                new S("The/the/DT/O Norlandic/Norlandic/JJ/NATIONALITY leader/leader/NN/O spoke/speak/VBD ./././O",
                        "root -1 3; det 2 0; amod 2 1; nsubj 3 2; punct 3 4"),
                new S("He/he/PRP/O praised/praise/VBD Holm/Holm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"));
        List<Event> ev = of(doc, new String[] {"Norlandic NATIONALITY AAA -", "Holm PERSON BBB GOV"}, "SUPPORT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("BBB");
    }

    @Test void aChainOfSubjectPronounsLeadsBackToTheName() {
        // "Berg arrived . He spoke . He praised Holm ."
        AnnotatedArticle doc = article(
                new S("Berg/Berg/NNP/PERSON arrived/arrive/VBD ./././O", "root -1 1; nsubj 1 0; punct 1 2"),
                new S("He/he/PRP/O spoke/speak/VBD ./././O", "root -1 1; nsubj 1 0; punct 1 2"),
                new S("He/he/PRP/O praised/praise/VBD Holm/Holm/NNP/PERSON ./././O", "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"));
        List<Event> ev = of(doc, new String[] {"Berg PERSON AAA GOV", "Holm PERSON BBB GOV"}, "SUPPORT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
    }

    @Test void aMisattachedConjunctAlsoCopiedAsAComplementTakesTheUpperSubject() {
        // "Berg predicted that prices would fall and praised Holm ." with the enhanced graph also giving "praised"
        // as a complement of "predicted"
        AnnotatedArticle doc = article(new S("Berg/Berg/NNP/PERSON predicted/predict/VBD that/that/IN prices/price/NNS/O would/would/MD "
                + "fall/fall/VB and/and/CC praised/praise/VBD Holm/Holm/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; mark 5 2; nsubj 5 3; aux 5 4; ccomp 1 5; ccomp 1 7; cc 7 6; conj:and 5 7; nsubj 7 3; obj 7 8; punct 1 9"));
        List<Event> ev = of(doc, new String[] {"Berg PERSON AAA GOV", "Holm PERSON BBB GOV"}, "SUPPORT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
    }
}
