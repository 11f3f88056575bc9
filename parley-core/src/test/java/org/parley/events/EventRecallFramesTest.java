package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Event;

/**
 * Session 8 frames (issue 15) on hand-written parses of sentences written for these tests: a frame noun found
 * through a noun of amount or a noun head's "of" phrase, and one frame of each new category (hostilities halted,
 * police posted, intelligence shared, outlets shut, aircraft downed, expulsions of diplomats).
 */
class EventRecallFramesTest {
    static final LocalDate DAY = LocalDate.of(2021, 3, 10);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<Event> code(String tokens, String deps, Object... entities) {
        return Parses.events(extractor, DAY, tokens, deps, entities);
    }

    @Test void anAmountPassesItsInPhraseToTheFrame() {
        // "Norway suspended 50 million kroner in aid to Malawi ." (a sum counted by a number: what it is comes after "in")
        List<Event> ev = code("Norway/Norway/NNP/COUNTRY suspended/suspend/VBD 50/50/CD million/million/CD kroner/krone/NNS in/in/IN "
                        + "aid/aid/NN to/to/IN Malawi/Malawi/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; compound 3 2; nummod 4 3; nmod:in 4 6; case 6 5; obl:to 1 8; case 8 7; punct 1 9",
                "e1", 0, 0, "NOR", "e2", 8, 8, "MWI");
        assertThat(ev).extracting(Event::type).containsExactly("SANCTION");
        assertThat(ev.get(0).cameo()).isEqualTo("162");
    }

    @Test void aNounHeadFindsItsFrameWordInItsOfPhraseThroughAUnit() {
        // "Canada completed the delivery of 900 tonnes of wheat to Yemen ."
        List<Event> ev = code("Canada/Canada/NNP/COUNTRY completed/complete/VBD the/the/DT delivery/delivery/NN of/of/IN 900/900/CD "
                        + "tonnes/tonne/NNS of/of/IN wheat/wheat/NN to/to/IN Yemen/Yemen/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; det 3 2; nmod:of 3 6; case 6 4; nummod 6 5; nmod:of 6 8; case 8 7; "
                        + "nmod:to 3 10; case 10 9; punct 1 11",
                "e1", 0, 0, "CAN", "e2", 10, 10, "YEM");
        assertThat(ev).extracting(Event::type).containsExactly("AID");
    }

    @Test void haltingHostilitiesIsARetreatNotAnAttack() {
        // "Armenia halted its shelling of the border villages ."
        List<Event> ev = code("Armenia/Armenia/NNP/COUNTRY halted/halt/VBD its/its/PRP$ shelling/shelling/NN of/of/IN the/the/DT "
                        + "border/border/NN villages/village/NNS ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; nmod:poss 3 2; nmod:of 3 7; case 7 4; det 7 5; compound 7 6; punct 1 8",
                "e1", 0, 0, "ARM");
        assertThat(ev).extracting(Event::type).containsExactly("RETREAT");
    }

    @Test void policePostedAreMobilisedForces() {
        // "Bolivia posted riot police at the airports ."
        List<Event> ev = code("Bolivia/Bolivia/NNP/COUNTRY posted/post/VBD riot/riot/NN police/police/NNS at/at/IN the/the/DT "
                        + "airports/airport/NNS ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; compound 3 2; obl:at 1 6; case 6 4; det 6 5; punct 1 7",
                "e1", 0, 0, "BOL");
        assertThat(ev).extracting(Event::type).containsExactly("MOBILIZE");
    }

    @Test void sharedImageryIsIntelligenceCooperation() {
        // "Chile shared radar imagery with Argentina ."
        List<Event> ev = code("Chile/Chile/NNP/COUNTRY shared/share/VBD radar/radar/NN imagery/imagery/NN with/with/IN "
                        + "Argentina/Argentina/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; compound 3 2; obl:with 1 5; case 5 4; punct 1 6",
                "e1", 0, 0, "CHL", "e2", 5, 5, "ARG");
        assertThat(ev).extracting(Event::type).containsExactly("COOPERATE");
        assertThat(ev.get(0).target()).extracting(Event.EventActor::country).containsExactly("ARG");
    }

