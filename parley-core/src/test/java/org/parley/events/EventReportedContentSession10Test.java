package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Event;

/**
 * Session 10 (issue 15): events carried by the structure of a sentence rather than by a lexicon verb, on
 * hand-written parses of sentences written for these tests (not taken from any evaluation file): a report whose
 * content calls a party's act a wrong or the party culpable is an accusation (ReportedAccusation), and a
 * forceful act stated as the actor's will under a condition is a threat made now (ConditionalThreat).
 */
class EventReportedContentSession10Test {
    static final LocalDate DAY = LocalDate.of(2021, 3, 10);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<Event> code(String tokens, String deps, Object... entities) {
        return Parses.events(extractor, DAY, tokens, deps, entities);
    }

    private static List<Event> current(List<Event> ev) {
        return ev.stream().filter(e -> !e.hypothetical() && !e.negated() && e.status() == Event.Status.CURRENT).toList();
    }

    @Test void aReportThatAnActIsAViolationAccusesItsAuthor() {
        // "Armenia said Azerbaijan 's move is a violation of international law ."
        List<Event> ev = code("Armenia/Armenia/NNP/COUNTRY said/say/VBD Azerbaijan/Azerbaijan/NNP/COUNTRY 's/'s/POS move/move/NN "
                        + "is/be/VBZ a/a/DT violation/violation/NN of/of/IN international/international/JJ law/law/NN ./././O",
                "root -1 1; nsubj 1 0; ccomp 1 7; nmod:poss 4 2; case 2 3; nsubj 7 4; cop 7 5; det 7 6; nmod:of 7 10; "
                        + "case 10 8; amod 10 9; punct 1 11",
                "e1", 0, 0, "ARM", "e2", 2, 2, "AZE");
        assertThat(current(ev)).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(ev.get(0).source()).extracting(Event.EventActor::country).containsExactly("ARM");
        assertThat(ev.get(0).target()).extracting(Event.EventActor::country).containsExactly("AZE");
    }

    @Test void aReportThatAPartyIsResponsibleAccusesIt() {
        // "Nigeria said Chad was responsible for the deaths ."
        List<Event> ev = code("Nigeria/Nigeria/NNP/COUNTRY said/say/VBD Chad/Chad/NNP/COUNTRY was/be/VBD responsible/responsible/JJ "
                        + "for/for/IN the/the/DT deaths/death/NNS ./././O",
                "root -1 1; nsubj 1 0; ccomp 1 4; nsubj 4 2; cop 4 3; obl:for 4 7; case 7 5; det 7 6; punct 1 8",
                "e1", 0, 0, "NGA", "e2", 2, 2, "TCD");
        assertThat(current(ev)).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(ev.get(0).target()).extracting(Event.EventActor::country).containsExactly("TCD");
    }

    @Test void aReportThatAPartyIsNotResponsibleAccusesNoOne() {
        // "Nigeria said Chad was not responsible for the deaths ."
        List<Event> ev = code("Nigeria/Nigeria/NNP/COUNTRY said/say/VBD Chad/Chad/NNP/COUNTRY was/be/VBD not/not/RB "
                        + "responsible/responsible/JJ for/for/IN the/the/DT deaths/death/NNS ./././O",
                "root -1 1; nsubj 1 0; ccomp 1 5; nsubj 5 2; cop 5 3; advmod 5 4; obl:for 5 8; case 8 6; det 8 7; punct 1 9",
                "e1", 0, 0, "NGA", "e2", 2, 2, "TCD");
        assertThat(current(ev)).extracting(Event::type).doesNotContain("ACCUSE");
    }

    @Test void aReportThatAPartyCommittedAWrongAccusesIt() {
        // "Ecuador stated that Peru had committed fraud ."
        List<Event> ev = code("Ecuador/Ecuador/NNP/COUNTRY stated/state/VBD that/that/IN Peru/Peru/NNP/COUNTRY had/have/VBD "
                        + "committed/commit/VBN fraud/fraud/NN ./././O",
                "root -1 1; nsubj 1 0; ccomp 1 5; mark 5 2; nsubj 5 3; aux 5 4; obj 5 6; punct 1 7",
                "e1", 0, 0, "ECU", "e2", 3, 3, "PER");
        assertThat(current(ev)).extracting(Event::type).contains("ACCUSE");
        Event a = current(ev).stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
        assertThat(a.source()).extracting(Event.EventActor::country).containsExactly("ECU");
        assertThat(a.target()).extracting(Event.EventActor::country).containsExactly("PER");
    }

