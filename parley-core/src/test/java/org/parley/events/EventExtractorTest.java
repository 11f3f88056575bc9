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
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.Span;

/** Event coding on hand-written parses: syntax-driven roles, entity actors, dating, user patterns. */
class EventExtractorTest {
    static final LocalDate TUESDAY = LocalDate.of(2019, 6, 18);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    /** Entities covering the given token ranges of a one-sentence article, with codes. */
    static ArticleEntities entities(AnnotatedArticle doc, Object... idFirstLastCountry) {
        List<ArticleEntity> out = new java.util.ArrayList<>();
        var toks = doc.sentences().get(0).tokens();
        for (int i = 0; i < idFirstLastCountry.length; i += 4) {
            int a = (Integer) idFirstLastCountry[i + 1], b = (Integer) idFirstLastCountry[i + 2];
            String name = doc.text().substring(toks.get(a).start(), toks.get(b).end());
            out.add(new ArticleEntity((String) idFirstLastCountry[i], name, EntityType.PERSON,
                    new Actor((String) idFirstLastCountry[i + 3], "GOV"), List.of(name),
                    List.of(new Span(toks.get(a).start(), toks.get(b).end()))));
        }
        return new ArticleEntities(out);
    }

    // "Putin and Macron held talks in Versailles on Monday ."
    static AnnotatedArticle talks() {
        return Parses.article(
                "Putin/Putin/NNP/PERSON and/and/CC Macron/Macron/NNP/PERSON held/hold/VBD talks/talk/NNS in/in/IN "
                        + "Versailles/Versailles/NNP/CITY on/on/IN Monday/Monday/NNP/DATE ./././O",
                "root -1 3; nsubj 3 0; nsubj 3 2; conj:and 0 2; cc 2 1; obj 3 4; nmod:in 4 6; case 6 5; obl:on 3 8; case 8 7; punct 3 9",
                TUESDAY, "8 8 2019-06-17");
    }

    @Test void compoundSubjectOfHeldTalksGivesBothActorsAndTheClauseDate() {
        AnnotatedArticle doc = talks();
        List<Event> ev = extractor.extract(doc, entities(doc, "e1", 0, 0, "RUS", "e2", 2, 2, "FRA"), List.of());
        assertThat(ev).hasSize(1);
        Event e = ev.get(0);
        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("RUS", "FRA");
        assertThat(e.source()).extracting(Event.EventActor::entity).containsExactly("e1", "e2");
        assertThat(e.date()).isEqualTo("2019-06-17");
        assertThat(e.location()).isEqualTo("Versailles");
        assertThat(e.cameo()).isEqualTo("040");
        assertThat(e.goldstein()).isEqualTo(1.0);
        assertThat(e.quadClass()).isEqualTo(1);
        assertThat(e.numArticles()).isEqualTo(1);
        Event.Trigger t = e.mentions().get(0).trigger();
        assertThat(doc.text().substring(t.start(), t.end())).isEqualTo("held talks");
        assertThat(e.mentions().get(0).sentence()).isEqualTo(new Span(0, doc.text().length()));
    }

