package org.parley.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.corpus.LinkedArticle;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.stories.StoryOptions;

/** The occasion's identity (noun and date) and the size-dependent threshold, on invented articles. */
class OccasionIdentityTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 10);

    private static LinkedArticle withTimexes(Timex... timexes) {
        String text = "Ostrand council vote\n\nThe council of Ostrand voted on the harbour budget.";
        Article a = new Article("a", "a", null, "x", "Ostrand council vote", PUBLISHED, "metadata", "en", null, text, null, null);
        return new LinkedArticle(a, null, List.of(), List.of(new Span(22, text.length())), List.of(timexes), List.of(), List.of());
    }

    private static Timex timex(int start, String type, String value) {
        return new Timex("a", start, start + 5, "xxxxx", type, value);
    }

    @Test void theOccasionDateIsTheFirstFullDateOfTheLeadElseTheArticlesOwn() {
        assertThat(Pending.occasionDate(withTimexes(timex(40, "DATE", "2031-04-07"), timex(30, "DATE", "2031-04-08")), 60, PUBLISHED))
                .isEqualTo(LocalDate.of(2031, 4, 8));
        // a month, a time of day, a date after the lead, an impossible date: no day of the occasion
        assertThat(Pending.occasionDate(withTimexes(timex(30, "DATE", "2031-04"), timex(35, "TIME", "2031-04-08T20:00"),
                timex(70, "DATE", "2031-04-01"), timex(40, "DATE", "2031-02-30")), 60, PUBLISHED)).isEqualTo(PUBLISHED);
        assertThat(Pending.occasionDate(withTimexes(), 60, null)).isNull();
    }

    private static ArticleDoc doc(String noun, LocalDate published, LocalDate occasion) {
        Map<Integer, Float> occasions = noun == null ? Map.of() : Map.of(Terms.occasionKey(noun), 1f);
        Pending p = new Pending(0, noun + published, "x", noun, published, published, noun, Map.of(), Map.of(), occasions, occasion,
                java.util.Set.of(), List.of(), List.of(), List.of());
        DocumentFrequencies df = new DocumentFrequencies();
        df.add(List.of(Terms.occasionKey("debate")));
        df.add(List.of(Terms.occasionKey("strike")));
        df.add(List.of());
        return ArticleDoc.of(p, df, new float[] {1, 0});
    }

    @Test void oneOccasionIsOneNounWithinTwoDays() {
        LocalDate day = LocalDate.of(2031, 4, 10);
        // a preview three days before names the day of the debate it previews
        assertThat(doc("debate", day.minusDays(3), day).sameOccasion(doc("debate", day.plusDays(1), day.plusDays(1)))).isTrue();
        // the next debate, a week later, is another occasion
        assertThat(doc("debate", day, day).sameOccasion(doc("debate", day.plusDays(7), day.plusDays(7)))).isFalse();
        assertThat(doc("debate", day, day).sameOccasion(doc("strike", day, day))).isFalse();
        assertThat(doc(null, day, day).sameOccasion(doc("debate", day, day))).isFalse();
        // an article that cannot be placed in time cannot be placed at the occasion
        assertThat(doc("debate", null, null).sameOccasion(doc("debate", day, day))).isFalse();
    }

    @Test void theBonusIsAddedOnceWhenAMemberNamesTheSameOccasion() {
        LocalDate day = LocalDate.of(2031, 4, 10);
        StoryOptions off = StoryOptions.defaults().withOccasionBonus(0);
        StoryOptions on = off.withOccasionBonus(0.05);
        OpenStory story = new OpenStory(1);
        story.add(doc("strike", day, day));
        story.add(doc("debate", day, day));
        ArticleDoc same = doc("debate", day.plusDays(1), day.plusDays(1));
        assertThat(story.similarity(same, on) - story.similarity(same, off)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        ArticleDoc other = doc("debate", day.plusDays(5), day.plusDays(5));
        assertThat(story.similarity(other, on)).isEqualTo(story.similarity(other, off));
    }

    @Test void theThresholdGrowsWithTheStorysSizeOnlyWhenAsked() {
        StoryOptions d = StoryOptions.defaults().withSizeExponent(0);
        assertThat(d.thresholdFor(1)).isEqualTo(d.threshold());
        assertThat(d.thresholdFor(20)).isEqualTo(d.threshold());
        StoryOptions grown = d.withSizeExponent(0.1);
        assertThat(grown.thresholdFor(1)).isEqualTo(d.threshold());
        assertThat(grown.thresholdFor(8)).isCloseTo(d.threshold() * Math.pow(8, 0.1), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(grown.thresholdFor(8)).isGreaterThan(grown.thresholdFor(2));
    }
}
