package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventExtractorTest.entities;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Event;

/**
 * Which time expression dates an event (Dating): a year that is a word of another noun's name ("its 1967 borders",
 * "the 2015 deal") dates that thing, not the act that mentions it; on the event's own trigger it dates the event.
 * Sentences written by the team.
 */
class EventDatingTest {
    static final LocalDate DAY = LocalDate.of(2018, 11, 26);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private Event only(String type, AnnotatedArticle doc, Object... ents) {
        List<Event> ev = extractor.extract(doc, entities(doc, ents), List.of());
        return ev.stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + ev));
    }

    @Test void aYearNamingTheObjectDoesNotDateTheAct() {
        // "Iran criticized France over its 1967 borders ." : the criticism is news of the day, the borders are of 1967
        AnnotatedArticle doc = Parses.article("Iran/Iran/NNP/COUNTRY criticized/criticize/VBD France/France/NNP/COUNTRY over/over/IN "
                        + "its/its/PRP$ 1967/1967/CD borders/border/NNS ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 6 3; nmod:poss 6 4; nummod 6 5; obl:over 1 6; punct 1 7", DAY, "5 5 1967");
        Event e = only("ACCUSE", doc, "e1", 0, 0, "IRN", "e2", 2, 2, "FRA");
        assertThat(e.status()).isEqualTo(Event.Status.CURRENT);
        assertThat(e.date()).isEqualTo("2018-11-26");
    }

    @Test void aYearOnTheTriggerDatesTheEvent() {
        // "Iran recalled the 1979 attack on France ." : the attack itself is of 1979
        AnnotatedArticle doc = Parses.article("Iran/Iran/NNP/COUNTRY recalled/recall/VBD the/the/DT 1979/1979/CD attack/attack/NN "
                        + "on/on/IN France/France/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; det 4 2; nummod 4 3; obj 1 4; case 6 5; nmod:on 4 6; punct 1 7", DAY, "3 3 1979");
        Event e = only("ASSAULT", doc, "e1", 0, 0, "IRN", "e2", 6, 6, "FRA");
        assertThat(e.date()).isEqualTo("1979");
        assertThat(e.status()).isEqualTo(Event.Status.HISTORICAL);
    }
}