    @Test void anAttackInAContestIsAFigureOfSpeechButNotInAWar() {
        // "Clinton attacked Sanders in the primary ." : a contest, no weapon, no military context
        AnnotatedArticle contest = Parses.article("Clinton/Clinton/NNP/PERSON attacked/attack/VBD Sanders/Sanders/NNP/PERSON in/in/IN the/the/DT primary/primary/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:in 1 5; punct 1 6", TUESDAY);
        assertThat(extractor.extract(contest, entities(contest, "e1", 0, 0, "USA", "e2", 2, 2, "USA"), List.of())).isEmpty();
        // the same sentence without the contest word is coded: between two politicians of one country, as criticism
        AnnotatedArticle plain = Parses.article("Clinton/Clinton/NNP/PERSON attacked/attack/VBD Sanders/Sanders/NNP/PERSON in/in/IN the/the/DT hall/hall/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:in 1 5; punct 1 6", TUESDAY);
        assertThat(extractor.extract(plain, entities(plain, "e1", 0, 0, "USA", "e2", 2, 2, "USA"), List.of())).extracting(Event::type).containsExactly("ACCUSE");
        // "Syria attacked Turkey in the offensive ." : the same verb with a military context is an event
        AnnotatedArticle war = Parses.article("Syria/Syria/NNP/COUNTRY attacked/attack/VBD Turkey/Turkey/NNP/COUNTRY in/in/IN the/the/DT offensive/offensive/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:in 1 5; punct 1 6", TUESDAY);
        assertThat(extractor.extract(war, entities(war, "e1", 0, 0, "SYR", "e2", 2, 2, "TUR"), List.of()))
                .extracting(Event::type).containsExactly("ASSAULT");
    }
    @Test void askingAQuestionIsNoRequestButAskingToActIs() {
        // "France asked Russia about the talks ." : a question
        AnnotatedArticle question = Parses.article("France/France/NNP/COUNTRY asked/ask/VBD Russia/Russia/NNP/COUNTRY about/about/IN the/the/DT talks/talk/NNS ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:about 1 5; punct 1 6", TUESDAY);
        assertThat(extractor.extract(question, entities(question, "e1", 0, 0, "FRA", "e2", 2, 2, "RUS"), List.of())).isEmpty();
        // "France asked Russia for aid ." : a request
        AnnotatedArticle request = Parses.article("France/France/NNP/COUNTRY asked/ask/VBD Russia/Russia/NNP/COUNTRY for/for/IN aid/aid/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:for 1 4; punct 1 5", TUESDAY);
        assertThat(extractor.extract(request, entities(request, "e1", 0, 0, "FRA", "e2", 2, 2, "RUS"), List.of()))
                .extracting(Event::type).containsExactly("REQUEST");
    }
    @Test void aTriggersLaterWordMustNotSitInAnotherNounsPhrase() {
        // "France launched an inquiry into the raid on Mali ." : launching an inquiry is no "launch ... raid"
        AnnotatedArticle inquiry = Parses.article("France/France/NNP/COUNTRY launched/launch/VBD an/a/DT inquiry/inquiry/NN into/into/IN the/the/DT raid/raid/NN on/on/IN Mali/Mali/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 6 4; det 6 5; nmod:into 3 6; case 8 7; nmod:on 6 8; punct 1 9", TUESDAY);
        assertThat(extractor.extract(inquiry, entities(inquiry, "e1", 0, 0, "FRA", "e2", 8, 8, "MLI"), List.of()))
                .noneMatch(e -> e.type().equals("ASSAULT") && e.source().stream().anyMatch(a -> "FRA".equals(a.country())));
        // "France launched a raid on Mali ." : the frame itself
        AnnotatedArticle raid = Parses.article("France/France/NNP/COUNTRY launched/launch/VBD a/a/DT raid/raid/NN on/on/IN Mali/Mali/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; nmod:on 3 5; punct 1 6", TUESDAY);
        assertThat(extractor.extract(raid, entities(raid, "e1", 0, 0, "FRA", "e2", 5, 5, "MLI"), List.of()))
                .anyMatch(e -> e.type().equals("ASSAULT") && e.source().stream().anyMatch(a -> "FRA".equals(a.country())));
    }

    @Test void talkingWithJournalistsIsAnInterviewNotConsultation() {
        // "Biden spoke with reporters ." vs "Biden spoke with Macron ."
        AnnotatedArticle press = Parses.article("Biden/Biden/NNP/PERSON spoke/speak/VBD with/with/IN Reuters/Reuters/NNP/ORGANIZATION reporters/reporter/NNS ./././O",
                "root -1 1; nsubj 1 0; case 4 2; compound 4 3; obl:with 1 4; punct 1 5", TUESDAY);
        var pt = press.sentences().get(0).tokens();
        ArticleEntities pe = new ArticleEntities(List.of(
                new ArticleEntity("e1", "Biden", EntityType.PERSON, new Actor("USA", "GOV"), List.of("Biden"),
                        List.of(new Span(pt.get(0).start(), pt.get(0).end()))),
                new ArticleEntity("e2", "Reuters", EntityType.ORGANIZATION, new Actor("GBR", "MED"), List.of("Reuters"),
                        List.of(new Span(pt.get(3).start(), pt.get(3).end())))));
        assertThat(extractor.extract(press, pe, List.of())).noneMatch(e -> e.type().equals("CONSULT"));
        AnnotatedArticle talks = Parses.article("Biden/Biden/NNP/PERSON spoke/speak/VBD with/with/IN Macron/Macron/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:with 1 3; punct 1 4", TUESDAY);
        assertThat(extractor.extract(talks, entities(talks, "e1", 0, 0, "USA", "e2", 3, 3, "FRA"), List.of()))
                .extracting(Event::type).containsExactly("CONSULT");
    }

