package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.Parley;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Span;

/**
 * End-to-end event coding on invented news sentences, through the real CoreNLP annotator. Each fixture
 * is a small article; the publication date is a Tuesday (2019-06-18) unless stated.
 */
class EventExtractorPipelineTest {
    static final LocalDate TUESDAY = LocalDate.of(2019, 6, 18);
    static Parley parley;

    @BeforeAll static void load() {
        parley = Parley.builder().annotator(new CoreNlpAnnotator()).build();
    }

    @AfterAll static void close() { parley.annotator().close(); }

    static List<Event> events(String text) {
        Article a = new Article("t1", null, null, "Fixture Wire", null, TUESDAY, "metadata", "en", null, text,
                List.of(new Span(0, text.length())), null);
        return parley.analyze(a).events();
    }

    static List<String> countries(List<Event.EventActor> actors) {
        return actors.stream().map(Event.EventActor::country).toList();
    }

    static Event only(List<Event> events, String type) {
        List<Event> of = events.stream().filter(e -> e.type().equals(type)).toList();
        assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test void talksInACityOnMondayAreAConsultDatedTheDayBefore() {
        Event e = only(events("Russian and French diplomats held talks in Strasbourg on Monday about the crisis."), "CONSULT");
        assertThat(countries(e.source())).containsExactlyInAnyOrder("RUS", "FRA");
        assertThat(e.date()).isEqualTo("2019-06-17");
        assertThat(e.location()).isEqualTo("Strasbourg");
        assertThat(e.quadClass()).isEqualTo(1);
        assertThat(e.mentions().get(0).trigger().text()).contains("talks");
    }

    @Test void talksBetweenTwoCountriesGiveSourceAndTarget() {
        Event e = only(events("Talks between Russia and France resumed in Geneva on Monday."), "CONSULT");
        assertThat(countries(e.source())).containsExactly("RUS");
        assertThat(countries(e.target())).containsExactly("FRA");
    }

    @Test void backingAnOperationIsSupportForItsCountry() {
        Event e = only(events("Russia backed the French operation in the Sahel, the ministry said."), "SUPPORT");
        assertThat(countries(e.source())).containsExactly("RUS");
        assertThat(countries(e.target())).containsExactly("FRA");
        assertThat(e.negated()).isFalse();
    }

    @Test void callingForACeasefireIsARequestNotARetreat() {
        List<Event> ev = events("The German foreign minister called for an immediate ceasefire in the region.");
        Event e = only(ev, "REQUEST");
        assertThat(countries(e.source())).containsExactly("DEU");
        assertThat(ev).noneMatch(x -> x.type().equals("RETREAT") && !x.hypothetical());
    }

    @Test void orderedMissileStrikesAreAnAssaultOnTheTargetsCountryDatedInTheMonthNamed() {
        List<Event> ev = events("The American president, who in April ordered cruise missile strikes on a Syrian airbase in "
                + "retaliation for a chemical attack that Washington blamed on Damascus, arrived in Paris.");
        Event e = only(ev, "ASSAULT");
        assertThat(countries(e.source())).containsExactly("USA");
        assertThat(countries(e.target())).containsExactly("SYR");
        assertThat(e.date()).isEqualTo("2019-04");
        assertThat(e.mode()).isEqualTo("aerial");
        Event blame = only(ev, "ACCUSE");
        assertThat(countries(blame.source())).containsExactly("USA");
        assertThat(countries(blame.target())).containsExactly("SYR");
    }

    @Test void aCountryNamedInOneSentenceIsNotTheTargetOfAStrikeInAnother() {
        List<Event> ev = events("The minister spoke about Syria and its neighbours at length. "
                + "Later that day, a drone strike killed four people near the border.");
        assertThat(ev).noneMatch(e -> e.target().stream().anyMatch(a -> "SYR".equals(a.country())));
        assertThat(ev).noneMatch(e -> e.source().stream().anyMatch(a -> "SYR".equals(a.country())));
    }

    @Test void aDenialIsARejectAndTheDeniedActIsNegated() {
        List<Event> ev = events("Russia denied interfering in the German election.");
        Event reject = only(ev, "REJECT");
        assertThat(countries(reject.source())).containsExactly("RUS");
        assertThat(reject.negated()).isFalse();
        assertThat(ev).filteredOn(e -> !e.type().equals("REJECT")).allMatch(Event::negated);
    }

    @Test void aThreatToImposeSanctionsIsOneThreatNotASanction() {
        List<Event> ev = events("Britain threatened on Tuesday to impose new sanctions on Iran.");
        Event e = only(ev, "THREATEN");
        assertThat(countries(e.source())).containsExactly("GBR");
        assertThat(countries(e.target())).containsExactly("IRN");
        assertThat(e.cameo()).startsWith("13");
        assertThat(ev).noneMatch(x -> x.type().equals("SANCTION") && !x.hypothetical());
    }

    @Test void aPromisedAidIsAnAgreement() {
        Event e = only(events("Japan will send food aid to North Korea next month."), "AGREE");
        assertThat(countries(e.source())).containsExactly("JPN");
        assertThat(e.cameo()).isEqualTo("033");
    }

    @Test void passiveAgentIsTheSource() {
        Event e = only(events("Ukraine was attacked by Russia on Sunday."), "ASSAULT");
        assertThat(countries(e.source())).containsExactly("RUS");
        assertThat(countries(e.target())).containsExactly("UKR");
        assertThat(e.date()).isEqualTo("2019-06-16");
    }

    @Test void aClaimInsideAStatementIsReportedByTheSpeaker() {
        List<Event> ev = events("Turkey said that Syrian forces attacked its soldiers near Idlib.");
        Event e = only(ev, "ASSAULT");
        assertThat(countries(e.source())).containsExactly("SYR");
        assertThat(e.reportedBy()).isNotNull();
        assertThat(e.reportedBy().country()).isEqualTo("TUR");
    }

    @Test void negationIsFlagged() {
        List<Event> ev = events("China did not meet with Japan at the summit.");
        Event meet = ev.stream().filter(e -> e.mentions().get(0).trigger().text().startsWith("meet")).findFirst().orElseThrow();
        assertThat(meet.type()).isEqualTo("CONSULT");
        assertThat(meet.negated()).isTrue();
        assertThat(ev).noneMatch(e -> !e.negated() && countries(e.target()).contains("JPN"));
    }

    @Test void conditionalIsHypothetical() {
        List<Event> ev = events("If Iran attacks Israel, the region will burn.");
        Event e = only(ev, "ASSAULT");
        assertThat(e.hypothetical()).isTrue();
    }

    @Test void namedLeadersAreCodedThroughTheKnowledgeBase() {
        Event e = only(events("Vladimir Putin and Emmanuel Macron held talks at the Elysee on Monday."), "CONSULT");
        assertThat(countries(e.source())).containsExactlyInAnyOrder("RUS", "FRA");
        assertThat(e.date()).isEqualTo("2019-06-17");
    }

    @Test void theTwoLeadersAreThePairOfTheLastDyad() {
        List<Event> ev = events("Russian President Vladimir Putin met his French counterpart in Nice. "
                + "During the talks on Saturday, the two leaders discussed trade and energy.");
        assertThat(ev).anyMatch(e -> e.type().equals("CONSULT") && "2019-06-15".equals(e.date())
                && countries(e.source()).containsAll(List.of("RUS", "FRA")));
    }

    @Test void aRetaliationIsAimedAtWhoeverWasBlamedForTheActItAnswers() {
        Event e = only(events("Britain launched air strikes in retaliation for a rocket attack that London blamed on Tehran."), "ASSAULT");
        assertThat(countries(e.source())).containsExactly("GBR");
        assertThat(countries(e.target())).containsExactly("IRN");
        assertThat(e.mode()).isEqualTo("aerial");
    }

    @Test void aVerbOfSeekingWithAComplementIsNoRequest() {
        List<Event> ev = events("The Kremlin denied that Russia sought to sway the vote.");
        assertThat(ev).extracting(Event::type).contains("REJECT");
        assertThat(ev).noneMatch(e -> e.type().equals("REQUEST"));
    }
}
