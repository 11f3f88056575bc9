package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.link.EventMerger;
import org.parley.model.Event;
import org.parley.model.Span;

class EventMergerTest {
    static Event ev(String id, String article, String type, String src, String tgt, String date) {
        Event.EventMention m = new Event.EventMention(article, new Span(0, 10), new Event.Trigger(2, 5, "met"));
        return new Event(id, type, null, List.of("diplomatic"), List.of(new Event.EventActor(null, src, src, "GOV")),
                tgt == null ? List.of() : List.of(new Event.EventActor(null, tgt, tgt, "GOV")), date, null, false, false, null,
                "040", 1.0, 1, 0.8, List.of(m), 1, 1);
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

    @Test void aMonthDateMergesWithADayInIt() {
        List<Event> merged = new EventMerger().merge(List.of(
                ev("a1-e1", "a1", "ASSAULT", "USA", "SYR", "2017-04"),
                ev("a2-e1", "a2", "ASSAULT", "USA", "SYR", "2017-04-07")), null);
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).date()).isEqualTo("2017-04-07");
        assertThat(merged.get(0).numSources()).isEqualTo(2);
    }
}