    @Test void withoutActorsThereIsNoEvent() {
        // "The men held talks ." : nobody the coder can name
        AnnotatedArticle doc = Parses.article("The/the/DT men/man/NNS held/hold/VBD talks/talk/NNS ./././O",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; punct 2 4", TUESDAY);
        assertThat(extractor.extract(doc, ArticleEntities.none(), List.of())).isEmpty();
    }

    @Test void aWeakHeadNounTakesTheSectorOfTheBodyItsOfPhraseNames() {
        // "Members of the Bundestag condemned the raid ." : members are GOV only weakly; the body is LEG
        AnnotatedArticle doc = Parses.article("Members/member/NNS of/of/IN the/the/DT Bundestag/Bundestag/NNP/ORGANIZATION "
                        + "condemned/condemn/VBD the/the/DT raid/raid/NN ./././O",
                "root -1 4; nsubj 4 0; nmod:of 0 3; case 3 1; det 3 2; obj 4 6; det 6 5; punct 4 7", TUESDAY);
        ArticleEntities ents = new ArticleEntities(List.of(new ArticleEntity("e1", "Bundestag", EntityType.ORGANIZATION,
                new Actor("DEU", "LEG"), List.of("Bundestag"), List.of(new Span(doc.sentences().get(0).tokens().get(3).start(),
                        doc.sentences().get(0).tokens().get(3).end())))));
        List<Event> ev = extractor.extract(doc, ents, List.of());
        assertThat(ev).singleElement().satisfies(e -> {
            assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("DEU");
            assertThat(e.source()).extracting(Event.EventActor::sector).containsExactly("LEG");
        });
    }

    @Test void undatedClauseTakesThePublicationDate() {
        // "Rome condemned the raid ."
        AnnotatedArticle doc = Parses.article("Rome/Rome/NNP/CITY condemned/condemn/VBD the/the/DT raid/raid/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 3; det 3 2; punct 1 4", TUESDAY);
        List<Event> ev = extractor.extract(doc, entities(doc, "e1", 0, 0, "ITA"), List.of());
        assertThat(ev).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(ev.get(0).date()).isEqualTo("2019-06-18");
        assertThat(ev.get(0).target()).isEmpty();
    }

    @Test void userPatternFileAddsATrigger(@TempDir Path dir) throws IOException {
        Path extra = dir.resolve("mine.tsv");
        Files.writeString(extra, "# my patterns\nCONSULT\t040\tV\tpowwow\t-\t0.9\t-\t-\nthis line is bad\n");
        EventExtractor mine = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(extra));
        assertThat(mine.warnings()).hasSize(1);
        // "Lima powwowed with Quito ."
        AnnotatedArticle doc = Parses.article("Lima/Lima/NNP/CITY powwowed/powwow/VBD with/with/IN Quito/Quito/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obl:with 1 3; case 3 2; punct 1 4", TUESDAY);
        List<Event> ev = mine.extract(doc, entities(doc, "e1", 0, 0, "PER", "e2", 3, 3, "ECU"), List.of());
        assertThat(ev).hasSize(1);
        assertThat(ev.get(0).source()).extracting(Event.EventActor::country).containsExactly("PER");
        assertThat(ev.get(0).target()).extracting(Event.EventActor::country).containsExactly("ECU");
        // without the file no pattern knows the verb; only the shape of two states' leaders doing one thing together
        // (ReciprocalMeeting, session 10) codes it, with that rule's lower confidence
        assertThat(extractor.extract(doc, entities(doc, "e1", 0, 0, "PER", "e2", 3, 3, "ECU"), List.of()))
                .allMatch(e -> e.confidence() < ev.get(0).confidence());
    }

