package org.parley.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.corpus.LinkedArticle;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.stories.StoryOptions;

/** Dated occasions (an occasion noun and the day a timex of its sentence names), on invented articles. */
class DatedOccasionsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 4, 8);
    private static final LocalDate MONDAY = LocalDate.of(2031, 4, 7);

    /** A headline and four sentences; {@code timexes} are given as (sentence index, type, value), -1 the headline. */
    private static Pending pending(String headline, List<String> sentences, Object[]... timexes) {
        StringBuilder text = new StringBuilder(headline).append("\n\n");
        int bodyStart = text.length();
        List<Span> spans = new ArrayList<>();
        for (String s : sentences) {
            spans.add(new Span(text.length(), text.length() + s.length()));
            text.append(s).append(' ');
        }
        List<Timex> tx = new ArrayList<>();
        for (Object[] t : timexes) {
            int k = (Integer) t[0];
            Span in = k < 0 ? new Span(0, headline.length()) : spans.get(k);
            tx.add(new Timex("a", in.start() + 1, in.start() + 3, "xx", (String) t[1], (String) t[2]));
        }
        String body = text.toString();
        Article a = new Article("a", "a", null, "x", headline, PUBLISHED, "metadata", "en", null, body,
                List.of(new Span(bodyStart, body.length())), null);
        return Pending.of(0, new LinkedArticle(a, null, List.of(), spans, tx, List.of(), List.of()), null);
    }

    private static final List<String> LEAD = List.of("Both mayors sparred in the harbour debate last night.",
            "Voters in Ostrand watched it on television.", "A fact-check of the claims followed.", "The debate was the second one.");

    @Test void aNounAndADayInOneSentenceAreADatedOccasion() {
        Pending p = pending("Ostrand mayors clash", LEAD, new Object[] {0, "TIME", "2031-04-07TNI"});
        assertThat(p.datedOccasions()).containsExactly(Terms.datedOccasionKey("debate", MONDAY));
    }

    @Test void aDayInAnotherSentenceAMonthOrASentenceAfterTheFirstThreeGiveNone() {
        assertThat(pending("Ostrand mayors clash", LEAD, new Object[] {1, "DATE", "2031-04-07"}).datedOccasions()).isEmpty();
        assertThat(pending("Ostrand mayors clash", LEAD, new Object[] {0, "DATE", "2031-04"}).datedOccasions()).isEmpty();
        assertThat(pending("Ostrand mayors clash", LEAD, new Object[] {0, "DURATION", "P1D"}).datedOccasions()).isEmpty();
        assertThat(pending("Ostrand mayors clash", LEAD, new Object[] {3, "DATE", "2031-04-07"}).datedOccasions()).isEmpty();
    }

    @Test void theHeadlineCounts() {
        Pending p = pending("Monday's harbour debate in Ostrand", List.of("The mayors met.", "Voters watched."),
                new Object[] {-1, "DATE", "2031-04-07"});
        assertThat(p.datedOccasions()).containsExactly(Terms.datedOccasionKey("debate", MONDAY));
    }

    private static ArticleDoc doc(LocalDate published, Set<Integer> dated) {
        Pending p = new Pending(0, "d" + published + dated, "x", "t", published, published, "t", Map.of(), Map.of(), Map.of(), published,
                dated, List.of(), List.of(), List.of());
        return ArticleDoc.of(p, new DocumentFrequencies(), new float[] {1, 0});
    }

    @Test void theBonusIsAddedWhenAMemberNamesTheSameDatedOccasionOnly() {
        StoryOptions off = StoryOptions.defaults().withDatedOccasionBonus(0);
        StoryOptions on = off.withDatedOccasionBonus(0.05);
        OpenStory story = new OpenStory(1);
        story.add(doc(MONDAY, Set.of(Terms.datedOccasionKey("debate", MONDAY))));
        ArticleDoc reaction = doc(MONDAY.plusDays(2), Set.of(Terms.datedOccasionKey("debate", MONDAY)));
        assertThat(story.similarity(reaction, on) - story.similarity(reaction, off)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        // the debate of another day is another occasion
        ArticleDoc next = doc(MONDAY.plusDays(2), Set.of(Terms.datedOccasionKey("debate", MONDAY.plusDays(2))));
        assertThat(story.similarity(next, on)).isEqualTo(story.similarity(next, off));
        ArticleDoc none = doc(MONDAY.plusDays(2), Set.of());
        assertThat(story.similarity(none, on)).isEqualTo(story.similarity(none, off));
    }
}
