package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventArgumentsTest.article;
import static org.parley.events.EventArgumentsTest.codes;
import static org.parley.events.EventArgumentsTest.entities;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.EventArgumentsTest.S;
import org.parley.model.Event;

/**
 * Targets by class (issue 15, session 8): the state across a border, the source's own offices, what a protest
 * is against. Own invented sentences, hand-parsed; entity codes are arbitrary.
 */
class EventTargetsByClassTest {
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<Event> of(AnnotatedArticle doc, String[] ents, String type) {
        return extractor.extract(doc, entities(doc, ents), List.of()).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test void troopsMassedAtABorderAreAimedAtTheStateAcrossIt() {
        // "Norland massed troops along its border with Sudland ."
        AnnotatedArticle doc = article(new S("Norland/Norland/NNP/COUNTRY massed/mass/VBD troops/troop/NNS along/along/IN its/its/PRP$/O "
                + "border/border/NN with/with/IN Sudland/Sudland/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; nmod:poss 5 4; obl:along 1 5; case 7 6; nmod:with 5 7; punct 1 8"));
        List<Event> ev = of(doc, new String[] {"Norland COUNTRY AAA GOV", "Sudland COUNTRY BBB GOV"}, "MOBILIZE");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).source())).containsExactly("AAA");
        assertThat(codes(ev.get(0).target())).containsExactly("BBB");
    }

    @Test void theSourcesOwnEmbassyIsNoTargetButItsPlaceIs() {
        // "Norland closed its embassy in Sudtown ."
        AnnotatedArticle doc = article(new S("Norland/Norland/NNP/COUNTRY closed/close/VBD its/its/PRP$/O embassy/embassy/NN in/in/IN "
                + "Sudtown/Sudtown/NNP/LOCATION ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; case 5 4; nmod:in 3 5; punct 1 6"));
        List<Event> ev = of(doc, new String[] {"Norland COUNTRY AAA GOV", "Sudtown LOCATION BBB GOV"}, "SANCTION");
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).target())).doesNotContain("AAA").containsExactly("BBB");
    }

    @Test void aProtestInDefianceOfSomeoneIsAimedAtThem() {
        // "Students marched in defiance of Smith ."
        AnnotatedArticle doc = article(new S("Students/student/NNS/O marched/march/VBD in/in/IN defiance/defiance/NN of/of/IN "
                + "Smith/Smith/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:in 1 3; case 5 4; nmod:of 3 5; punct 1 6"));
        List<Event> ev = of(doc, new String[] {"Smith PERSON AAA GOV"}, "PROTEST");
        assertThat(ev).isNotEmpty();
        assertThat(codes(ev.get(0).target())).containsExactly("AAA");
    }
}
