package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.ArticleEntities;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Quote;

/** Quotation styles, scare quotes, speakers and headlines on invented news-style fixtures (no parser). */
class QuoteExtractorTest {
    private final QuoteExtractor extractor = new QuoteExtractor(ActorKnowledgeBase.load(List.of()));

    private List<Quote> quotes(QuoteDocs d) { return extractor.extract(d.build(), d.entities()); }

    private static Quote withContent(List<Quote> qs, String fragment) {
        return qs.stream().filter(q -> q.content().text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing '" + fragment + "' in " + qs));
    }

    @Test void straightDoubleQuotesWithTrailingCue() {
        List<Quote> qs = quotes(QuoteDocs.of("\"We will not accept new sanctions against our farmers,\" Ivanov said on Monday.").person("Ivanov"));
        Quote q = withContent(qs, "new sanctions");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.content().text()).startsWith("\"We will").endsWith("farmers,\"");
        assertThat(q.cue().text()).isEqualTo("said");
        assertThat(q.source().text()).isEqualTo("Ivanov");
        assertThat(q.speaker().name()).isEqualTo("Ivanov");
    }

    @Test void curlyQuotesWithDashThenCueThenMisspeltNameResolvesToMergedEntity() {
        QuoteDocs d = QuoteDocs.of("President Emmanuel Macron arrived in the capital on Tuesday.\n\n"
                        + "\u201CWe will keep talking to everyone in the region\u201D- said Makron.\n\n"
                        + "\u201COur door stays open to all partners,\u201D McCron added.")
                .entity("t1#e1", "Emmanuel Macron", EntityType.PERSON, Actor.of("FRA", "GOV"), "Emmanuel Macron", "Makron", "McCron");
        List<Quote> qs = quotes(d);
        Quote first = withContent(qs, "keep talking");
        assertThat(first.source().text()).isEqualTo("Makron");
        assertThat(first.cue().text()).isEqualTo("said");
        assertThat(first.speaker().name()).isEqualTo("Emmanuel Macron");
        assertThat(first.speaker().entity()).isEqualTo("t1#e1");
        assertThat(first.speaker().country()).isEqualTo("FRA");
        Quote second = withContent(qs, "door stays open");
        assertThat(second.source().text()).isEqualTo("McCron");
        assertThat(second.cue().text()).isEqualTo("added");
        assertThat(second.speaker().name()).isEqualTo("Emmanuel Macron");
    }

    @Test void guillemetsAndLowHighQuotes() {
        List<Quote> qs = quotes(QuoteDocs.of("\u00ABWe back the actions of our partners in the region\u00BB, Hollande said.\n\n"
                + "\u201EThe talks were useful for both sides\u201C, said Lavrov.").person("Hollande").person("Lavrov"));
        assertThat(withContent(qs, "We back the actions").speaker().name()).isEqualTo("Hollande");
        Quote low = withContent(qs, "talks were useful");
        assertThat(low.speaker().name()).isEqualTo("Lavrov");
        assertThat(low.content().text()).startsWith("\u201E").endsWith("\u201C");
    }

    @Test void quoteRunningOverParagraphsKeepsItsSpeaker() {
        String text = "Minister Petrov spoke to reporters in Geneva.\n\n"
                + "\u201CWe came here to find a solution and we will stay as long as it takes.\n\n"
                + "\u201CNobody should doubt our resolve on this matter,\u201D Petrov said.";
        List<Quote> qs = quotes(QuoteDocs.of(text).person("Petrov"));
        Quote first = withContent(qs, "find a solution");
        Quote second = withContent(qs, "Nobody should doubt");
        assertThat(first.speaker().name()).isEqualTo("Petrov");
        assertThat(second.speaker().name()).isEqualTo("Petrov");
        assertThat(first.content().text()).doesNotContain("Nobody");
    }