    @Test void aForcefulActWilledUnderAConditionIsAThreat() {
        // "Israel will strike Iran if Iran enriches uranium ."
        List<Event> ev = code("Israel/Israel/NNP/COUNTRY will/will/MD strike/strike/VB Iran/Iran/NNP/COUNTRY if/if/IN "
                        + "Iran/Iran/NNP/COUNTRY enriches/enrich/VBZ uranium/uranium/NN ./././O",
                "root -1 2; nsubj 2 0; aux 2 1; obj 2 3; advcl 2 6; mark 6 4; nsubj 6 5; obj 6 7; punct 2 8",
                "e1", 0, 0, "ISR", "e2", 3, 3, "IRN", "e3", 5, 5, "IRN");
        assertThat(current(ev)).extracting(Event::type).containsExactly("THREATEN");
        assertThat(current(ev).get(0).source()).extracting(Event.EventActor::country).containsExactly("ISR");
        assertThat(current(ev).get(0).target()).extracting(Event.EventActor::country).containsExactly("IRN");
    }

    @Test void theSecondVerbOfACoordinationSharesTheConditionAndTheWill() {
        // "Pakistan will act and strike India if provoked ."
        List<Event> ev = code("Pakistan/Pakistan/NNP/COUNTRY will/will/MD act/act/VB and/and/CC strike/strike/VB India/India/NNP/COUNTRY "
                        + "if/if/IN provoked/provoke/VBN ./././O",
                "root -1 2; nsubj 2 0; aux 2 1; cc 4 3; conj 2 4; obj 4 5; advcl 2 7; mark 7 6; punct 2 8",
                "e1", 0, 0, "PAK", "e2", 5, 5, "IND");
        assertThat(current(ev)).extracting(Event::type).containsExactly("THREATEN");
    }

    @Test void aNegatedConditionalActIsNoThreat() {
        // "Israel will not strike Iran if Iran enriches uranium ."
        List<Event> ev = code("Israel/Israel/NNP/COUNTRY will/will/MD not/not/RB strike/strike/VB Iran/Iran/NNP/COUNTRY if/if/IN "
                        + "Iran/Iran/NNP/COUNTRY enriches/enrich/VBZ uranium/uranium/NN ./././O",
                "root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obj 3 4; advcl 3 7; mark 7 5; nsubj 7 6; obj 7 8; punct 3 9",
                "e1", 0, 0, "ISR", "e2", 4, 4, "IRN", "e3", 6, 6, "IRN");
        assertThat(current(ev)).extracting(Event::type).doesNotContain("THREATEN");
    }

    @Test void twoStatesActingJointlyCooperate() {
        // "Chile and Peru jointly mapped the seabed ."
        List<Event> ev = code("Chile/Chile/NNP/COUNTRY and/and/CC Peru/Peru/NNP/COUNTRY jointly/jointly/RB mapped/map/VBD "
                        + "the/the/DT seabed/seabed/NN ./././O",
                "root -1 4; nsubj 4 0; cc 2 1; conj 0 2; advmod 4 3; obj 4 6; det 6 5; punct 4 7",
                "e1", 0, 0, "CHL", "e2", 2, 2, "PER");
        assertThat(current(ev)).extracting(Event::type).containsExactly("COOPERATE");
        assertThat(ev.get(0).source()).extracting(Event.EventActor::country).containsExactly("CHL");
        assertThat(ev.get(0).target()).extracting(Event.EventActor::country).containsExactly("PER");
    }

    @Test void aCoPrefixedVerbOfTwoStatesIsCooperation() {
        // "Kenya and Uganda co-hosted the games ."
        List<Event> ev = code("Kenya/Kenya/NNP/COUNTRY and/and/CC Uganda/Uganda/NNP/COUNTRY co-hosted/co-host/VBD the/the/DT games/game/NNS ./././O",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obj 3 5; det 5 4; punct 3 6",
                "e1", 0, 0, "KEN", "e2", 2, 2, "UGA");
        assertThat(current(ev)).extracting(Event::type).containsExactly("COOPERATE");
    }

