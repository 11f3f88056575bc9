package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventExtractorPipelineTest.countries;
import static org.parley.events.EventExtractorPipelineTest.events;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;

/**
 * Issue 15, session 7: senses of trigger words told by their arguments and context, one test per category
 * and its counterpart, on invented sentences. Articles are dated 2019-06-18 (see {@link EventExtractorPipelineTest}).
 */
class EventSensesByCategoryTest {
    @BeforeAll static void load() { EventExtractorPipelineTest.load(); }

    private static List<Event> of(List<Event> ev, String type) {
        return ev.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test void meetingAThingIsNoMeeting() {
        assertThat(of(events("The Hungarian government is meeting fierce resistance from farmers over the new tax."), "CONSULT")).isEmpty();
        assertThat(of(events("The Hungarian prime minister met the Slovak president in Bratislava on Monday."), "CONSULT")).isNotEmpty();
    }

    @Test void receivingAThingIsNoVisit() {
        assertThat(of(events("Kenya received a warm endorsement from the Ethiopian government on Monday."), "CONSULT")).isEmpty();
    }

    @Test void offeringAnOpinionIsNoOfferToAct() {
        assertThat(of(events("The Danish foreign minister offered an opinion on Swedish border policy on Monday."), "AGREE")).isEmpty();
        assertThat(of(events("Norway offered to mediate between Colombia and the rebels on Monday."), "AGREE")).isNotEmpty();
    }

    @Test void beatingARivalInAPollIsAContest() {
        assertThat(of(events("A new poll shows the Peruvian senator would beat the Peruvian president by ten points."), "ASSAULT")).isEmpty();
        assertThat(of(events("Zimbabwean police beat opposition supporters in Harare on Monday."), "ASSAULT")).isNotEmpty();
    }

    @Test void aNamedTreatyIsNoActOfAgreeing() {
        assertThat(of(events("Chilean senators criticised the Bolivian gas deal on Monday."), "AGREE")).isEmpty();
        assertThat(of(events("Chile signed a gas deal with Bolivia on Monday."), "AGREE")).isNotEmpty();
    }

    @Test void aVowThatAssuresIsNoPromise() {
        assertThat(of(events("The Kenyan minister pledged that the election was fair."), "AGREE")).isEmpty();
        // a pledge of aid is coded as the aid itself
        assertThat(events("Kenya pledged that it would provide food aid to Somalia.")).anyMatch(e -> countries(e.source()).contains("KEN"));
    }

    @Test void goingToAPlaceOfOnesOwnCountryIsNoDiplomaticVisit() {
        assertThat(of(events("The Brazilian president went to Rio de Janeiro on Monday."), "CONSULT")).isEmpty();
        assertThat(of(events("The Brazilian president went to Argentina on Monday for talks with Argentine officials."), "CONSULT")).isNotEmpty();
    }

    @Test void appealingToVotersCourtsThem() {
        assertThat(of(events("The Polish president is appealing to young voters in the east."), "REQUEST")).isEmpty();
        assertThat(of(events("The Polish president appealed to Belarus for calm on Monday."), "REQUEST")).isNotEmpty();
    }

    @Test void anEventNounModifyingAnotherNounIsNoEvent() {
        assertThat(of(events("The Indian foreign minister inspected the summit venue in Goa with Chinese officials on Monday."), "CONSULT")).isEmpty();
    }

    @Test void signingUpIsNoAgreement() {
        assertThat(of(events("The Austrian chancellor signed up to be a delegate at the party congress."), "AGREE")).isEmpty();
    }

    @Test void pleadingGuiltyIsNoRequest() {
        assertThat(of(events("A former Peruvian minister pleaded guilty to corruption charges in Lima on Monday."), "REQUEST")).isEmpty();
    }

    @Test void acceptingInterviewsIsJournalism() {
        assertThat(of(events("The Chilean president accepted interviews with the BBC and Reuters on Monday."), "AGREE")).isEmpty();
    }

    @Test void countriesStayOnTheRealEvents() {
        List<Event> ev = of(events("Chile signed a gas deal with Bolivia on Monday."), "AGREE");
        assertThat(ev).anyMatch(e -> countries(e.source()).contains("CHL"));
    }
}