    @Test void unbalancedMarkFromBadConversionIsClosedAtTheParagraph() {
        String text = "Ivanov said: \"We will respond to any provocation with calm and firm measures.\n\n"
                + "The meeting ended late in the evening.";
        List<Quote> qs = quotes(QuoteDocs.of(text).person("Ivanov"));
        Quote q = withContent(qs, "any provocation");
        assertThat(q.content().text()).doesNotContain("meeting ended");
        assertThat(q.speaker().name()).isEqualTo("Ivanov");
    }

    @Test void lostOpeningMarkBeforeTrailingCue() {
        List<Quote> qs = quotes(QuoteDocs.of("Our position has not changed since the spring,\" Ivanov said.").person("Ivanov"));
        assertThat(withContent(qs, "position has not changed").speaker().name()).isEqualTo("Ivanov");
    }

    @Test void scareQuotesNamesAndTitlesAreNotQuotations() {
        String text = "The leaders of the \"nuclear five\" met in Paris on Monday.\n\n"
                + "The \u201Ctwo plus two\u201D talks between the ministers were held in Moscow.\n\n"
                + "Users of the 'search' service were affected, and the \u201CYabloko\u201D party held a rally.";
        List<Quote> qs = quotes(QuoteDocs.of(text));
        assertThat(qs).isEmpty();
    }

    @Test void scareQuotesInsideReportedSpeechKeepItIndirect() {
        String text = "Officials said on Monday that talks in the \u201Ctwo plus two\u201D format would resume in the autumn.";
        List<Quote> qs = quotes(QuoteDocs.of(text));
        assertThat(qs).allMatch(q -> !q.kind().equals("direct") && !q.kind().equals("mixed"));
    }

    @Test void headlineQuoteIsAttributedToTheBodySpeaker() {
        String text = "'We back France\u2019s actions in Mali'\n\n"
                + "Moscow supports the operation, officials said.\n\n"
                + "\u201CWe back France\u2019s actions in Mali and we will help,\u201D Putin told reporters.";
        List<Quote> qs = quotes(QuoteDocs.of(text).person("Putin"));
        Quote headline = qs.stream().filter(q -> q.content().start() == 0).findFirst().orElseThrow();
        assertThat(headline.kind()).isEqualTo("direct");
        assertThat(headline.speaker().name()).isEqualTo("Putin");
    }

    @Test void pronounResolvesToThePreviousSpeaker() {
        String text = "\u201CThe treaty has served Europe well for thirty years,\u201D Konashenkov said.\n\n"
                + "Officials in Brussels did not comment.\n\n"
                + "\u201CAny breach will be answered in kind,\u201D he stressed.";
        List<Quote> qs = quotes(QuoteDocs.of(text).person("Konashenkov"));
        Quote q = withContent(qs, "Any breach");
        assertThat(q.source().text()).isEqualTo("he");
        assertThat(q.cue().text()).isEqualTo("stressed");
        assertThat(q.speaker().name()).isEqualTo("Konashenkov");
    }

    @Test void roleWordResolvesToThePersonIntroducedWithThatRole() {
        String text = "Russian President Vladimir Putin met his guests in the Kremlin.\n\n"
                + "\u201CWe are ready for a frank conversation,\u201D the president said.";
        List<Quote> qs = quotes(QuoteDocs.of(text).person("Vladimir Putin"));
        assertThat(withContent(qs, "frank conversation").speaker().name()).isEqualTo("Vladimir Putin");
    }

    @Test void secondQuoteInTheParagraphContinuesTheAttribution() {
        String text = "\u201CWe will not be intimidated,\u201D Dhuicq said. \u201CFrance must talk to Russia.\u201D";
        List<Quote> qs = quotes(QuoteDocs.of(text).person("Dhuicq"));
        Quote second = withContent(qs, "France must talk");
        assertThat(second.speaker().name()).isEqualTo("Dhuicq");
        assertThat(second.cue().text()).isEqualTo("said");
    }

