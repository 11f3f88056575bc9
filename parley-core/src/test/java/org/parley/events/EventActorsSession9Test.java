package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventArgumentsTest.article;
import static org.parley.events.EventArgumentsTest.codes;
import static org.parley.events.EventArgumentsTest.entities;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.EventArgumentsTest.S;
import org.parley.model.Event;

/**
 * Event actors by class (issue 15, session 9): the state of an unnamed domestic group from its sentence, one
 * actor per state coordinated after a role noun. Own invented sentences, hand-parsed; entity codes are arbitrary.
 */
class EventActorsSession9Test {
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<Event> of(AnnotatedArticle doc, String[] ents, String type) {
        return extractor.extract(doc, entities(doc, ents), List.of()).stream().filter(e -> e.type().equals(type)).toList();
    }

    private static List<String> all(Event e) {
        List<String> out = new ArrayList<>(codes(e.source()));
        out.addAll(codes(e.target()));
        return out;
    }

    @Test void militantsAndVillagersTakeTheOneStateTheSentenceNames() {
        // "Militants attacked villagers across Norland ."
        AnnotatedArticle doc = article(new S("Militants/militant/NNS/O attacked/attack/VBD villagers/villager/NNS/O across/across/IN "
                + "Norland/Norland/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:across 1 4; punct 1 5"));
        List<Event> ev = of(doc, new String[] {"Norland COUNTRY AAA GOV"}, "ASSAULT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("AAA");
    }

    @Test void aGroupHitByAForeignStateDoesNotTakeThatState() {
        // "Norland bombed militants ." -- the only state named is the attacker's own
        AnnotatedArticle doc = article(new S("Norland/Norland/NNP/COUNTRY bombed/bomb/VBD militants/militant/NNS/O ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"));
        for (Event e : of(doc, new String[] {"Norland COUNTRY AAA GOV"}, "ASSAULT")) {
            assertThat(codes(e.source())).containsExactly("AAA");
            assertThat(codes(e.target())).doesNotContain("AAA");
        }
    }

    @Test void ministersOfTwoStatesAreTwoActors() {
        // "Ministers of Norland and Sudland met in Oldtown ."
        AnnotatedArticle doc = article(new S("Ministers/minister/NNS/TITLE of/of/IN Norland/Norland/NNP/COUNTRY and/and/CC "
                + "Sudland/Sudland/NNP/COUNTRY met/meet/VBD in/in/IN Oldtown/Oldtown/NNP/CITY ./././O",
                "root -1 5; nsubj 5 0; case 2 1; nmod:of 0 2; cc 4 3; conj:and 2 4; nmod:of 0 4; case 7 6; obl:in 5 7; punct 5 8"));
        List<Event> ev = of(doc, new String[] {"Norland COUNTRY AAA GOV", "Sudland COUNTRY BBB GOV", "Oldtown LOCATION CCC GOV"}, "CONSULT");
        assertThat(ev).hasSize(1);
        assertThat(all(ev.get(0))).contains("AAA", "BBB").doesNotContain("CCC");
    }

    @Test void whoIsStoodBehindIsTheTargetOfSupport() {
        // "Norland stood behind Sudland ."
        AnnotatedArticle doc = article(new S("Norland/Norland/NNP/COUNTRY stood/stand/VBD behind/behind/IN Sudland/Sudland/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:behind 1 3; punct 1 4"));
        List<Event> ev = of(doc, new String[] {"Norland COUNTRY AAA GOV", "Sudland COUNTRY BBB GOV"}, "SUPPORT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("BBB");
    }

    @Test void whoseThingATargetPhraseNamesIsTheTarget() {
        // "Norland gave its blessing to a plan by Sudland ."
        AnnotatedArticle doc = article(new S("Norland/Norland/NNP/COUNTRY gave/give/VBD its/its/PRP$/O blessing/blessing/NN/O to/to/IN "
                + "a/a/DT/O plan/plan/NN/O by/by/IN Sudland/Sudland/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; case 6 4; det 6 5; obl:to 1 6; case 8 7; nmod:by 6 8; punct 1 9"));
        List<Event> ev = of(doc, new String[] {"Norland COUNTRY AAA GOV", "Sudland COUNTRY BBB GOV"}, "SUPPORT");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("BBB");
    }

    @Test void prisonersAStatePardonsAreItsOwn() {
        // "Norland pardoned prisoners ."
        AnnotatedArticle doc = article(new S("Norland/Norland/NNP/COUNTRY pardoned/pardon/VBD prisoners/prisoner/NNS/O ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"));
        List<Event> ev = of(doc, new String[] {"Norland COUNTRY AAA GOV"}, "CONCEDE");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).target())).containsExactly("AAA");
    }
}
