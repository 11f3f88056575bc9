package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.brat.BratAttribution;
import org.parley.eval.brat.BratReader;
import org.parley.eval.brat.BratSpan;
import org.parley.model.Quote;

class QuoteEvalTest {
    // "A," he said. "B."  (invented)
    private static final String TEXT = "\"We stay,\" he said. \"We fight.\"";

    @Test void readsDiscontinuousSpansAndEventLines() {
        List<BratAttribution> gold = BratReader.parse(List.of(
                "T1\tContent 0 10;20 31\t\"We stay,\" \"We fight.\"",
                "T2\tSource 11 13\the",
                "T3\tCue 14 18\tsaid",
                "T4\tAttribution 14 18\tsaid",
                "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2"));
        assertThat(gold).hasSize(1);
        assertThat(gold.get(0).content().fragments()).hasSize(2);
        assertThat(gold.get(0).content()).isEqualTo(BratSpan.parse("20 31;0 10"));
    }

    @Test void quotesSharingACueAreOneAttributionAndScoreExactly() {
        List<BratAttribution> gold = BratReader.parse(List.of(
                "T1\tContent 0 10;20 31\tx", "T2\tSource 11 13\the", "T3\tCue 14 18\tsaid", "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2"));
        Quote.TextSpan cue = new Quote.TextSpan(14, 18, "said");
        Quote.TextSpan src = new Quote.TextSpan(11, 13, "he");
        List<Quote> predicted = List.of(
                new Quote("q1", "a", "direct", new Quote.TextSpan(0, 10, TEXT.substring(0, 10)), cue, src, null, 0.9),
                new Quote("q2", "a", "direct", new Quote.TextSpan(20, 31, TEXT.substring(20, 31)), cue, src, null, 0.8));
        QuoteEval eval = new QuoteEval();
        eval.add(TEXT, gold, predicted);
        for (String role : QuoteEval.ROLES) assertThat(eval.exact(role).f1()).as(role).isEqualTo(1.0);
    }

    @Test void overlappingButNotExactSpansCountOnlyForOverlap() {
        List<BratAttribution> gold = BratReader.parse(List.of(
                "T1\tContent 0 10\tx", "T2\tSource 11 13\the", "T3\tCue 14 18\tsaid", "E1\tContent:T1 Cue:T3 Source:T2"));
        List<Quote> predicted = List.of(new Quote("q1", "a", "direct", new Quote.TextSpan(1, 8, "x"),
                new Quote.TextSpan(14, 19, "x"), null, null, 0.9));
        QuoteEval eval = new QuoteEval();
        eval.add(TEXT, gold, predicted);
        assertThat(eval.exact("content").tp()).isZero();
        assertThat(eval.overlap("content").tp()).isEqualTo(1);
        assertThat(eval.overlap("source").recall()).isZero();
        assertThat(eval.table()).contains("| content | overlap |");
    }
}
