package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventExtractorPipelineTest.countries;
import static org.parley.events.EventExtractorPipelineTest.events;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;

/**
 * Issue 15 on invented sentences: light-verb frames, event status, things that are not actors, passives and
 * nominalisations. Articles are dated 2019-06-18 (see {@link EventExtractorPipelineTest}).
 */
class EventFramesStatusTest {
    @BeforeAll static void load() { EventExtractorPipelineTest.load(); }

    private static List<Event> of(List<Event> ev, String type) {
        return ev.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test void contributingAidIsAid() {
        List<Event> ev = of(events("Japan contributed emergency aid to Bangladesh after the floods."), "AID");
        assertThat(ev).hasSize(1);
        assertThat(countries(ev.get(0).source())).containsExactly("JPN");
        assertThat(countries(ev.get(0).target())).containsExactly("BGD");
    }

    @Test void expressingReadinessToMediateIsAnIntentToCooperate() {
        List<Event> ev = events("Norway expressed readiness to mediate between the Colombian government and the rebels.");
        assertThat(ev).anyMatch(e -> e.type().equals("AGREE") && countries(e.source()).contains("NOR") && e.current());
    }

    @Test void easingRestrictionsIsAConcession() {
        List<Event> ev = of(events("Egypt eased travel restrictions on Sudanese traders on Monday."), "CONCEDE");
        assertThat(ev).hasSize(1);
        assertThat(countries(ev.get(0).source())).containsExactly("EGY");
    }

    @Test void anAllegedActIsFlaggedAndNotCurrent() {
        List<Event> ev = of(events("The alleged torture of prisoners by Belarusian police shocked rights groups."), "ASSAULT");
        assertThat(ev).isNotEmpty();
        assertThat(ev).allMatch(e -> e.status() == Event.Status.ALLEGED && !e.current());
    }

    @Test void anEventCenturiesBeforeTheArticleIsHistory() {
        List<Event> ev = of(events("The Austrian and Russian presidents met in Vienna to mark 200 years since the Austrian emperor's visit to Moscow."), "CONSULT");
        assertThat(ev).anyMatch(e -> e.status() == Event.Status.HISTORICAL && e.mode() != null && e.mode().equals("visit"));
        assertThat(ev).anyMatch(e -> e.status() == Event.Status.CURRENT && (e.mode() == null || !e.mode().equals("visit")));
    }

    @Test void anEventDatedInAYearLongAgoIsHistory() {
        List<Event> ev = of(events("Austria hosted a Russian delegation in 1815."), "CONSULT");
        assertThat(ev).isNotEmpty().allMatch(e -> e.status() == Event.Status.HISTORICAL);
    }

    @Test void aCityNamingAnAgreementIsNoActor() {
        List<Event> ev = events("Lebanon rejected the Geneva agreement on Monday.");
        assertThat(of(ev, "REJECT")).anyMatch(e -> countries(e.source()).contains("LBN"));
        assertThat(ev).noneMatch(e -> countries(e.source()).contains("CHE") || countries(e.target()).contains("CHE"));
    }

    @Test void aCityNamingAConferenceIsNoActor() {
        List<Event> ev = events("Ministers from twelve countries attended the Vienna conference on Monday.");
        assertThat(ev).noneMatch(e -> countries(e.source()).contains("AUT") || countries(e.target()).contains("AUT"));
    }

    @Test void aLeadersThreatOfHisOwnCountrysRetaliationIsNotAimedAtItself() {
        List<Event> ev = of(events("Erdogan's threat of Turkish retaliation against Greece alarmed European diplomats."), "THREATEN");
        assertThat(ev).isNotEmpty();
        assertThat(ev).noneMatch(e -> countries(e.target()).contains("TUR"));
    }

    @Test void aPassiveTakesItsSourceFromTheByAgent() {
        List<Event> ev = events("Two Russian diplomats were expelled by Estonia on Friday.");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("EST") && countries(e.target()).contains("RUS"));
    }

    @Test void aNominalisationTakesItsSourceFromTheByPhrase() {
        List<Event> ev = events("The expulsion of Russian diplomats by Poland angered the Kremlin.");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("POL") && countries(e.target()).contains("RUS"));
    }

    @Test void anAgentlessWarningPassiveFromMachineTranslationIsTheSubjectsWarning() {
        List<Event> ev = of(events("The Ukrainian Defence Ministry was warned about the planned provocation."), "THREATEN");
        assertThat(ev).isNotEmpty();
        assertThat(countries(ev.get(0).source())).containsExactly("UKR");
    }

    @Test void leavingATreatyIsNoMilitaryRetreat() {
        List<Event> ev = events("Brazil's withdrawal from the Kyoto treaty was criticised by the United Nations.");
        assertThat(ev).noneMatch(e -> e.type().equals("RETREAT"));
        assertThat(of(ev, "SANCTION")).anyMatch(e -> countries(e.source()).contains("BRA"));
    }
}
