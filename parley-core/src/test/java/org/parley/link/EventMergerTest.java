package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.Span;

class EventMergerTest {
    static Event ev(String id, String article, String type, String src, String tgt, String date) {
        return ev(id, article, type, src, tgt, date, "met");
    }

    static Event ev(String id, String article, String type, String src, String tgt, String date, String trigger) {
        Event.EventMention m = new Event.EventMention(article, new Span(0, 10), new Event.Trigger(2, 5, trigger));
        return new Event(id, type, null, List.of("diplomatic"), List.of(new Event.EventActor(null, src, src, "GOV")),
                tgt == null ? List.of() : List.of(new Event.EventActor(null, tgt, tgt, "GOV")), date, null, false, false, null,
                "040", 1.0, 1, 0.8, List.of(m), 1, 1, Event.Status.CURRENT);
    }

    final Map<String, String> outlets = Map.of("a1", "tass.ru", "a2", "lemonde.fr", "a3", "tass.ru", "a4", "bbc.co.uk");

    @Test void sameEventFromSeveralArticlesWithinADayIsOne() {
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", "2017-05-29"),
                ev("a2-e4", "a2", "CONSULT", "RUS", "FRA", "2017-05-30"),
                ev("a3-e2", "a3", "CONSULT", "RUS", "FRA", "2017-05-29")), outlets::get);
        assertThat(merged).hasSize(1);
        Event e = merged.get(0);
        assertThat(e.id()).isEqualTo("a1-e1");
        assertThat(e.mentions()).hasSize(3);
        assertThat(e.numArticles()).isEqualTo(3);
        assertThat(e.numSources()).isEqualTo(2);
        assertThat(e.confidence()).isGreaterThan(0.8);
    }

    @Test void differentTypeActorsOrDatesStaySeparate() {
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", "2017-05-29"),
                ev("a2-e1", "a2", "SUPPORT", "RUS", "FRA", "2017-05-29"),
                ev("a3-e1", "a3", "CONSULT", "RUS", "DEU", "2017-05-29"),
                ev("a4-e1", "a4", "CONSULT", "RUS", "FRA", "2017-06-02")), outlets::get);
        assertThat(merged).hasSize(4);
        assertThat(merged).allMatch(e -> e.numArticles() == 1 && e.numSources() == 1);
    }

    @Test void threeDaysApartMergeFourDoNot() {
        assertThat(new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", "2017-05-29"),
                ev("a2-e1", "a2", "CONSULT", "RUS", "FRA", "2017-06-01")), null)).hasSize(1);
        assertThat(new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", "2017-05-29"),
                ev("a2-e1", "a2", "CONSULT", "RUS", "FRA", "2017-06-02")), null)).hasSize(2);
    }

    @Test void datesDoNotChainAcrossAGroup() {
        // the 1st and the 4th are one report apart, the 4th and the 7th too, but the 1st and the 7th are not
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", "2017-05-01"),
                ev("a2-e1", "a2", "CONSULT", "RUS", "FRA", "2017-05-04"),
                ev("a3-e1", "a3", "CONSULT", "RUS", "FRA", "2017-05-07")), null);
        assertThat(merged).hasSize(2);
    }

    @Test void unknownDatesNeverMerge() {
        // a phone call in one undated article and talks in another: same type and actors, unknown dates
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", null),
                ev("a2-e1", "a2", "CONSULT", "RUS", "FRA", null)), outlets::get);
        assertThat(merged).hasSize(2);
        assertThat(merged).allMatch(e -> e.numArticles() == 1);
    }

    @Test void monthOrYearDatesAreNotKnownToTheDay() {
        assertThat(new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "ASSAULT", "USA", "SYR", "2017-04"),
                ev("a2-e1", "a2", "ASSAULT", "USA", "SYR", "2017-04-07")), null)).hasSize(2);
        assertThat(new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "FRA", "RUS", "2013"),
                ev("a2-e1", "a2", "CONSULT", "FRA", "RUS", "2013")), null)).hasSize(2);
    }

    @Test void duplicateArticlesAddNoArticlesOrSources() {
        // twelve syndicated copies of one undated story, each telling the same two events
        List<Event> events = new ArrayList<>();
        Map<String, String> dupOf = new HashMap<>(), outletOf = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            String a = "copy" + i;
            events.add(ev(a + "-e1", a, "CONSULT", "RUS", "FRA", null, "talks"));
            events.add(ev(a + "-e2", a, "CONSULT", "RUS", "FRA", null, "called"));
            outletOf.put(a, "outlet" + i);
            if (i > 0) dupOf.put(a, i == 1 ? "copy0" : "copy" + (i - 1)); // chains of copies too
        }
        List<Event> merged = new EventMerger().merge(events, outletOf::get, dupOf::get);
        assertThat(merged).hasSize(2); // the undated talks and call stay apart, each once
        assertThat(merged).allMatch(e -> e.numArticles() == 1 && e.numSources() == 1 && e.mentions().size() == 12);
    }

    @Test void aDuplicateAndAnotherArticleCountTwice() {
        Map<String, String> dupOf = Map.of("a3", "a1");
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", "2017-05-29"),
                ev("a3-e1", "a3", "CONSULT", "RUS", "FRA", "2017-05-29"),
                ev("a2-e1", "a2", "CONSULT", "RUS", "FRA", "2017-05-30")), outlets::get, dupOf::get);
        assertThat(merged).singleElement().satisfies(e -> {
            assertThat(e.numArticles()).isEqualTo(2);
            assertThat(e.numSources()).isEqualTo(2);
            assertThat(e.mentions()).hasSize(3);
        });
    }

    @Test void aHistoricalMentionIsNotTheCurrentEvent() {
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "CONSULT", "RUS", "FRA", "2017-05-29"),
                ev("a2-e1", "a2", "CONSULT", "RUS", "FRA", "2017-05-29").withStatus(Event.Status.HISTORICAL),
                ev("a3-e1", "a3", "CONSULT", "RUS", "FRA", "2017-05-30").withStatus(Event.Status.HISTORICAL)), null);
        assertThat(merged).extracting(Event::status).containsExactly(Event.Status.CURRENT, Event.Status.HISTORICAL);
        assertThat(merged.get(1).numArticles()).isEqualTo(2);
    }
}
