package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Token;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Event;

/**
 * Session 11 (issue 15): the class-frame fallback (class-frames.tsv, ClassFrames) on hand-written parses of
 * sentences written for these tests (not taken from any evaluation file). A verb outside the lexicon gets its type
 * from its WordNet verb class, the kinds of its subject and argument, and the direction of a motion.
 */
class EventClassFramesSession11Test {
    static final LocalDate DAY = LocalDate.of(2021, 3, 10);
    final EventExtractor on = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(), null, null, true);
    final EventExtractor off = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    // "Syrian helicopters hammered Idlib ." (hammer: verb.contact; helicopter is no ARMED noun, so the sector decides)
    // "Turkish soldiers hammered Afrin ."
    static final String SOLDIERS = "Turkish/Turkish/JJ/NATIONALITY soldiers/soldier/NNS/O hammered/hammer/VBD/O Afrin/Afrin/NNP/CITY ./././O";
    static final String SOLDIERS_DEPS = "root -1 2; amod 1 0; nsubj 2 1; obj 2 3; punct 2 4";

    @Test void armedSubjectHittingAPlaceIsAnAssault() {
        List<Event> ev = Parses.events(on, DAY, SOLDIERS, SOLDIERS_DEPS, "e1", 0, 1, "TUR", "e2", 3, 3, "SYR");
        assertThat(ev).extracting(Event::type).containsExactly("ASSAULT");
        assertThat(ev.get(0).method()).isEqualTo(Event.Method.CLASS_FRAME);
        assertThat(ev.get(0).confidence()).isLessThan(0.5);
    }

    @Test void offByDefault() {
        assertThat(Parses.events(off, DAY, SOLDIERS, SOLDIERS_DEPS, "e1", 0, 1, "TUR", "e2", 3, 3, "SYR")).isEmpty();
    }

    @Test void troopsMovingAwayRetreatAndTowardMobilise() {
        // "Russian troops pulled back from the border ." / "Russian troops hurried to the border ."
        List<Event> away = Parses.events(on, DAY, "Russian/Russian/JJ/NATIONALITY troops/troops/NNS/O pulled/pull/VBD/O back/back/RP/O "
                        + "from/from/IN/O the/the/DT/O border/border/NN/O ./././O",
                "root -1 2; amod 1 0; nsubj 2 1; compound:prt 2 3; obl:from 2 6; case 6 4; det 6 5; punct 2 7",
                "e1", 0, 1, "RUS");
        assertThat(away).extracting(Event::type).containsExactly("RETREAT");
        List<Event> toward = Parses.events(on, DAY, "Russian/Russian/JJ/NATIONALITY troops/troops/NNS/O hurried/hurry/VBD/O "
                        + "to/to/IN/O the/the/DT/O border/border/NN/O ./././O",
                "root -1 2; amod 1 0; nsubj 2 1; obl:to 2 5; case 5 3; det 5 4; punct 2 6",
                "e1", 0, 1, "RUS");
        assertThat(toward).extracting(Event::type).containsExactly("MOBILIZE");
    }

    @Test void aMealWithALeaderIsAMeeting() {
        // "Chile 's president lunched with Peru 's president ."
        List<Event> ev = Parses.events(on, DAY, "Chile/Chile/NNP/COUNTRY 's/'s/POS/O president/president/NN/TITLE lunched/lunch/VBD/O "
                        + "with/with/IN/O Peru/Peru/NNP/COUNTRY 's/'s/POS/O president/president/NN/TITLE ./././O",
                "root -1 3; nmod:poss 2 0; case 0 1; nsubj 3 2; obl:with 3 7; case 7 4; nmod:poss 7 5; case 5 6; punct 3 8",
                "e1", 0, 0, "CHL", "e2", 5, 5, "PER");
        assertThat(ev).extracting(Event::type).containsExactly("CONSULT");
    }

    @Test void aVerbOfTheClassWithTheWrongSubjectMakesNothing() {
        // "Turkish farmers hammered the fence ." (no armed subject, no weapon)
        List<Event> ev = Parses.events(on, DAY, "Turkish/Turkish/JJ/NATIONALITY farmers/farmer/NNS/O hammered/hammer/VBD/O the/the/DT/O "
                        + "fence/fence/NN/O ./././O",
                "root -1 2; amod 1 0; nsubj 2 1; obj 2 4; det 4 3; punct 2 5",
                "e1", 0, 1, "TUR");
        assertThat(ev).isEmpty();
    }

    @Test void theGateWantsAFramedVerbAndAnActor() {
        ClassFrameGate gate = ClassFrameGate.builtIn();
        assertThat(gate.verbs()).contains("hammer", "dine").doesNotContain("go", "have");
        Token verb = new Token(1, 0, 1, "hammered", "hammer", "VBD", "O");
        Token actor = new Token(0, 0, 1, "Turkish", "Turkish", "JJ", "NATIONALITY");
        Token noun = new Token(2, 0, 1, "fence", "fence", "NN", "O");
        assertThat(gate.test(List.of(actor, verb, noun))).isTrue();
        assertThat(gate.test(List.of(verb, noun))).isFalse();
        assertThat(gate.test(List.of(actor, noun))).isFalse();
        assertThat(new ClassFrameGate(Set.of()).test(List.of(actor, verb))).isFalse();
    }
}