    @Test void oneStateActingJointlyIsNoCooperation() {
        // "Chilean police and soldiers jointly mapped the valley ."
        List<Event> ev = code("Chilean/Chilean/JJ/NATIONALITY police/police/NNS and/and/CC soldiers/soldier/NNS jointly/jointly/RB "
                        + "mapped/map/VBD the/the/DT valley/valley/NN ./././O",
                "root -1 5; amod 1 0; nsubj 5 1; cc 3 2; conj 1 3; advmod 5 4; obj 5 7; det 7 6; punct 5 8",
                "e1", 0, 0, "CHL");
        assertThat(current(ev)).extracting(Event::type).doesNotContain("COOPERATE");
    }

    @Test void leadersOfTwoStatesDoingSomethingTogetherMeet() {
        // "Putin and Macron strolled through the park ."
        List<Event> ev = code("Putin/Putin/NNP/PERSON and/and/CC Macron/Macron/NNP/PERSON strolled/stroll/VBD through/through/IN "
                        + "the/the/DT park/park/NN ./././O",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obl:through 3 6; case 6 4; det 6 5; punct 3 7",
                "e1", 0, 0, "RUS", "e2", 2, 2, "FRA");
        assertThat(current(ev)).extracting(Event::type).containsExactly("CONSULT");
    }

    @Test void aLeaderDoingSomethingWithAnotherStatesLeaderMeetsHim() {
        // "Merkel lunched with Obama at the embassy ."
        List<Event> ev = code("Merkel/Merkel/NNP/PERSON lunched/lunch/VBD with/with/IN Obama/Obama/NNP/PERSON at/at/IN the/the/DT "
                        + "embassy/embassy/NN ./././O",
                "root -1 1; nsubj 1 0; obl:with 1 3; case 3 2; obl:at 1 6; case 6 4; det 6 5; punct 1 7",
                "e1", 0, 0, "DEU", "e2", 3, 3, "USA");
        assertThat(current(ev)).extracting(Event::type).containsExactly("CONSULT");
        assertThat(ev.get(0).source()).extracting(Event.EventActor::country).containsExactly("DEU");
        assertThat(ev.get(0).target()).extracting(Event.EventActor::country).containsExactly("USA");
    }

    @Test void twoLeadersOfOneStateDoNotMeetByShape() {
        // "Putin and Lavrov strolled through the park ."
        List<Event> ev = code("Putin/Putin/NNP/PERSON and/and/CC Lavrov/Lavrov/NNP/PERSON strolled/stroll/VBD through/through/IN "
                        + "the/the/DT park/park/NN ./././O",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obl:through 3 6; case 6 4; det 6 5; punct 3 7",
                "e1", 0, 0, "RUS", "e2", 2, 2, "RUS");
        assertThat(current(ev)).isEmpty();
    }

    @Test void leadersSayingSomethingTogetherIsNoMeetingByShape() {
        // "Putin and Macron spoke ." is left to the lexicon; "Putin and Macron said nothing ." has an object
        List<Event> ev = code("Putin/Putin/NNP/PERSON and/and/CC Macron/Macron/NNP/PERSON said/say/VBD nothing/nothing/NN ./././O",
                "root -1 3; nsubj 3 0; cc 2 1; conj 0 2; obj 3 4; punct 3 5",
                "e1", 0, 0, "RUS", "e2", 2, 2, "FRA");
        assertThat(current(ev)).isEmpty();
    }

    @Test void aStateLettingAnotherStatesActorActConcedes() {
        // "Vietnam allowed the Chinese fishermen to return ."
        List<Event> ev = code("Vietnam/Vietnam/NNP/COUNTRY allowed/allow/VBD the/the/DT Chinese/Chinese/JJ/NATIONALITY fishermen/fisherman/NNS "
                        + "to/to/TO return/return/VB ./././O",
                "root -1 1; nsubj 1 0; obj 1 4; det 4 2; amod 4 3; xcomp 1 6; mark 6 5; punct 1 7",
                "e1", 0, 0, "VNM", "e2", 3, 3, "CHN");
        assertThat(current(ev)).extracting(Event::type).contains("CONCEDE");
    }

    @Test void refusingToLetAnotherStatesActorActRejects() {
        // "Vietnam did not allow Japan to inspect the site ."
        List<Event> ev = code("Vietnam/Vietnam/NNP/COUNTRY did/do/VBD not/not/RB allow/allow/VB Japan/Japan/NNP/COUNTRY to/to/TO "
                        + "inspect/inspect/VB the/the/DT site/site/NN ./././O",
                "root -1 3; nsubj 3 0; aux 3 1; advmod 3 2; obj 3 4; xcomp 3 6; mark 6 5; obj 6 8; det 8 7; punct 3 9",
                "e1", 0, 0, "VNM", "e2", 4, 4, "JPN");
        assertThat(current(ev)).extracting(Event::type).containsExactly("REJECT");
        assertThat(current(ev).get(0).target()).extracting(Event.EventActor::country).containsExactly("JPN");
    }