    @Test void shuttingNewspapersIsCensorshipButClosingARailwayStationIsNot() {
        // "Mali shut two opposition newspapers ."
        List<Event> shut = code("Mali/Mali/NNP/COUNTRY shut/shut/VBD two/two/CD opposition/opposition/NN newspapers/newspaper/NNS ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; nummod 4 2; compound 4 3; punct 1 5", "e1", 0, 0, "MLI");
        assertThat(shut).extracting(Event::type).containsExactly("COERCE");
        assertThat(shut.get(0).mode()).isEqualTo("censor");
        // "Mali closed the railway station ."
        List<Event> closed = code("Mali/Mali/NNP/COUNTRY closed/close/VBD the/the/DT railway/railway/NN station/station/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; det 4 2; compound 4 3; punct 1 5", "e1", 0, 0, "MLI");
        assertThat(closed).extracting(Event::mode).doesNotContain("censor");
    }

    @Test void anAircraftDownedIsAnAssaultByVerbOrByNoun() {
        // "Syria shot down a Jordanian drone ."
        List<Event> shot = code("Syria/Syria/NNP/COUNTRY shot/shoot/VBD down/down/RP a/a/DT Jordanian/Jordanian/JJ/NATIONALITY drone/drone/NN ./././O",
                "root -1 1; nsubj 1 0; compound:prt 1 2; obj 1 5; det 5 3; amod 5 4; punct 1 6",
                "e1", 0, 0, "SYR", "e2", 4, 4, "JOR");
        assertThat(shot).extracting(Event::type).containsExactly("ASSAULT");
        // "Syria 's downing of the drone angered Jordan ."
        List<Event> downing = code("Syria/Syria/NNP/COUNTRY 's/'s/POS downing/downing/NN of/of/IN the/the/DT drone/drone/NN "
                        + "angered/anger/VBD Jordan/Jordan/NNP/COUNTRY ./././O",
                "root -1 6; nmod:poss 2 0; case 0 1; nsubj 6 2; nmod:of 2 5; case 5 3; det 5 4; obj 6 7; punct 6 8",
                "e1", 0, 0, "SYR", "e2", 7, 7, "JOR");
        assertThat(downing).extracting(Event::type).contains("ASSAULT");
    }

    @Test void anExpulsionOfDiplomatsIsASanctionNotADeportation() {
        // "Ghana 's expulsion of the Nigerian envoy followed the dispute ."
        List<Event> ev = code("Ghana/Ghana/NNP/COUNTRY 's/'s/POS expulsion/expulsion/NN of/of/IN the/the/DT Nigerian/Nigerian/JJ/NATIONALITY "
                        + "envoy/envoy/NN followed/follow/VBD the/the/DT dispute/dispute/NN ./././O",
                "root -1 7; nmod:poss 2 0; case 0 1; nsubj 7 2; nmod:of 2 6; case 6 3; det 6 4; amod 6 5; obj 7 9; det 9 8; punct 7 10",
                "e1", 0, 0, "GHA", "e2", 5, 5, "NGA");
        assertThat(ev).extracting(Event::type).containsExactly("SANCTION");
        assertThat(ev.get(0).cameo()).isEqualTo("1663");
    }

    @Test void anActToldInThePastIsNotDatedIntoTheWeekAfterTheArticle() {
        // "Peru condemned the test on Monday ." in a Wednesday article, the weekday guessed forward (as from a
        // "would" in another clause): the act told in the simple past was the Monday before
        AnnotatedArticle past = Parses.article("Peru/Peru/NNP/COUNTRY condemned/condemn/VBD the/the/DT test/test/NN on/on/IN "
                        + "Monday/Monday/NNP/DATE ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; det 3 2; obl:on 1 5; case 5 4; punct 1 6", DAY, "5 5 2021-03-15");
        Event e = extractor.extract(past, EventExtractorTest.entities(past, "e1", 0, 0, "PER"), List.of()).get(0);
        assertThat(e.date()).isEqualTo("2021-03-08");
        assertThat(e.status()).isEqualTo(Event.Status.CURRENT);
        assertThat(e.hypothetical()).isFalse();
        // "Peru will condemn the test on Monday .": a future act keeps the day ahead
        AnnotatedArticle future = Parses.article("Peru/Peru/NNP/COUNTRY will/will/MD condemn/condemn/VB the/the/DT test/test/NN on/on/IN "
                        + "Monday/Monday/NNP/DATE ./././O",
                "root -1 2; nsubj 2 0; aux 2 1; obj 2 4; det 4 3; obl:on 2 6; case 6 5; punct 2 7", DAY, "6 6 2021-03-15");
        assertThat(extractor.extract(future, EventExtractorTest.entities(future, "e1", 0, 0, "PER"), List.of()).get(0).date())
                .isEqualTo("2021-03-15");
    }

