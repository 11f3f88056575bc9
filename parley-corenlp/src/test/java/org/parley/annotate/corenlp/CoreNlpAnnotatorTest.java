package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.clean.CleanText;
import org.parley.clean.OffsetMap;
import org.parley.model.Article;
import org.parley.model.Span;

class CoreNlpAnnotatorTest {
    static CoreNlpAnnotator annotator;

    @BeforeAll static void load() { annotator = new CoreNlpAnnotator(); }

    static CleanText plain(String text, LocalDate date) {
        Article a = new Article("t1", null, null, null, null, date, "header", "en", null, text,
                List.of(new Span(0, text.length())), null);
        return new CleanText(a, text, OffsetMap.identity());
    }

    @Test void tokensSentencesMentionsAndTimexesIndexTheOriginalText() {
        String text = "President Emmanuel Macron met Vladimir Putin in Versailles on Monday.\n\nThe two leaders agreed to talk again.";
        AnnotatedArticle doc = annotator.annotate(plain(text, LocalDate.of(2017, 5, 30)));

        assertThat(doc.sentences()).hasSize(2);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
            assertThat(s.parsed()).isTrue();
            assertThat(s.dependencies()).isNotEmpty();
        }
        assertThat(doc.mentions()).extracting(NamedMention::text).contains("Emmanuel Macron", "Vladimir Putin", "Versailles");
        assertThat(doc.mentions()).filteredOn(m -> m.text().equals("Emmanuel Macron")).extracting(NamedMention::type).containsOnly("PERSON");
        assertThat(doc.timexes()).extracting(RawTimex::text).contains("Monday");
        RawTimex monday = doc.timexes().stream().filter(t -> t.text().equals("Monday")).findFirst().orElseThrow();
        assertThat(text.substring(monday.start(), monday.end())).isEqualTo("Monday");
    }

    @Test void offsetsAreCorrectedThroughTheCleaningMap() {
        // cleaned string drops a soft hyphen at offset 5: "Mac\u00ADron" -> "Macron"
        String original = "Said Mac\u00ADron today.";
        String cleaned = "Said Macron today.";
        OffsetMap map = new OffsetMap.Builder().add(8, 1).build();
        Article a = new Article("t2", null, null, null, null, null, null, "en", null, original,
                List.of(new Span(0, original.length())), null);
        AnnotatedArticle doc = annotator.annotate(new CleanText(a, cleaned, map));
        Token macron = doc.sentences().get(0).tokens().get(1);
        assertThat(macron.start()).isEqualTo(5);
        assertThat(macron.end()).isEqualTo(12);
        assertThat(macron.word()).isEqualTo("Mac\u00ADron");
        Token today = doc.sentences().get(0).tokens().get(2);
        assertThat(today.word()).isEqualTo("today");
    }
}
