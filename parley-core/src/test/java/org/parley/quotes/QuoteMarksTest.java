package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.quotes.internal.MarkedSpan;
import org.parley.quotes.internal.QuoteMarks;

class QuoteMarksTest {
    @Test void apostrophesAreNotSingleQuotes() {
        String text = "Russia\u2019s envoy didn\u2019t attend the players\u2019 meeting.";
        assertThat(QuoteMarks.find(text)).isEmpty();
    }

    @Test void singleQuotesInAHeadline() {
        String text = "'We back France's actions in Mali'";
        List<MarkedSpan> spans = QuoteMarks.find(text);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).inner(text)).isEqualTo("We back France's actions in Mali");
    }

    @Test void paragraphReopenedByAMarkRunsOn() {
        String text = "\u201CFirst part of the statement.\n\n\u201CSecond part,\u201D he said.";
        List<MarkedSpan> spans = QuoteMarks.find(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).runsOn()).isTrue();
        assertThat(spans.get(1).continuation()).isTrue();
    }

    @Test void straightQuotesPairUp() {
        String text = "He said \"yes\" and then \"no\".";
        List<MarkedSpan> spans = QuoteMarks.find(text);
        assertThat(spans).extracting(s -> s.inner(text)).containsExactly("yes", "no");
    }

    @Test void pairsOfApostrophesFromOldConversionsAreDoubleQuotes() {
        String text = "Mr. Ivanov said, ''We will not move,'' and left.";
        List<MarkedSpan> spans = QuoteMarks.find(text);
        assertThat(spans).hasSize(1);
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("''We will not move,''");
        assertThat(spans.get(0).inner(text)).isEqualTo("We will not move,");
    }
}