    @Test void badInputDegradesToNoEvents() {
        assertThat(extractor.extract(null, null, null)).isEmpty();
        AnnotatedArticle doc = Parses.article("Talks/talk/NNS ./././O", "", TUESDAY);
        assertThat(extractor.extract(doc, null, null)).isEmpty();
    }

    @Test void goingToAVerbIsNoTripButGoingToAPlaceIs() {
        // "Macron is going to win ." : tense, not travel
        AnnotatedArticle tense = Parses.article("Macron/Macron/NNP/PERSON is/be/VBZ going/go/VBG to/to/TO win/win/VB Moscow/Moscow/NNP/CITY ./././O",
                "root -1 2; nsubj 2 0; aux 2 1; xcomp 2 4; mark 4 3; obj 4 5; punct 2 6", TUESDAY);
        assertThat(extractor.extract(tense, entities(tense, "e1", 0, 0, "FRA", "e2", 5, 5, "RUS"), List.of())).isEmpty();
        // "Macron went to Moscow ." : a visit
        AnnotatedArticle trip = Parses.article("Macron/Macron/NNP/PERSON went/go/VBD to/to/TO Moscow/Moscow/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:to 1 3; punct 1 4", TUESDAY);
        assertThat(extractor.extract(trip, entities(trip, "e1", 0, 0, "FRA", "e2", 3, 3, "RUS"), List.of()))
                .extracting(Event::mode).containsExactly("visit");
    }

    @Test void aRallyInACampaignIsNoProtestUnlessItOpposesSomething() {
        // "Trump held a campaign rally ." : a candidate's own event
        AnnotatedArticle campaign = Parses.article("Trump/Trump/NNP/PERSON held/hold/VBD a/a/DT campaign/campaign/NN rally/rally/NN ./././O",
                "root -1 1; nsubj 1 0; det 4 2; compound 4 3; obj 1 4; punct 1 5", TUESDAY);
        assertThat(extractor.extract(campaign, entities(campaign, "e1", 0, 0, "USA"), List.of())).isEmpty();
        // "Students held a rally against the campaign ." : dissent, a protest
        AnnotatedArticle protest = Parses.article("Trump/Trump/NNP/PERSON held/hold/VBD a/a/DT rally/rally/NN against/against/IN the/the/DT campaign/campaign/NN ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 6 4; det 6 5; nmod:against 3 6; punct 1 7", TUESDAY);
        assertThat(extractor.extract(protest, entities(protest, "e1", 0, 0, "USA"), List.of())).extracting(Event::type).containsExactly("PROTEST");
    }

    @Test void supportInAPollIsAnOpinionNotAnAct() {
        // "France supports Macron in the poll ." versus "France supports Macron ."
        AnnotatedArticle poll = Parses.article("France/France/NNP/COUNTRY supports/support/VBZ Macron/Macron/NNP/PERSON in/in/IN the/the/DT poll/poll/NN ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 5 3; det 5 4; obl:in 1 5; punct 1 6", TUESDAY);
        assertThat(extractor.extract(poll, entities(poll, "e1", 0, 0, "FRA", "e2", 2, 2, "FRA"), List.of())).isEmpty();
        AnnotatedArticle act = Parses.article("France/France/NNP/COUNTRY supports/support/VBZ Macron/Macron/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", TUESDAY);
        assertThat(extractor.extract(act, entities(act, "e1", 0, 0, "FRA", "e2", 2, 2, "FRA"), List.of())).extracting(Event::type).containsExactly("SUPPORT");
    }

    @Test void releasingAThingIsNoReleaseOfPeople() {
        // "France released the report ." versus "France released the hostages ."
        AnnotatedArticle thing = Parses.article("France/France/NNP/COUNTRY released/release/VBD the/the/DT report/report/NN ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4", TUESDAY);
        assertThat(extractor.extract(thing, entities(thing, "e1", 0, 0, "FRA"), List.of())).isEmpty();
        AnnotatedArticle people = Parses.article("France/France/NNP/COUNTRY released/release/VBD the/the/DT hostages/hostage/NNS ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; punct 1 4", TUESDAY);
        assertThat(extractor.extract(people, entities(people, "e1", 0, 0, "FRA"), List.of())).extracting(Event::type).containsExactly("CONCEDE");
    }

