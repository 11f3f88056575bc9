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
 * Session 9's status of events told inside another statement (EventStatusRules, status-words.tsv): what someone
 * is blamed for or accused of is ALLEGED, what a contested claim says is CLAIMED, and a deed someone judges
 * ("condemned the attack") stays CURRENT. Sentences written by the team for the rule and its contrast.
 */
class EventStatusContentTest {
    static final LocalDate DAY = LocalDate.of(2018, 11, 26);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private Event.Status statusOf(String type, String tokens, String deps, Object... ents) {
        List<Event> ev = Parses.events(extractor, DAY, tokens, deps, ents);
        return ev.stream().filter(e -> e.type().equals(type)).findFirst().map(Event::status).orElseThrow(
                () -> new AssertionError("no " + type + " in " + ev));
    }

    @Test void whatSomeoneIsBlamedForIsAnAllegation() {
        // "Russia blamed Ukraine for the attack on Kerch ."
        assertThat(statusOf("ASSAULT", "Russia/Russia/NNP/COUNTRY blamed/blame/VBD Ukraine/Ukraine/NNP/COUNTRY for/for/IN the/the/DT "
                        + "attack/attack/NN on/on/IN Kerch/Kerch/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:for 1 5; case 7 6; nmod:on 5 7; punct 1 8",
                "e1", 0, 0, "RUS", "e2", 2, 2, "UKR", "e3", 7, 7, "UKR")).isEqualTo(Event.Status.ALLEGED);
        // "Russia condemned the attack on Kerch ." : the attack is told as fact
        assertThat(statusOf("ASSAULT", "Russia/Russia/NNP/COUNTRY condemned/condemn/VBD the/the/DT attack/attack/NN on/on/IN Kerch/Kerch/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; nmod:on 3 5; punct 1 6",
                "e1", 0, 0, "RUS", "e3", 5, 5, "UKR")).isEqualTo(Event.Status.CURRENT);
    }

    @Test void anIdiomOfBlameNeedsItsWords() {
        // "Kiev held Moscow responsible for the attack on Kerch ." versus "Kiev held talks after the attack on Kerch ."
        assertThat(statusOf("ASSAULT", "Kiev/Kiev/NNP/CITY held/hold/VBD Moscow/Moscow/NNP/CITY responsible/responsible/JJ for/for/IN the/the/DT "
                        + "attack/attack/NN on/on/IN Kerch/Kerch/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; xcomp 1 3; case 6 4; det 6 5; obl:for 3 6; case 8 7; nmod:on 6 8; punct 1 9",
                "e1", 0, 0, "UKR", "e2", 2, 2, "RUS", "e3", 8, 8, "UKR")).isEqualTo(Event.Status.ALLEGED);
        assertThat(statusOf("ASSAULT", "Kiev/Kiev/NNP/CITY held/hold/VBD talks/talk/NNS after/after/IN the/the/DT "
                        + "attack/attack/NN on/on/IN Kerch/Kerch/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:after 1 5; case 7 6; nmod:on 5 7; punct 1 8",
                "e1", 0, 0, "UKR", "e3", 7, 7, "UKR")).isEqualTo(Event.Status.CURRENT);
    }

    @Test void whatAContestedClaimSaysIsAClaim() {
        // "Moscow dismissed claims that its troops attacked Kiev ."
        assertThat(statusOf("ASSAULT", "Moscow/Moscow/NNP/CITY dismissed/dismiss/VBD claims/claim/NNS that/that/IN its/its/PRP$ troops/troop/NNS "
                        + "attacked/attack/VBD Kiev/Kiev/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; mark 6 3; nmod:poss 5 4; nsubj 6 5; acl 2 6; obj 6 7; punct 1 8",
                "e1", 0, 0, "RUS", "e2", 7, 7, "UKR")).isEqualTo(Event.Status.CLAIMED);
    }

    private Event event(String type, String tokens, String deps, Object... ents) {
        List<Event> ev = Parses.events(extractor, DAY, tokens, deps, ents);
        return ev.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow(() -> new AssertionError("no " + type + " in " + ev));
    }

    @Test void aCooperativeActTalksWorkTowardsIsAnAim() {
        // "Russia held talks on a withdrawal from Syria ." : the withdrawal is what the talks are about, not done
        assertThat(event("RETREAT", "Russia/Russia/NNP/COUNTRY held/hold/VBD talks/talk/NNS on/on/IN a/a/DT withdrawal/withdrawal/NN "
                        + "from/from/IN Syria/Syria/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; nmod:on 2 5; case 7 6; nmod:from 5 7; punct 1 8",
                "e1", 0, 0, "RUS", "e2", 7, 7, "SYR").hypothetical()).isTrue();
        // "Russia announced a withdrawal from Syria ." : done
        assertThat(event("RETREAT", "Russia/Russia/NNP/COUNTRY announced/announce/VBD a/a/DT withdrawal/withdrawal/NN "
                        + "from/from/IN Syria/Syria/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; nmod:from 3 5; punct 1 6",
                "e1", 0, 0, "RUS", "e2", 5, 5, "SYR").current()).isTrue();
    }

    @Test void aConditionOnTheVerbOfANominalTriggerIsItsCondition() {
        // "If Russia keeps up its shelling of Kiev , France will respond ."
        assertThat(event("ASSAULT", "If/if/IN Russia/Russia/NNP/COUNTRY keeps/keep/VBZ up/up/RP its/its/PRP$ shelling/shelling/NN of/of/IN "
                        + "Kiev/Kiev/NNP/CITY ,/,/, France/France/NNP/COUNTRY will/will/MD respond/respond/VB ./././O",
                "root -1 11; mark 2 0; nsubj 2 1; compound:prt 2 3; nmod:poss 5 4; obj 2 5; case 7 6; nmod:of 5 7; punct 11 8; "
                        + "nsubj 11 9; aux 11 10; advcl 11 2; punct 11 12",
                "e1", 1, 1, "RUS", "e2", 7, 7, "UKR", "e3", 9, 9, "FRA").hypothetical()).isTrue();
        // "Russia kept up its shelling of Kiev ." : told as fact
        assertThat(event("ASSAULT", "Russia/Russia/NNP/COUNTRY kept/keep/VBD up/up/RP its/its/PRP$ shelling/shelling/NN of/of/IN Kiev/Kiev/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; compound:prt 1 2; nmod:poss 4 3; obj 1 4; case 6 5; nmod:of 4 6; punct 1 7",
                "e1", 0, 0, "RUS", "e2", 6, 6, "UKR").hypothetical()).isFalse();
    }

    @Test void aCeasefireAskedForThroughAnInfinitiveOfAttainingIsNoCeasefire() {
        // "Lebanon pleaded with France to secure a ceasefire ." : the REQUEST carries what is asked for
        AnnotatedArticle doc = Parses.article("Lebanon/Lebanon/NNP/COUNTRY pleaded/plead/VBD with/with/IN France/France/NNP/COUNTRY to/to/TO "
                        + "secure/secure/VB a/a/DT ceasefire/ceasefire/NN ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:with 1 3; mark 5 4; xcomp 1 5; det 7 6; obj 5 7; punct 1 8", DAY);
        List<Event> ev = extractor.extract(doc, entities(doc, "e1", 0, 0, "LBN", "e2", 3, 3, "FRA"), List.of());
        assertThat(ev).extracting(Event::type).contains("REQUEST");
        assertThat(ev).filteredOn(Event::current).extracting(Event::type).doesNotContain("RETREAT");
    }
}
