package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.internal.Lexicon;
import org.parley.events.internal.Pattern;
import org.parley.model.Event;

/**
 * Session 7 frames (issue 15) on hand-written parses: noun classes in trigger patterns, the frame noun found as
 * the verb's argument beyond the window, and a clause modifying the object not dating the event.
 */
class EventFramesByClassTest {
    static final LocalDate WEDNESDAY = LocalDate.of(2021, 2, 24);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    @Test void aClassInATriggerStandsForItsWords() {
        Lexicon lx = Lexicon.load(List.of());
        List<Pattern> aid = lx.patternsForHead("send").stream().filter(p -> p.type() == EventType.AID).toList();
        assertThat(aid).anyMatch(p -> p.words().get(p.size() - 1).contains("doctors"));
        for (Pattern p : lx.patterns()) for (var w : p.words()) assertThat(w).noneMatch(a -> a.startsWith("@"));
        assertThat(lx.warnings()).isEmpty();
    }

    @Test void anUnknownClassIsABadLine(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("mine.tsv");
        Files.writeString(extra, "AID\t070\tV\tparachute @no_such_class\t-\t0.8\t-\t-\n");
        assertThat(Lexicon.load(List.of(extra)).warnings()).hasSize(1);
    }

    @Test void aFramesNounBeyondTheWindowIsFoundAsTheVerbsArgument() {
        // "Japan supplied Nepal with thousands of winter tents ."
        AnnotatedArticle doc = Parses.article("Japan/Japan/NNP/COUNTRY supplied/supply/VBD Nepal/Nepal/NNP/COUNTRY with/with/IN "
                        + "thousands/thousand/NNS of/of/IN winter/winter/NN tents/tent/NNS ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; obl:with 1 4; case 4 3; nmod:of 4 7; case 7 5; compound 7 6; punct 1 8", WEDNESDAY);
        List<Event> ev = extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 2, 2, "NPL"), List.of());
        assertThat(ev).extracting(Event::type).containsExactly("AID");
        assertThat(ev.get(0).source()).extracting(Event.EventActor::country).containsExactly("JPN");
        assertThat(ev.get(0).target()).extracting(Event.EventActor::country).containsExactly("NPL");
    }

    @Test void orderingForcesToACountryIsMobilisationButOrderingThemToActIsNot() {
        // "Chad ordered two battalions to the border ."
        AnnotatedArticle moved = Parses.article("Chad/Chad/NNP/COUNTRY ordered/order/VBD two/two/CD battalions/battalion/NNS to/to/IN "
                        + "the/the/DT border/border/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; nummod 3 2; obl:to 1 6; case 6 4; det 6 5; punct 1 7", WEDNESDAY);
        assertThat(extractor.extract(moved, EventExtractorTest.entities(moved, "e1", 0, 0, "TCD"), List.of()))
                .extracting(Event::type).containsExactly("MOBILIZE");
        // "Chad ordered two battalions to withdraw ."
        AnnotatedArticle told = Parses.article("Chad/Chad/NNP/COUNTRY ordered/order/VBD two/two/CD battalions/battalion/NNS to/to/TO "
                        + "withdraw/withdraw/VB ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; nummod 3 2; xcomp 1 5; mark 5 4; punct 1 6", WEDNESDAY);
        assertThat(extractor.extract(told, EventExtractorTest.entities(told, "e1", 0, 0, "TCD"), List.of()))
                .extracting(Event::type).doesNotContain("MOBILIZE");
    }

    @Test void aDateInAClauseOnTheObjectDoesNotDateTheEvent() {
        // "Sudan lifted the curfew imposed 19 years ago ."
        AnnotatedArticle doc = Parses.article("Sudan/Sudan/NNP/COUNTRY lifted/lift/VBD the/the/DT curfew/curfew/NN imposed/impose/VBN "
                        + "19/19/CD years/year/NNS ago/ago/RB ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; det 3 2; acl 3 4; nummod 6 5; obl:npmod 7 6; advmod 4 7; punct 1 8",
                WEDNESDAY, "5 7 2002");
        List<Event> ev = extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "SDN"), List.of());
        assertThat(ev).extracting(Event::type).contains("CONCEDE");
        Event lifted = ev.stream().filter(e -> e.type().equals("CONCEDE")).findFirst().orElseThrow();
        assertThat(lifted.date()).isEqualTo("2021-02-24");
        assertThat(lifted.status()).isEqualTo(Event.Status.CURRENT);
    }
}
