package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Event;

/**
 * Session 9 frames (issue 15) on hand-written parses of sentences written for these tests (not taken from any
 * evaluation file): one fixture per frame shape and class: light verb + event noun, phrasal verb and idiom of the
 * class, a frame word found as the verb's "under" or "for" phrase or secondary predicate, an amount whose "in"
 * phrase the parser hangs on the verb, and a phone call told with its weekday.
 */
class EventRecallFramesSession9Test {
    static final LocalDate DAY = LocalDate.of(2021, 3, 10);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<Event> code(String tokens, String deps, Object... entities) {
        return Parses.events(extractor, DAY, tokens, deps, entities);
    }

    @Test void viewsExchangedAreAConsultation() {
        // "Chile and Peru exchanged views on the border dispute ."
        List<Event> ev = code("Chile/Chile/NNP/COUNTRY and/and/CC Peru/Peru/NNP/COUNTRY exchanged/exchange/VBD views/view/NNS "
                        + "on/on/IN the/the/DT border/border/NN dispute/dispute/NN ./././O",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obj 3 4; nmod:on 4 8; case 8 5; det 8 6; compound 8 7; punct 3 9",
                "e1", 0, 0, "CHL", "e2", 2, 2, "PER");
        assertThat(ev).extracting(Event::type).containsExactly("CONSULT");
        assertThat(ev.get(0).cameo()).isEqualTo("040");
    }

    @Test void aSecondaryPredicateFarFromTheVerbCompletesTheFrame() {
        // "Kenya held the armed group of the northern district responsible ." ("responsible" is 8 words after "held")
        List<Event> ev = code("Kenya/Kenya/NNP/COUNTRY held/hold/VBD the/the/DT armed/armed/JJ group/group/NN of/of/IN the/the/DT "
                        + "northern/northern/JJ district/district/NN responsible/responsible/JJ ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3; nmod:of 4 8; case 8 5; det 8 6; amod 8 7; xcomp 1 9; punct 1 10",
                "e1", 0, 0, "KEN");
        assertThat(ev).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(ev.get(0).cameo()).isEqualTo("112");
    }

    @Test void placedUnderHouseArrestIsADetention() {
        // "Belarus police placed the opposition leader and two aides under house arrest ."
        List<Event> ev = code("Belarus/Belarus/NNP/COUNTRY police/police/NNS placed/place/VBD the/the/DT opposition/opposition/NN "
                        + "leader/leader/NN and/and/CC two/two/CD aides/aide/NNS under/under/IN house/house/NN arrest/arrest/NN ./././O",
                "root -1 2; compound 1 0; nsubj 2 1; obj 2 5; det 5 3; compound 5 4; cc 8 6; nummod 8 7; conj 5 8; "
                        + "obl:under 2 11; case 11 9; compound 11 10; punct 2 12",
                "e1", 0, 0, "BLR");
        assertThat(ev).extracting(Event::type).containsExactly("COERCE");
        assertThat(ev.get(0).cameo()).isEqualTo("173");
    }

    @Test void anAmountWhoseInPhraseHangsOnTheVerbStillNamesTheAid() {
        // "Sweden froze 40 million dollars in development aid to Zambia ." (the parser hangs "in ... aid" on "froze")
        List<Event> ev = code("Sweden/Sweden/NNP/COUNTRY froze/freeze/VBD 40/40/CD million/million/CD dollars/dollar/NNS in/in/IN "
                        + "development/development/NN aid/aid/NN to/to/IN Zambia/Zambia/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; compound 3 2; nummod 4 3; obl:in 1 7; case 7 5; compound 7 6; "
                        + "obl:to 1 9; case 9 8; punct 1 10",
                "e1", 0, 0, "SWE", "e2", 9, 9, "ZMB");
        assertThat(ev).extracting(Event::type).containsExactly("SANCTION");
        assertThat(ev.get(0).cameo()).isEqualTo("162");
    }

    @Test void coldWaterPouredOnAPlanIsARejection() {
        // "Tokyo poured cold water on Beijing 's plan ."
        List<Event> ev = code("Tokyo/Tokyo/NNP/CITY poured/pour/VBD cold/cold/JJ water/water/NN on/on/IN Beijing/Beijing/NNP/CITY "
                        + "'s/'s/POS plan/plan/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; amod 3 2; obl:on 1 7; case 7 4; nmod:poss 7 5; case 5 6; punct 1 8",
                "e1", 0, 0, "JPN", "e2", 5, 5, "CHN");
        assertThat(ev).extracting(Event::type).containsExactly("REJECT");
    }

