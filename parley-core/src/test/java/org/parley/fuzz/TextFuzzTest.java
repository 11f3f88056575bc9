package org.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.clean.CleanText;
import org.parley.clean.Cleaner;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.time.TimeNormalizer;

/** Fuzzing the cleaner and the time normaliser on arbitrary text, dates and TIMEX values. */
class TextFuzzTest {
    private static final Cleaner CLEANER = new Cleaner();
    private static final TimeNormalizer TIME = new TimeNormalizer();

    private static Article article(String text, LocalDate published) {
        return new Article("f", "f", null, null, null, published, published == null ? null : "metadata", "en", null, text,
                List.of(new Span(0, text.length())), null);
    }

    /** The cleaned text maps back into the original: every offset lands inside it. */
    @FuzzTest(maxDuration = "20s")
    void cleaner(String text) {
        if (text == null) return;
        CleanText c = CLEANER.clean(article(text, null));
        for (int i = 0; i <= c.cleaned().length(); i += Math.max(1, c.cleaned().length() / 50)) {
            assertThat(c.toOriginal(i)).isBetween(0, text.length());
        }
    }

    /** A raw TIMEX with any text and value, in a sentence of any words, dated any day: normalised without throwing. */
    @FuzzTest(maxDuration = "20s")
    void timeNormaliser(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(-200_000, 200_000)) : null;
        String type = data.pickValue(new String[] {"DATE", "TIME", "DURATION", "SET"});
        String value = data.consumeString(40);
        String text = data.consumeRemainingAsString();
        if (text.isEmpty()) return;
        Token t = new Token(0, 0, text.length(), text, text.toLowerCase(), "NN", type);
        Sentence s = new Sentence(0, 0, text.length(), List.of(t), List.of(), false);
        AnnotatedArticle doc = new AnnotatedArticle(article(text, published), List.of(s), List.of(),
                List.of(new RawTimex(0, 0, text.length(), text, type, value.isEmpty() ? null : value)));
        for (Timex x : TIME.normalize(doc)) {
            assertThat(x.start()).isBetween(0, text.length());
            assertThat(x.end()).isBetween(x.start(), text.length());
        }
    }
}