    @Test void transcriptLinesWithColonAreAttributed() {
        List<Quote> qs = quotes(QuoteDocs.of("The interview went as follows.\n\nHOST: Will you run again next year?\n\nSMITH: I have not decided yet."));
        assertThat(withContent(qs, "run again").source().text()).isEqualTo("HOST");
        assertThat(withContent(qs, "not decided").source().text()).isEqualTo("SMITH");
    }

    @Test void labelAndTallyLinesWithColonAreNoQuotations() {
        String text = "The count went on overnight.\n\nThe Latest: Counting resumes in the northern districts\n\nSMITH: 1,204.\n\n"
                + "JONES: I expect to win the recount.";
        List<Quote> qs = quotes(QuoteDocs.of(text));
        assertThat(qs).noneMatch(q -> q.content().text().contains("Counting resumes"));
        assertThat(qs).noneMatch(q -> q.content().text().contains("1,204"));
        assertThat(withContent(qs, "win the recount").source().text()).isEqualTo("JONES");
    }

    @Test void aColonLineWithoutANounBeforeTheColonIsACreditNotAQuotation() {
        String text = "The count went on overnight.\n\nEditing: Jane Roe and John Doe.\n\nJONES: I expect to win the recount.";
        List<Quote> qs = quotes(QuoteDocs.of(text));
        assertThat(qs).noneMatch(q -> q.content().text().contains("Jane Roe"));
        assertThat(withContent(qs, "win the recount").source().text()).isEqualTo("JONES");
    }

    @Test void quotationAfterANameAndAColonIsThatNamesWords() {
        String text = "The late swing did not surprise the analyst Jane Roe: \u201CVoters rarely change their minds this late in a race.\u201D";
        Quote q = withContent(quotes(QuoteDocs.of(text).person("Jane Roe")), "rarely change");
        assertThat(q.source().text()).isEqualTo("Jane Roe");
        assertThat(q.cue().text()).isEqualTo(":");
    }

    @Test void headlineColonAfterALabelAndBeforeAnAudience() {
        List<Quote> qs = quotes(QuoteDocs.of("EXCLUSIVE \u2013 John Smith to Farmers: Taxes on diesel will fall next year\n\nThe senator spoke on Monday."));
        assertThat(withContent(qs, "Taxes on diesel").source().text()).isEqualTo("John Smith");
    }

    @Test void quoteFollowedByDashAndName() {
        String text = "Readers sent us their views.\n\n\u201CWe deserve better than this. Our families work hard every day.\u201D \u2015 Maria Lopez\n\n"
                + "\u201DThe campaign has ignored our towns for too long.\u201D \u2014 Daniel Ortiz";
        List<Quote> qs = quotes(QuoteDocs.of(text).person("Maria Lopez").person("Daniel Ortiz"));
        assertThat(withContent(qs, "deserve better").source().text()).isEqualTo("Maria Lopez");
        assertThat(withContent(qs, "ignored our towns").source().text()).isEqualTo("Daniel Ortiz");
    }

    @Test void badInputGivesNoQuotes() {
        assertThat(extractor.extract(null, ArticleEntities.none())).isEmpty();
        AnnotatedArticle empty = QuoteDocs.of("").build();
        assertThat(extractor.extract(empty, null)).isEmpty();
    }

    // ---- issue 13: wraps, odd spacing, joint speakers, spokespeople ----

    @Test void quotationRunsOverHardWrapsInsideItsSentences() {
        QuoteDocs d = QuoteDocs.of("Talks in Minsk ended late on Monday.\n\n\"It seemed to me that this cannot be settled at once. We\n"
                + "will have to sit down and think about it,\" Ivanov said.").wrapped().person("Ivanov");
        Quote q = withContent(quotes(d), "sit down");
        assertThat(q.content().text()).startsWith("\"It seemed").endsWith("think about it,\"");
        assertThat(q.speaker().name()).isEqualTo("Ivanov");
    }

