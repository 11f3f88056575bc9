package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Event;

/**
 * Session 10: a trigger's sense decided by the kind of its arguments (argument-kinds.tsv, noun-kinds.tsv) and the
 * salience of events (salience.tsv). Sentences written by the team for each rule, with the contrast that keeps the
 * event.
 */
class EventArgumentKindsAndSalienceTest {
    static final LocalDate DAY = LocalDate.of(2016, 6, 14);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<Event> events(String tokens, String deps, Object... ents) {
        return Parses.events(extractor, DAY, tokens, deps, ents);
    }

    private List<String> types(String tokens, String deps, Object... ents) {
        return events(tokens, deps, ents).stream().map(Event::type).toList();
    }

    @Test void fightingAnAbstractionIsNoForce() {
        // "Mexico fought corruption ." : a problem, no one attacked
        assertThat(types("Mexico/Mexico/NNP/COUNTRY fought/fight/VBD corruption/corruption/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "MEX"))
                .doesNotContain("ASSAULT");
        // "Mexico fought the rebels ." : people
        assertThat(types("Mexico/Mexico/NNP/COUNTRY fought/fight/VBD the/the/DT rebels/rebel/NNS ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4", "e1", 0, 0, "MEX"))
                .contains("ASSAULT");
    }

    @Test void attackingAPlanIsCriticism() {
        // "Obama attacked the policy ." : criticism of a policy (CAMEO 111)
        assertThat(types("Obama/Obama/NNP/PERSON attacked/attack/VBD the/the/DT policy/policy/NN ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4", "e1", 0, 0, "USA"))
                .contains("ACCUSE").doesNotContain("ASSAULT");
    }

    @Test void meetingADeadlineIsNoMeeting() {
        // "Merkel met the deadline ."
        assertThat(types("Merkel/Merkel/NNP/PERSON met/meet/VBD the/the/DT deadline/deadline/NN ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4", "e1", 0, 0, "DEU"))
                .doesNotContain("CONSULT");
        // "Merkel met Putin ."
        assertThat(types("Merkel/Merkel/NNP/PERSON met/meet/VBD Putin/Putin/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "DEU", "e2", 2, 2, "RUS"))
                .contains("CONSULT");
    }

    @Test void releasingAStatementPublishesIt() {
        // "Russia released a statement ."
        assertThat(types("Russia/Russia/NNP/COUNTRY released/release/VBD a/a/DT statement/statement/NN ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4", "e1", 0, 0, "RUS"))
                .doesNotContain("CONCEDE");
    }

    @Test void weaponsDoNotSpeak() {
        // "Missiles slammed into Kabul ." : no criticism
        assertThat(types("Missiles/missile/NNS slammed/slam/VBD into/into/IN Kabul/Kabul/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:into 1 3; punct 1 4", "e2", 3, 3, "AFG"))
                .doesNotContain("ACCUSE");
        // "Obama slammed Putin ." : criticism
        assertThat(types("Obama/Obama/NNP/PERSON slammed/slam/VBD Putin/Putin/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "USA", "e2", 2, 2, "RUS"))
                .contains("ACCUSE");
    }

    @Test void anEventNamedAsAnotherEventsObjectIsBackground() {
        // "Obama condemned the attack on Kabul ." : the condemnation is the report, the attack its object
        List<Event> es = events("Obama/Obama/NNP/PERSON condemned/condemn/VBD the/the/DT attack/attack/NN on/on/IN Kabul/Kabul/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; nmod:on 3 5; punct 1 6", "e1", 0, 0, "USA", "e2", 5, 5, "AFG");
        assertThat(es).anySatisfy(e -> { assertThat(e.type()).isEqualTo("ACCUSE"); assertThat(e.salience()).isEqualTo(Event.Salience.MAIN); });
        assertThat(es).anySatisfy(e -> { assertThat(e.type()).isEqualTo("ASSAULT"); assertThat(e.salience()).isEqualTo(Event.Salience.BACKGROUND); });
    }

    @Test void anEventInATimeAdjunctIsBackgroundButAloneItIsMain() {
        // "After the attack on Kabul , Obama met Karzai ."
        List<Event> es = events("After/after/IN the/the/DT attack/attack/NN on/on/IN Kabul/Kabul/NNP/CITY ,/,/, Obama/Obama/NNP/PERSON met/meet/VBD Karzai/Karzai/NNP/PERSON ./././O",
                "root -1 7; case 2 0; det 2 1; obl:after 7 2; case 4 3; nmod:on 2 4; punct 7 5; nsubj 7 6; obj 7 8; punct 7 9",
                "e1", 6, 6, "USA", "e2", 8, 8, "AFG", "e3", 4, 4, "AFG");
        assertThat(es).anySatisfy(e -> { assertThat(e.type()).isEqualTo("CONSULT"); assertThat(e.salience()).isEqualTo(Event.Salience.MAIN); });
        assertThat(es).anySatisfy(e -> { assertThat(e.type()).isEqualTo("ASSAULT"); assertThat(e.salience()).isEqualTo(Event.Salience.BACKGROUND); });
        // "After the attack on Kabul , schools closed ." : no other event coded, the attack is the sentence's event
        List<Event> alone = events("After/after/IN the/the/DT attack/attack/NN on/on/IN Kabul/Kabul/NNP/CITY ,/,/, schools/school/NNS closed/close/VBD ./././O",
                "root -1 7; case 2 0; det 2 1; obl:after 7 2; case 4 3; nmod:on 2 4; punct 7 5; nsubj 7 6; punct 7 8", "e3", 4, 4, "AFG");
        assertThat(alone).isNotEmpty().allSatisfy(e -> assertThat(e.salience()).isEqualTo(Event.Salience.MAIN));
    }

    @Test void votersPreferenceIsNoActOfSupport() {
        // "Iowa voters backed Sanders ." : an opinion of voters
        assertThat(types("Iowa/Iowa/NNP/STATE_OR_PROVINCE voters/voter/NNS backed/back/VBD Sanders/Sanders/NNP/PERSON ./././O",
                "root -1 2; compound 1 0; nsubj 2 1; obj 2 3; punct 2 4", "e2", 3, 3, "USA"))
                .doesNotContain("SUPPORT");
        // "Obama backed Sanders ." : an endorsement by a political actor
        assertThat(types("Obama/Obama/NNP/PERSON backed/back/VBD Sanders/Sanders/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "USA", "e2", 2, 2, "USA"))
                .contains("SUPPORT");
    }

    @Test void aShareOfVotersIsAPollsFinding() {
        // "A majority of voters supported Sanders ."
        assertThat(types("A/a/DT majority/majority/NN of/of/IN voters/voter/NNS supported/support/VBD Sanders/Sanders/NNP/PERSON ./././O",
                "root -1 4; det 1 0; nsubj 4 1; case 3 2; nmod:of 1 3; obj 4 5; punct 4 6", "e2", 5, 5, "USA"))
                .doesNotContain("SUPPORT");
    }

    @Test void documentsReleasedArePublished() {
        // "Russia released documents ." told in the passive: "Documents were released by Russia ."
        assertThat(types("Documents/document/NNS were/be/VBD released/release/VBN by/by/IN Russia/Russia/NNP/COUNTRY ./././O",
                "root -1 2; nsubj:pass 2 0; aux:pass 2 1; case 4 3; obl:agent 2 4; punct 2 5", "e1", 4, 4, "RUS"))
                .doesNotContain("CONCEDE");
        // "Prisoners were released by Russia ." : persons released
        assertThat(types("Prisoners/prisoner/NNS were/be/VBD released/release/VBN by/by/IN Russia/Russia/NNP/COUNTRY ./././O",
                "root -1 2; nsubj:pass 2 0; aux:pass 2 1; case 4 3; obl:agent 2 4; punct 2 5", "e1", 4, 4, "RUS"))
                .contains("CONCEDE");
    }
}
