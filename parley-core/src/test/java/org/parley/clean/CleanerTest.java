package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Span;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner();

    private static Article article(String text) {
        return new Article("a", null, null, null, null, null, null, "en", null, text, List.of(), null);
    }

    private static String bodyText(CleanText c) {
        StringBuilder sb = new StringBuilder();
        for (Span s : c.article().body()) sb.append(s.of(c.original())).append('|');
        return sb.toString();
    }

    @Test void bylinesPhotoCreditsReadMoreAndLegalFootnotesAreOutsideTheBody() {
        String text = "The talks ended late on Friday.\n\n  \u2022 Reuters\n  \u2022 \u00A9 Jean Dupont\n\n"
                + "\"We will meet again,\" the minister said.\n\nRead more: Ministers meet in Geneva\n\n"
                + "* The movement is banned in Russia as a terrorist organisation.\n\n  \u2022 Anna Kowalski";
        CleanText c = cleaner.clean(article(text));
        assertThat(bodyText(c)).isEqualTo("The talks ended late on Friday.|\"We will meet again,\" the minister said.|");
        // non-body characters are blanked in the cleaned string, newlines kept, length unchanged
        assertThat(c.cleaned()).hasSize(text.length()).doesNotContain("Reuters", "Dupont", "Read more", "banned", "Kowalski");
        assertThat(c.cleaned()).contains("The talks ended late on Friday.");
    }

    @Test void aParagraphThatMentionsAPhotographerStaysInTheBody() {
        String text = "By the time the summit opened, the photographers from Reuters and AFP had been waiting for hours outside the palace gates in the rain.";
        assertThat(bodyText(cleaner.clean(article(text)))).isEqualTo(text + "|");
    }

    @Test void hardWrappedLinesAreJoinedButShortLinesStillEndParagraphs() {
        String text = String.join("\n",
                "Meeting his counterpart in the capital on Thursday, President Jean",
                "Martin said both governments wanted a ceasefire that would hold and",
                "a process that would speak to all the parties in the long crisis.",
                "'We stand with our partners'",
                "The two leaders also discussed trade, energy and investment, which",
                "officials described as the other key topics of the long meeting in",
                "the capital, where the delegations met for more than five hours.");
        CleanText c = cleaner.clean(article(text));
        assertThat(c.cleaned()).hasSize(text.length());
        assertThat(c.cleaned()).contains("President Jean Martin said").contains("crisis.\n'We stand with our partners'\nThe two");
        assertThat(c.map().isIdentity()).isTrue();
    }

    @Test void unwrappedParagraphTextKeepsItsNewlines() {
        String text = "First paragraph is a long line of text about the meeting of the two presidents in Paris.\nSecond paragraph.";
        assertThat(cleaner.clean(article(text)).cleaned()).isEqualTo(text);
    }

    @Test void quotesAndSpacesAreNormalisedInPlaceAndSoftHyphensRemovedWithOffsetCorrection() {
        String text = "\u201CYes,\u201D said Mac\u00ADron\u00A0today, \u00ABfine\u00BB.";
        CleanText c = cleaner.clean(article(text));
        assertThat(c.cleaned()).isEqualTo("\"Yes,\" said Macron today, \"fine\".");
        int today = c.cleaned().indexOf("today");
        assertThat(text.substring(c.toOriginal(today), c.toOriginal(today + 5 - 1) + 1)).isEqualTo("today");
        int ron = c.cleaned().indexOf("ron");
        assertThat(c.toOriginal(ron)).isEqualTo(text.indexOf("ron"));
    }

    @Test void readerBodyIsRespected() {
        String text = "Title: Talks\n\nThe talks went well.";
        Article a = new Article("a", null, null, null, null, null, null, "en", null, text,
                List.of(new Span(14, text.length())), null);
        CleanText c = cleaner.clean(a);
        assertThat(bodyText(c)).isEqualTo("The talks went well.|");
        assertThat(c.cleaned()).startsWith("      ");
    }
}