    @Test void aPrisonerExchangeIsAReleaseAndAnEnvoyWithdrawnASanction() {
        // "Armenia and Azerbaijan exchanged prisoners ."
        List<Event> swap = code("Armenia/Armenia/NNP/COUNTRY and/and/CC Azerbaijan/Azerbaijan/NNP/COUNTRY exchanged/exchange/VBD "
                        + "prisoners/prisoner/NNS ./././O",
                "root -1 3; nsubj 3 0; cc 2 1; conj:and 0 2; nsubj 3 2; obj 3 4; punct 3 5", "e1", 0, 0, "ARM", "e2", 2, 2, "AZE");
        assertThat(swap).extracting(Event::type).containsExactly("CONCEDE");
        // "Qatar withdrew its ambassador from Egypt ."
        List<Event> envoy = code("Qatar/Qatar/NNP/COUNTRY withdrew/withdraw/VBD its/its/PRP$ ambassador/ambassador/NN from/from/IN "
                        + "Egypt/Egypt/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; nmod:poss 3 2; obl:from 1 5; case 5 4; punct 1 6", "e1", 0, 0, "QAT", "e2", 5, 5, "EGY");
        assertThat(envoy).extracting(Event::type).containsExactly("SANCTION");
    }

    @Test void holdingSomeoneResponsibleIsBlame() {
        // "Kenya held Somalia responsible for the raid ."
        List<Event> ev = code("Kenya/Kenya/NNP/COUNTRY held/hold/VBD Somalia/Somalia/NNP/COUNTRY responsible/responsible/JJ for/for/IN "
                        + "the/the/DT raid/raid/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; xcomp 1 3; obl:for 3 6; case 6 4; det 6 5; punct 1 7", "e1", 0, 0, "KEN", "e2", 2, 2, "SOM");
        assertThat(ev).extracting(Event::type).contains("ACCUSE");
        Event blame = ev.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
        assertThat(blame.target()).extracting(Event.EventActor::country).containsExactly("SOM");
    }

    @Test void travellingForTalksIsNegotiation() {
        // "Greek and Turkish envoys went to Vienna for talks ."
        List<Event> ev = code("Greek/Greek/JJ/NATIONALITY and/and/CC Turkish/Turkish/JJ/NATIONALITY envoys/envoy/NNS went/go/VBD to/to/IN "
                        + "Vienna/Vienna/NNP/CITY for/for/IN talks/talk/NNS ./././O",
                "root -1 4; amod 3 0; cc 2 1; conj:and 0 2; amod 3 2; nsubj 4 3; obl:to 4 6; case 6 5; obl:for 4 8; case 8 7; punct 4 9",
                "e1", 0, 0, "GRC", "e2", 2, 2, "TUR");
        assertThat(ev).extracting(Event::type).containsExactly("CONSULT");
        assertThat(ev.get(0).cameo()).isEqualTo("046");
    }

    @Test void aidAgenciesForcedOutAreExpelled() {
        // "Niger expelled the aid agency ."
        List<Event> ev = code("Niger/Niger/NNP/COUNTRY expelled/expel/VBD the/the/DT aid/aid/NN agency/agency/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; det 4 2; compound 4 3; punct 1 5", "e1", 0, 0, "NER");
        assertThat(ev).extracting(Event::type).containsExactly("SANCTION");
        assertThat(ev.get(0).cameo()).isEqualTo("166");
    }
}