    @Test void aRoleWithoutCountryTakesTheCountryOfItsPlaceButNotOfItsCounterpart() {
        // "Police arrested protesters in Cairo ." : generic actors take the place's country, as ICEWS codes them
        AnnotatedArticle cairo = Parses.article("Police/police/NNS arrested/arrest/VBD protesters/protester/NNS in/in/IN Cairo/Cairo/NNP/CITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl:in 1 4; punct 1 5", TUESDAY);
        List<Event> ev = extractor.extract(cairo, ArticleEntities.none(), List.of());
        assertThat(ev).extracting(Event::type).containsExactly("COERCE");
        assertThat(ev.get(0).source()).extracting(Event.EventActor::country).containsExactly("EGY");
        // "The minister met Putin ." : the counterpart's country is not the minister's
        AnnotatedArticle met = Parses.article("The/the/DT minister/minister/NN met/meet/VBD Putin/Putin/NNP/PERSON ./././O",
                "root -1 2; det 1 0; nsubj 2 1; obj 2 3; punct 2 4", TUESDAY);
        List<Event> ev2 = extractor.extract(met, entities(met, "e1", 3, 3, "RUS"), List.of());
        assertThat(ev2).hasSize(1);
        assertThat(ev2.get(0).source()).allSatisfy(a -> assertThat(a.country()).isNull());
    }

    @Test void anAttackBetweenPoliticiansOfOneCountryIsCriticism() {
        // "Senator Smith attacked President Jones ." : no means of force, both political, one country
        AnnotatedArticle words = Parses.article("Senator/senator/NNP/TITLE Smith/Smith/NNP/PERSON attacked/attack/VBD President/president/NNP/TITLE Jones/Jones/NNP/PERSON ./././O",
                "root -1 2; compound 1 0; nsubj 2 1; compound 4 3; obj 2 4; punct 2 5", TUESDAY);
        List<ArticleEntity> people = List.of(
                new ArticleEntity("e1", "Senator Smith", EntityType.PERSON, new Actor("USA", "LEG"), List.of("Smith"), List.of(new Span(0, 13))),
                new ArticleEntity("e2", "President Jones", EntityType.PERSON, new Actor("USA", "GOV"), List.of("Jones"), List.of(new Span(23, 38))));
        List<Event> ev = extractor.extract(words, new ArticleEntities(people), List.of());
        assertThat(ev).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(ev.get(0).cameo()).isEqualTo("111");
        // "Syria attacked Turkey ." stays an assault: states, not politicians
        AnnotatedArticle states = Parses.article("Syria/Syria/NNP/COUNTRY attacked/attack/VBD Turkey/Turkey/NNP/COUNTRY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3", TUESDAY);
        assertThat(extractor.extract(states, entities(states, "e1", 0, 0, "SYR", "e2", 2, 2, "TUR"), List.of()))
                .extracting(Event::type).containsExactly("ASSAULT");
    }

    @Test void anAppositionThatNamesAKnownActorNamesTheArgument() {
        // "The minister , Lavrov , condemned Turkey ." : the role takes the name beside it
        AnnotatedArticle doc = Parses.article("The/the/DT minister/minister/NN ,/,/, Lavrov/Lavrov/NNP/PERSON ,/,/, condemned/condemn/VBD Turkey/Turkey/NNP/COUNTRY ./././O",
                "root -1 5; det 1 0; nsubj 5 1; punct 3 2; appos 1 3; punct 3 4; obj 5 6; punct 5 7", TUESDAY);
        List<Event> ev = extractor.extract(doc, entities(doc, "e1", 3, 3, "RUS", "e2", 6, 6, "TUR"), List.of());
        assertThat(ev).extracting(Event::type).containsExactly("ACCUSE");
        assertThat(ev.get(0).source()).extracting(Event.EventActor::entity).containsExactly("e1");
        assertThat(ev.get(0).source()).extracting(Event.EventActor::country).containsExactly("RUS");
    }
}
