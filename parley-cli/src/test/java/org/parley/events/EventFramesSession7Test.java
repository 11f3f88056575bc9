package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventExtractorPipelineTest.countries;
import static org.parley.events.EventExtractorPipelineTest.events;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;

/**
 * Session 7 frames by category (issue 15), on sentences invented for these tests: transfers of goods and
 * money, joint military activity and handing over, forces ordered or moved, phrasal verbs, trade bans,
 * concessions that lift, return or permit, disarmament, stone throwing. Articles are dated 2019-06-18.
 */
class EventFramesSession7Test {
    @BeforeAll static void load() { EventExtractorPipelineTest.load(); }

    private static List<Event> of(List<Event> ev, String type) {
        return ev.stream().filter(e -> e.type().equals(type) && e.current()).toList();
    }

    @Test void shippingFoodIsAid() {
        List<Event> ev = of(events("Norway shipped forty tonnes of food and medicine to Yemen on Monday."), "AID");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("NOR") && countries(e.target()).contains("YEM"));
    }

    @Test void lendingMoneyIsAid() {
        List<Event> ev = of(events("Kuwait lent Jordan 300 million dollars on Monday to ease its budget crisis."), "AID");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("KWT"));
    }

    @Test void aRewardIsNoAid() {
        assertThat(of(events("The United States offered five million dollars as a reward for the capture of the bomber."), "AID")).isEmpty();
    }

    @Test void jointExercisesAreCooperationNotMobilisation() {
        List<Event> ev = events("Greece and Cyprus conducted joint naval exercises south of Crete on Monday.");
        assertThat(of(ev, "COOPERATE")).isNotEmpty();
        assertThat(of(ev, "MOBILIZE")).isEmpty();
    }

    @Test void passingIntelligenceIsCooperation() {
        List<Event> ev = of(events("Egypt passed intelligence on the plot to Israel on Sunday."), "COOPERATE");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("EGY"));
    }

    @Test void movingDivisionsToAFrontierIsMobilisation() {
        List<Event> ev = of(events("Pakistan moved two armoured divisions to the Kashmir frontier on Sunday."), "MOBILIZE");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("PAK"));
    }

    @Test void orderingTheArmyToActIsNoMobilisation() {
        assertThat(of(events("The Iranian government ordered the army to crush the protests in Tehran on Monday."), "MOBILIZE")).isEmpty();
    }

    @Test void votingDownAPlanIsRejection() {
        List<Event> ev = of(events("Denmark's parliament voted down the government's pension reform."), "REJECT");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("DNK"));
    }

    @Test void comingToTheDefenceOfAStateIsSupport() {
        // the target inside "of Pakistan" is left to argument finding (ArgumentFinder), not asserted here
        List<Event> ev = of(events("China came to the defence of Pakistan on Monday after the raid."), "SUPPORT");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("CHN"));
    }

    @Test void banningImportsIsASanction() {
        List<Event> ev = events("India banned imports of Malaysian palm oil on Monday.");
        assertThat(of(ev, "SANCTION")).anyMatch(e -> countries(e.source()).contains("IND"));
        assertThat(of(ev, "COERCE")).isEmpty();
    }

    @Test void callingOffTalksIsASanction() {
        List<Event> ev = events("Japan called off planned talks with China on Monday.");
        assertThat(of(ev, "SANCTION")).anyMatch(e -> countries(e.source()).contains("JPN"));
        assertThat(of(ev, "CONSULT")).isEmpty();
    }

    @Test void liftingMartialLawIsAConcession() {
        List<Event> ev = events("Thailand lifted martial law on Monday.");
        assertThat(of(ev, "CONCEDE")).anyMatch(e -> countries(e.source()).contains("THA"));
        assertThat(of(ev, "COERCE")).isEmpty();
    }

    @Test void returningRemainsIsAConcession() {
        List<Event> ev = of(events("Belgium returned the remains of a Congolese independence leader to Congo on Monday."), "CONCEDE");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("BEL"));
    }

    @Test void givingPermissionIsAConcession() {
        List<Event> ev = of(events("Israel gave United Nations inspectors permission to visit the site on Monday."), "CONCEDE");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("ISR"));
    }

    @Test void layingDownArmsIsDisarmament() {
        List<Event> ev = of(events("Philippine communist guerrillas laid down their arms on Monday."), "RETREAT");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("PHL"));
    }

    @Test void throwingStonesAtSoldiersIsAProtest() {
        List<Event> ev = of(events("Palestinian youths threw stones at Israeli soldiers in Hebron on Monday."), "PROTEST");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("PSE"));
    }
}