    @Test void aRuleThatAllowsIsNoConcession() {
        // "The law allows Japan to inspect the site ." (no permitter with a country)
        List<Event> ev = code("The/the/DT law/law/NN allows/allow/VBZ Japan/Japan/NNP/COUNTRY to/to/TO inspect/inspect/VB the/the/DT "
                        + "site/site/NN ./././O",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; xcomp 2 5; mark 5 4; obj 5 7; det 7 6; punct 2 8",
                "e1", 3, 3, "JPN");
        assertThat(current(ev)).extracting(Event::type).doesNotContain("CONCEDE", "REJECT");
    }

    @Test void aPermissionRefusedIsNoConcession() {
        // "Vietnam refused to allow Japan to inspect the site ."
        List<Event> ev = code("Vietnam/Vietnam/NNP/COUNTRY refused/refuse/VBD to/to/TO allow/allow/VB Japan/Japan/NNP/COUNTRY to/to/TO "
                        + "inspect/inspect/VB the/the/DT site/site/NN ./././O",
                "root -1 1; nsubj 1 0; xcomp 1 3; mark 3 2; obj 3 4; xcomp 3 6; mark 6 5; obj 6 8; det 8 7; punct 1 9",
                "e1", 0, 0, "VNM", "e2", 4, 4, "JPN");
        assertThat(current(ev)).extracting(Event::type).doesNotContain("CONCEDE");
    }

    @Test void aLightVerbInThePassiveGivesItsAgentAsSource() {
        // "Bosnia was given an ultimatum by Serbia ."
        List<Event> ev = code("Bosnia/Bosnia/NNP/COUNTRY was/be/VBD given/give/VBN an/a/DT ultimatum/ultimatum/NN by/by/IN Serbia/Serbia/NNP/COUNTRY ./././O",
                "root -1 2; nsubj:pass 2 0; aux:pass 2 1; obj 2 4; det 4 3; obl:agent 2 6; case 6 5; punct 2 7",
                "e1", 0, 0, "BIH", "e2", 6, 6, "SRB");
        assertThat(current(ev)).extracting(Event::type).containsExactly("THREATEN");
        assertThat(current(ev).get(0).source()).extracting(Event.EventActor::country).containsExactly("SRB");
        assertThat(current(ev).get(0).target()).extracting(Event.EventActor::country).containsExactly("BIH");
    }

    @Test void placedUnderInvestigationByAnAgent() {
        // "Fujimori was placed under investigation by Chile ."
        List<Event> ev = code("Fujimori/Fujimori/NNP/PERSON was/be/VBD placed/place/VBN under/under/IN investigation/investigation/NN "
                        + "by/by/IN Chile/Chile/NNP/COUNTRY ./././O",
                "root -1 2; nsubj:pass 2 0; aux:pass 2 1; obl:under 2 4; case 4 3; obl:agent 2 6; case 6 5; punct 2 7",
                "e1", 0, 0, "PER", "e2", 6, 6, "CHL");
        assertThat(current(ev)).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(current(ev).get(0).source()).extracting(Event.EventActor::country).containsExactly("CHL");
        assertThat(current(ev).get(0).target()).extracting(Event.EventActor::country).containsExactly("PER");
    }

    @Test void aForcefulNounUnderALightVerbWilledUnderAConditionIsAThreat() {
        // "Turkey would mount an offensive if Syria refuses ."
        List<Event> ev = code("Turkey/Turkey/NNP/COUNTRY would/would/MD mount/mount/VB an/a/DT offensive/offensive/NN if/if/IN "
                        + "Syria/Syria/NNP/COUNTRY refuses/refuse/VBZ ./././O",
                "root -1 2; nsubj 2 0; aux 2 1; obj 2 4; det 4 3; advcl 2 7; mark 7 5; nsubj 7 6; punct 2 8",
                "e1", 0, 0, "TUR", "e2", 6, 6, "SYR");
        assertThat(current(ev)).extracting(Event::type).containsExactly("THREATEN");
        assertThat(current(ev).get(0).target()).extracting(Event.EventActor::country).containsExactly("SYR");
    }
}