    @Test void aBlessingGivenIsSupport() {
        // "Ghana gave its blessing to Togo 's initiative ."
        List<Event> ev = code("Ghana/Ghana/NNP/COUNTRY gave/give/VBD its/its/PRP$ blessing/blessing/NN to/to/IN Togo/Togo/NNP/COUNTRY "
                        + "'s/'s/POS initiative/initiative/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; nmod:poss 3 2; obl:to 1 7; case 7 4; nmod:poss 7 5; case 5 6; punct 1 8",
                "e1", 0, 0, "GHA", "e2", 5, 5, "TGO");
        assertThat(ev).extracting(Event::type).containsExactly("SUPPORT");
        assertThat(ev.get(0).cameo()).isEqualTo("050");
    }

    @Test void aFingerPointedIsAnAccusation() {
        // "Seoul pointed the finger at Pyongyang ."
        List<Event> ev = code("Seoul/Seoul/NNP/CITY pointed/point/VBD the/the/DT finger/finger/NN at/at/IN Pyongyang/Pyongyang/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; det 3 2; obl:at 1 5; case 5 4; punct 1 6",
                "e1", 0, 0, "KOR", "e2", 5, 5, "PRK");
        assertThat(ev).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(ev.get(0).cameo()).isEqualTo("112");
    }

    @Test void playingHostIsHosting() {
        // "Oman played host to the Iranian foreign minister ."
        List<Event> ev = code("Oman/Oman/NNP/COUNTRY played/play/VBD host/host/NN to/to/IN the/the/DT Iranian/Iranian/JJ/NATIONALITY "
                        + "foreign/foreign/JJ minister/minister/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; obl:to 1 7; case 7 3; det 7 4; amod 7 5; amod 7 6; punct 1 8",
                "e1", 0, 0, "OMN", "e2", 5, 7, "IRN");
        assertThat(ev).extracting(Event::type).containsExactly("CONSULT");
        assertThat(ev.get(0).cameo()).isEqualTo("043");
    }

    @Test void communicationsCutAreCensorshipNotBrokenRelations() {
        // "Iran cut internet and mobile services in the province ."
        List<Event> ev = code("Iran/Iran/NNP/COUNTRY cut/cut/VBD internet/internet/NN and/and/CC mobile/mobile/JJ services/service/NNS "
                        + "in/in/IN the/the/DT province/province/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 5; compound 5 2; cc 4 3; conj 2 4; obl:in 1 8; case 8 6; det 8 7; punct 1 9",
                "e1", 0, 0, "IRN");
        assertThat(ev).extracting(Event::type).containsExactly("COERCE");
        assertThat(ev.get(0).cameo()).isEqualTo("172");
    }

    @Test void turningToSomeoneForHelpIsARequest() {
        // "Mali turned to France for help against the insurgency ."
        List<Event> ev = code("Mali/Mali/NNP/COUNTRY turned/turn/VBD to/to/IN France/France/NNP/COUNTRY for/for/IN help/help/NN "
                        + "against/against/IN the/the/DT insurgency/insurgency/NN ./././O",
                "root -1 1; nsubj 1 0; obl:to 1 3; case 3 2; obl:for 1 5; case 5 4; nmod:against 5 8; case 8 6; det 8 7; punct 1 9",
                "e1", 0, 0, "MLI", "e2", 3, 3, "FRA");
        assertThat(ev).extracting(Event::type).containsExactly("REQUEST");
    }

    @Test void aPhoneCallOnAWeekdayIsStillACall() {
        // "Italy telephoned the Egyptian president on Monday ." (an "on" phrase of time is no particle)
        List<Event> ev = code("Italy/Italy/NNP/COUNTRY telephoned/telephone/VBD the/the/DT Egyptian/Egyptian/JJ/NATIONALITY "
                        + "president/president/NN on/on/IN Monday/Monday/NNP/DATE ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3; obl:on 1 6; case 6 5; punct 1 7",
                "e1", 0, 0, "ITA", "e2", 3, 4, "EGY");
        assertThat(ev).extracting(Event::type).containsExactly("CONSULT");
        assertThat(ev.get(0).cameo()).isEqualTo("041");
    }

    @Test void armedMenCapturedAreAnAbduction() {
        // "Rebels from Chad captured three Sudanese soldiers near the border ."
        List<Event> ev = code("Rebels/rebel/NNS from/from/IN Chad/Chad/NNP/COUNTRY captured/capture/VBD three/three/CD "
                        + "Sudanese/Sudanese/JJ/NATIONALITY soldiers/soldier/NNS near/near/IN the/the/DT border/border/NN ./././O",
                "root -1 3; nsubj 3 0; nmod:from 0 2; case 2 1; obj 3 6; nummod 6 4; amod 6 5; obl:near 3 9; case 9 7; det 9 8; punct 3 10",
                "e1", 0, 2, "TCD", "e2", 5, 6, "SDN");
        assertThat(ev).extracting(Event::type).containsExactly("ASSAULT");
        assertThat(ev.get(0).cameo()).isEqualTo("181");
    }
}
