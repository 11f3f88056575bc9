package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ArticleAnalysis;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import org.parley.model.Article;
import org.parley.model.Quote;

/** Quote kinds that need the dependency parse, through the whole pipeline, on an invented article. */
class QuoteExtractorCoreNlpTest {
    private static Annotator annotator;
    private static List<Quote> quotes;

    private static final String TEXT = String.join("\n\n",
            "Leaders trade warnings ahead of summit",
            "Russian President Vladimir Putin said that Moscow would not accept new sanctions.",
            "Russia has not interfered in any foreign elections, Putin said.",
            "Putin called the proposal \"a dead end for Europe\" during the meeting.",
            "French President Emmanuel Macron met Putin at the palace on Monday.",
            "\"We must keep talking even when we disagree,\" Macron told reporters.",
            "\"Dialogue is not weakness,\" he stressed.",
            "The leaders of the \"nuclear five\" will meet in the autumn.",
            "Diplomats said that talks in the \"two plus two\" format would resume in October.",
            "\"I believe we can reach an agreement this year, and you know it,\" the foreign minister said.",
            "The two presidents discussed the crisis in the region. In the context of the talks expressed concern over the lack of progress.");

    @BeforeAll static void analyse() {
        annotator = org.parley.cli.Engine.annotator();
        Parley parley = Parley.builder().annotator(annotator).build();
        Article a = new Article("fx1", "fx1.txt", null, null, "Leaders trade warnings ahead of summit", LocalDate.of(2019, 8, 19),
                "metadata", "en", null, TEXT, null, null);
        ArticleAnalysis result = parley.analyze(a);
        quotes = result.quotes();
    }


    private static Quote containing(String fragment) {
        return quotes.stream().filter(q -> q.content().text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing '" + fragment + "' in " + quotes));
    }

    @Test void indirectSpeech() {
        Quote q = containing("would not accept new sanctions");
        assertThat(q.kind()).isEqualTo("indirect");
        assertThat(q.cue().text()).isEqualTo("said");
        assertThat(q.source().text()).contains("Putin");
        assertThat(q.content().text()).startsWith("that Moscow");
    }

    @Test void unquotedDirectSpeechBeforeTheCue() {
        Quote q = containing("has not interfered");
        assertThat(q.kind()).isEqualTo("unquoted");
        assertThat(q.source().text()).isEqualTo("Putin");
        assertThat(q.content().text()).isEqualTo("Russia has not interfered in any foreign elections");
    }

    @Test void mixedQuotation() {
        Quote q = containing("dead end");
        assertThat(q.kind()).isEqualTo("mixed");
        assertThat(q.cue().text()).isEqualTo("called");
    }

    @Test void directQuotationAndPronounSpeaker() {
        Quote first = containing("keep talking");
        assertThat(first.kind()).as(first.toString()).isEqualTo("direct");
        assertThat(first.speaker().name()).contains("Macron");
        Quote second = containing("Dialogue is not weakness");
        assertThat(second.source().text()).isEqualTo("he");
        assertThat(second.cue().text()).isEqualTo("stressed");
        assertThat(second.speaker().name()).contains("Macron");
    }

    @Test void scareQuotesAreNotQuotations() {
        assertThat(quotes).noneMatch(q -> q.content().text().contains("nuclear five"));
        assertThat(containing("two plus two").kind()).isEqualTo("indirect");
    }

    @Test void theQuotedSpeakerSpeakingOfThemselvesIsPartOfTheQuotation() {
        Quote q = containing("reach an agreement");
        assertThat(q.cue().text()).isEqualTo("said");
        assertThat(q.content().text()).startsWith("\"I believe");
        assertThat(quotes).noneMatch(x -> x.cue() != null && (x.cue().text().equals("believe") || x.cue().text().equals("know")));
    }

    @Test void aSubjectlessMachineTranslatedClauseSpeaksForThePreviousSubject() {
        Quote q = containing("the lack of progress");
        assertThat(q.source()).isNotNull();
        assertThat(q.source().text()).isEqualTo("The two presidents");
    }
}
