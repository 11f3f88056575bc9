package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.EventExtractorTest.entities;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.Span;

/**
 * Session 8's sense restrictions (SenseRules, sense-restrictions.tsv, figures.tsv, EventStatusRules), each on a
 * sentence the team wrote for the rule and its contrast: the rule drops the other sense and keeps the event.
 */
class EventSenseRestrictionsTest {
    static final LocalDate DAY = LocalDate.of(2016, 6, 14);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    private List<String> types(String tokens, String deps, Object... ents) {
        return Parses.events(extractor, DAY, tokens, deps, ents).stream().map(Event::type).toList();
    }

    @Test void aWarningThatHoldsNothingOverAnyoneCautions() {
        // "Lavrov warned against a hasty decision ." : caution, no one threatened
        assertThat(types("Lavrov/Lavrov/NNP/PERSON warned/warn/VBD against/against/IN a/a/DT hasty/hasty/JJ decision/decision/NN ./././O",
                "root -1 1; nsubj 1 0; case 5 2; det 5 3; amod 5 4; obl:against 1 5; punct 1 6", "e1", 0, 0, "RUS"))
                .doesNotContain("THREATEN");
        // "Lavrov warned of retaliation ." : a consequence held over someone, a threat
        assertThat(types("Lavrov/Lavrov/NNP/PERSON warned/warn/VBD of/of/IN retaliation/retaliation/NN ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:of 1 3; punct 1 4", "e1", 0, 0, "RUS"))
                .contains("THREATEN");
        // "Lavrov warned Kiev ." : someone warned
        assertThat(types("Lavrov/Lavrov/NNP/PERSON warned/warn/VBD Kiev/Kiev/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "RUS", "e2", 2, 2, "UKR"))
                .contains("THREATEN");
    }

    @Test void aThreatNobodyMakesIsADanger() {
        // "He saw Macron as a threat ." : a danger, no one threatens
        assertThat(types("He/he/PRP saw/see/VBD Macron/Macron/NNP/PERSON as/as/IN a/a/DT threat/threat/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:as 1 5; punct 1 6", "e1", 2, 2, "FRA"))
                .doesNotContain("THREATEN");
        // "Russia 's threat to France" : someone threatens
        assertThat(types("Russia/Russia/NNP/COUNTRY 's/'s/POS threat/threat/NN to/to/IN France/France/NNP/COUNTRY alarmed/alarm/VBD Paris/Paris/NNP/CITY ./././O",
                "root -1 5; nmod:poss 2 0; case 0 1; nsubj 5 2; case 4 3; nmod:to 2 4; obj 5 6; punct 5 7", "e1", 0, 0, "RUS", "e2", 4, 4, "FRA"))
                .contains("THREATEN");
    }

    @Test void callsToDoSomethingAreDemandsNotPhoneCalls() {
        // "Trump 's calls to ban imports grew ."
        assertThat(types("Trump/Trump/NNP/PERSON 's/'s/POS calls/call/NNS to/to/TO ban/ban/VB imports/import/NNS grew/grow/VBD ./././O",
                "root -1 6; nmod:poss 2 0; case 0 1; nsubj 6 2; mark 4 3; acl 2 4; obj 4 5; punct 6 7", "e1", 0, 0, "USA"))
                .doesNotContain("CONSULT");
        // "Trump 's calls with Putin grew ." : phone calls
        assertThat(types("Trump/Trump/NNP/PERSON 's/'s/POS calls/call/NNS with/with/IN Putin/Putin/NNP/PERSON grew/grow/VBD ./././O",
                "root -1 5; nmod:poss 2 0; case 0 1; nsubj 5 2; case 4 3; nmod:with 2 4; punct 5 6", "e1", 0, 0, "USA", "e2", 4, 4, "RUS"))
                .contains("CONSULT");
    }

    @Test void aMeetingNounOfOneBodyIsAGathering() {
        // "NATO 's conference opened ." : a gathering NATO holds
        AnnotatedArticle own = Parses.article("NATO/NATO/NNP/ORGANIZATION 's/'s/POS conference/conference/NN opened/open/VBD ./././O",
                "root -1 3; nmod:poss 2 0; case 0 1; nsubj 3 2; punct 3 4", DAY);
        List<ArticleEntity> nato = List.of(new ArticleEntity("e1", "NATO", EntityType.ORGANIZATION, new Actor("NAT", "IGO"), List.of("NATO"), List.of(new Span(0, 4))));
        assertThat(extractor.extract(own, new ArticleEntities(nato), List.of())).extracting(Event::type).doesNotContain("CONSULT");
        // "NATO 's conference with Russia opened ." : two sides meet
        AnnotatedArticle two = Parses.article("NATO/NATO/NNP/ORGANIZATION 's/'s/POS conference/conference/NN with/with/IN Russia/Russia/NNP/COUNTRY opened/open/VBD ./././O",
                "root -1 5; nmod:poss 2 0; case 0 1; nsubj 5 2; case 4 3; nmod:with 2 4; punct 5 6", DAY);
        List<ArticleEntity> both = List.of(new ArticleEntity("e1", "NATO", EntityType.ORGANIZATION, new Actor("NAT", "IGO"), List.of("NATO"), List.of(new Span(0, 4))),
                new ArticleEntity("e2", "Russia", EntityType.COUNTRY, new Actor("RUS", null), List.of("Russia"), List.of(new Span(24, 30))));
        assertThat(extractor.extract(two, new ArticleEntities(both), List.of())).extracting(Event::type).contains("CONSULT");
        // "Macron described the Putin meeting ." : a person's meeting, its other side told elsewhere
        assertThat(types("Macron/Macron/NNP/PERSON described/describe/VBD the/the/DT Putin/Putin/NNP/PERSON meeting/meeting/NN ./././O",
                "root -1 1; nsubj 1 0; det 4 2; compound 4 3; obj 1 4; punct 1 5", "e1", 0, 0, "FRA", "e2", 3, 3, "RUS"))
                .contains("CONSULT");
    }

    @Test void aPreposingParticleIsNoPhrasalVerb() {
        // "Obama gave in Cairo ." (a speech he gave in Cairo): "in" is Cairo's preposition
        assertThat(types("Obama/Obama/NNP/PERSON gave/give/VBD in/in/IN Cairo/Cairo/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:in 1 3; punct 1 4", "e1", 0, 0, "USA"))
                .doesNotContain("CONCEDE");
        // "Egypt gave in ." : the particle, a concession
        assertThat(types("Egypt/Egypt/NNP/COUNTRY gave/give/VBD in/in/RP ./././O",
                "root -1 1; nsubj 1 0; compound:prt 1 2; punct 1 3", "e1", 0, 0, "EGY"))
                .contains("CONCEDE");
    }

    @Test void inChargeIsCommandNotAnAccusation() {
        // "Smith , the officer in charge , met Jones ." has no accusation; "Russia 's charge against France" is one
        assertThat(types("Smith/Smith/NNP/PERSON was/be/VBD in/in/IN charge/charge/NN of/of/IN France/France/NNP/COUNTRY ./././O",
                "root -1 3; nsubj 3 0; cop 3 1; case 3 2; case 5 4; nmod:of 3 5; punct 3 6", "e1", 0, 0, "USA", "e2", 5, 5, "FRA"))
                .doesNotContain("ACCUSE");
        assertThat(types("Russia/Russia/NNP/COUNTRY charged/charge/VBD France/France/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "RUS", "e2", 2, 2, "FRA"))
                .contains("ACCUSE");
    }

    @Test void aVowToUndoSomethingIsNoOfferToCooperate() {
        // "Trump pledged to scrap the treaty ." : opposition, not AGREE
        assertThat(types("Trump/Trump/NNP/PERSON pledged/pledge/VBD to/to/TO scrap/scrap/VB the/the/DT treaty/treaty/NN ./././O",
                "root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; punct 1 6", "e1", 0, 0, "USA"))
                .doesNotContain("AGREE");
        // "Trump pledged to sign the treaty ." : an intent to cooperate
        assertThat(types("Trump/Trump/NNP/PERSON pledged/pledge/VBD to/to/TO sign/sign/VB the/the/DT treaty/treaty/NN ./././O",
                "root -1 1; nsubj 1 0; mark 3 2; xcomp 1 3; det 5 4; obj 3 5; punct 1 6", "e1", 0, 0, "USA"))
                .contains("AGREE");
    }

    @Test void supportAmongAGroupIsAShareOfOpinion() {
        // "Clinton 's support among workers fell ." versus "Clinton 's support for Sanders"
        assertThat(types("Clinton/Clinton/NNP/PERSON 's/'s/POS support/support/NN among/among/IN workers/worker/NNS fell/fall/VBD ./././O",
                "root -1 5; nmod:poss 2 0; case 0 1; nsubj 5 2; case 4 3; nmod:among 2 4; punct 5 6", "e1", 0, 0, "USA"))
                .doesNotContain("SUPPORT");
        assertThat(types("Clinton/Clinton/NNP/PERSON 's/'s/POS support/support/NN for/for/IN Sanders/Sanders/NNP/PERSON grew/grow/VBD ./././O",
                "root -1 5; nmod:poss 2 0; case 0 1; nsubj 5 2; case 4 3; nmod:for 2 4; punct 5 6", "e1", 0, 0, "USA", "e2", 4, 4, "USA"))
                .contains("SUPPORT");
    }

    @Test void leavingARaceIsNoRetreat() {
        // "Smith withdrew from the race ." versus "Russia withdrew troops from Syria ."
        assertThat(types("Smith/Smith/NNP/PERSON withdrew/withdraw/VBD from/from/IN the/the/DT race/race/NN ./././O",
                "root -1 1; nsubj 1 0; case 4 2; det 4 3; obl:from 1 4; punct 1 5", "e1", 0, 0, "USA"))
                .doesNotContain("RETREAT");
        assertThat(types("Russia/Russia/NNP/COUNTRY withdrew/withdraw/VBD troops/troop/NNS from/from/IN Syria/Syria/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:from 1 4; punct 1 5", "e1", 0, 0, "RUS", "e2", 4, 4, "SYR"))
                .contains("RETREAT");
    }

    @Test void aNewspapersInvestigationIsJournalism() {
        // "The Gazette investigated the senator ." : the investigator is news media
        AnnotatedArticle doc = Parses.article("The/the/DT Gazette/Gazette/NNP/ORGANIZATION investigated/investigate/VBD Smith/Smith/NNP/PERSON ./././O",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; punct 2 4", DAY);
        List<ArticleEntity> ents = List.of(
                new ArticleEntity("e1", "The Gazette", EntityType.ORGANIZATION, new Actor("USA", "MED"), List.of("Gazette"), List.of(new Span(4, 11))),
                new ArticleEntity("e2", "Smith", EntityType.PERSON, new Actor("USA", "LEG"), List.of("Smith"), List.of(new Span(25, 30))));
        assertThat(extractor.extract(doc, new ArticleEntities(ents), List.of())).extracting(Event::type).doesNotContain("ACCUSE");
        // "The Senate investigated Smith ." : an official investigation
        AnnotatedArticle senate = Parses.article("The/the/DT Senate/Senate/NNP/ORGANIZATION investigated/investigate/VBD Smith/Smith/NNP/PERSON ./././O",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; punct 2 4", DAY);
        List<ArticleEntity> ents2 = List.of(
                new ArticleEntity("e1", "The Senate", EntityType.ORGANIZATION, new Actor("USA", "LEG"), List.of("Senate"), List.of(new Span(4, 10))),
                new ArticleEntity("e2", "Smith", EntityType.PERSON, new Actor("USA", "LEG"), List.of("Smith"), List.of(new Span(24, 29))));
        assertThat(extractor.extract(senate, new ArticleEntities(ents2), List.of())).extracting(Event::type).contains("ACCUSE");
    }

    @Test void anActDatedToAPastDecadeIsHistorical() {
        // "The FBI harassed activists during the 1960s ." in an article of 2016
        AnnotatedArticle doc = Parses.article("FBI/FBI/NNP/ORGANIZATION harassed/harass/VBD activists/activist/NNS during/during/IN the/the/DT 1960s/1960s/NNS/DATE ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:during 1 5; punct 1 6", DAY, "5 5 196X");
        List<Event> ev = extractor.extract(doc, entities(doc, "e1", 0, 0, "USA"), List.of());
        assertThat(ev).isNotEmpty();
        assertThat(ev).allSatisfy(e -> assertThat(e.status()).isEqualTo(Event.Status.HISTORICAL));
    }

    @Test void aDirectQuestionReportsNoAct() {
        // "Does France support Macron ?" versus "France supports Macron ."
        assertThat(types("Does/do/VBZ France/France/NNP/COUNTRY support/support/VB Macron/Macron/NNP/PERSON ?/?/.",
                "root -1 2; aux 2 0; nsubj 2 1; obj 2 3; punct 2 4", "e1", 1, 1, "FRA", "e2", 3, 3, "FRA"))
                .doesNotContain("SUPPORT");
        assertThat(types("France/France/NNP/COUNTRY supports/support/VBZ Macron/Macron/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "FRA", "e2", 2, 2, "FRA"))
                .contains("SUPPORT");
    }

    @Test void meetingOnesOwnStaffIsInternal() {
        // "Macron met his advisers ." : his own people; "Macron met his allies ." : other parties
        assertThat(types("Macron/Macron/NNP/PERSON met/meet/VBD his/he/PRP$ advisers/adviser/NNS ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; punct 1 4", "e1", 0, 0, "FRA"))
                .doesNotContain("CONSULT");
        assertThat(types("Macron/Macron/NNP/PERSON met/meet/VBD his/he/PRP$ allies/ally/NNS ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 3 2; obj 1 3; punct 1 4", "e1", 0, 0, "FRA"))
                .contains("CONSULT");
    }

    @Test void aDecadeOnTheGoverningVerbDatesTheActToo() {
        // "The FBI used documents to harass activists during the 1960s ." in an article of 2016
        AnnotatedArticle doc = Parses.article("FBI/FBI/NNP/ORGANIZATION used/use/VBD documents/document/NNS to/to/TO harass/harass/VB activists/activist/NNS "
                        + "during/during/IN the/the/DT 1960s/1960s/NNS/DATE ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; mark 4 3; advcl 1 4; obj 4 5; case 8 6; det 8 7; obl:during 1 8; punct 1 9", DAY, "8 8 196X");
        List<Event> ev = extractor.extract(doc, entities(doc, "e1", 0, 0, "USA"), List.of());
        assertThat(ev).extracting(Event::type).contains("COERCE");
        assertThat(ev).allSatisfy(e -> assertThat(e.status()).isEqualTo(Event.Status.HISTORICAL));
    }

    @Test void leavingOfficeEndsATermAndAccedesToNoDemand() {
        // "Obama left office ." : the end of a term; "Obama resigned ." : a resignation, CAMEO 083
        assertThat(types("Obama/Obama/NNP/PERSON left/leave/VBD office/office/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", "e1", 0, 0, "USA")).doesNotContain("CONCEDE");
        assertThat(types("Obama/Obama/NNP/PERSON resigned/resign/VBD ./././O",
                "root -1 1; nsubj 1 0; punct 1 2", "e1", 0, 0, "USA")).contains("CONCEDE");
    }
}
