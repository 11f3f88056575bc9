package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Token;
import org.parley.quotes.internal.SourceNouns;

/** Which heads may speak: people and groups always, findings through evidential cues, acts and states never. */
class SourceNounsTest {
    private static List<Token> phrase(String... wordLemmaPos) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < wordLemmaPos.length; i++) {
            String[] p = wordLemmaPos[i].split("/");
            out.add(new Token(i, i * 10, i * 10 + p[0].length(), p[0], p[1], p[2], "O"));
        }
        return out;
    }

    private final SourceNouns nouns = SourceNouns.builtIn();

    @Test void anActOrStateNeverSpeaks() {
        assertThat(nouns.excludes(phrase("the/the/DT", "domestic/domestic/JJ", "conflict/conflict/NN"), "speech", true)).isTrue();
        assertThat(nouns.excludes(phrase("the/the/DT", "crisis/crisis/NN"), "speech", false)).isTrue();
    }

    @Test void findingsAndQuantitiesOfPeopleMaySpeak() {
        assertThat(nouns.kind("poll")).isEqualTo(SourceNouns.Kind.EVIDENCE);
        assertThat(nouns.excludes(phrase("a/a/DT", "new/new/JJ", "poll/poll/NN"), "cognition", false)).isFalse();
        assertThat(nouns.excludes(phrase("47/47/CD", "percent/percent/NN"), "speech", false)).isFalse();
    }

    @Test void peopleGroupsNamesAndDocumentsMaySpeak() {
        assertThat(nouns.excludes(phrase("the/the/DT", "minister/minister/NN"), "speech", false)).isFalse();
        assertThat(nouns.excludes(phrase("the/the/DT", "committee/committee/NN"), "speech", false)).isFalse();
        assertThat(nouns.excludes(phrase("the/the/DT", "report/report/NN"), "speech", false)).isFalse();
        assertThat(nouns.excludes(phrase("the/the/DT", "campaign/campaign/NN"), "speech", false)).isFalse();
        assertThat(nouns.excludes(phrase("Ivanov/Ivanov/NNP"), "speech", false)).isFalse();
    }

    @Test void theHeadIsTheNounBeforeAPreposition() {
        assertThat(SourceNouns.head(phrase("the/the/DT", "head/head/NN", "of/of/IN", "the/the/DT", "conflict/conflict/NN")).word()).isEqualTo("head");
    }

    @Test void aNameEndsThePhraseBeforeItsApposition() {
        assertThat(SourceNouns.head(phrase("delegate/delegate/NN", "Mary/Mary/NNP", "Smith/Smith/NNP", ",/,/,", "clad/clad/VBN",
                "in/in/IN", "a/a/DT", "cape/cape/NN"))).isNull();
    }
}