    @Test void cueAfterTheQuoteWithASpaceBeforeTheFullStop() {
        Quote q = withContent(quotes(QuoteDocs.of("\"Our task is to be a bridge between the partners in the region,\" said Ivanov .").person("Ivanov")), "bridge");
        assertThat(q.source().text()).isEqualTo("Ivanov");
        assertThat(q.speaker().name()).isEqualTo("Ivanov");
    }

    @Test void aQuotedSubheadingIsNotMoreSpeech() {
        List<Quote> qs = quotes(QuoteDocs.of("\"We will keep talking to all partners in the region,\" Ivanov said.\n"
                + "\"Partners back the new plan in full\"\nThe two sides met again in Minsk.").person("Ivanov"));
        assertThat(qs).noneMatch(q -> q.content().text().contains("new plan"));
    }

    @Test void namesJoinedByAndSpeakTogether() {
        QuoteDocs d = QuoteDocs.of("\"The talks were useful for both sides and for the region,\" Ivanov and Petrov said.")
                .entity("t1#e1", "Pavel Ivanov", EntityType.PERSON, null, "Ivanov")
                .entity("t1#e2", "Oleg Petrov", EntityType.PERSON, null, "Petrov");
        Quote q = withContent(quotes(d), "useful");
        assertThat(q.speaker().entity()).isNull();
        assertThat(q.speaker().members()).extracting(Quote.Speaker::name).containsExactly("Pavel Ivanov", "Oleg Petrov");
    }

    @Test void theTwoLeadersAreTheProtagonistsNotOnePerson() {
        QuoteDocs d = QuoteDocs.of("Ivanov met Petrov in Minsk on Monday. Ivanov and Petrov spoke for three hours.\n\n"
                        + "\"The talks were useful for both sides and for the region,\" the two leaders said.")
                .entity("t1#e1", "Pavel Ivanov", EntityType.PERSON, null, "Ivanov")
                .entity("t1#e2", "Oleg Petrov", EntityType.PERSON, null, "Petrov");
        Quote q = withContent(quotes(d), "useful");
        assertThat(q.speaker().name()).isEqualTo("the two leaders");
        assertThat(q.speaker().members()).extracting(Quote.Speaker::name).containsExactlyInAnyOrder("Pavel Ivanov", "Oleg Petrov");
    }

    @Test void indefinitePluralIsAGroupOfUnknownMembers() {
        Quote q = withContent(quotes(QuoteDocs.of("Ivanov arrived on Monday.\n\n\"The talks will go on next week in the capital,\" officials said.")
                .person("Ivanov")), "go on");
        assertThat(q.speaker().members()).isEmpty();
        assertThat(q.speaker().name()).isEqualTo("officials");
    }

    @Test void aSpokesmanSpeaksForHimselfNotForHisPrincipal() {
        QuoteDocs d = QuoteDocs.of("\"We have nothing to add to the statement of the ministry,\" Ivanov's spokesman Petrov said.")
                .entity("t1#e1", "Pavel Ivanov", EntityType.PERSON, Actor.of("RUS", "GOV"), "Ivanov")
                .entity("t1#e2", "Oleg Petrov", EntityType.PERSON, null, "Petrov");
        assertThat(withContent(quotes(d), "nothing to add").speaker().name()).isEqualTo("Oleg Petrov");
    }

    @Test void anEmbeddedPostIsItsAuthorsWords() {
        List<Quote> qs = quotes(QuoteDocs.of("The senator answered online.\n\nWe will never vote for this budget \u2014 Jane Roe (@janeroe) March 3, 2017\n\nThe vote is on Friday.")
                .person("Jane Roe"));
        Quote q = qs.stream().filter(x -> x.content() != null && x.content().text().startsWith("We will never vote")).findFirst().orElseThrow();
        assertThat(q.source().text()).isEqualTo("Jane Roe (@janeroe)");
        assertThat(q.content().text()).isEqualTo("We will never vote for this budget");
        assertThat(q.speaker()).isNotNull();
    }
}
