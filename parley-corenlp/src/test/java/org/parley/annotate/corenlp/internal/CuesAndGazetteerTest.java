package org.parley.annotate.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuesAndGazetteerTest {
    static List<CoreLabel> tokens(String sentence) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : sentence.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            out.add(l);
        }
        return out;
    }

    @Test void escapedAndOptionalDotsBecomeLiteralPhrases() {
        assertThat(FineGrainedGazetteer.literalVariants("Calif\\.?")).containsExactlyInAnyOrder("Calif.", "Calif");
        assertThat(FineGrainedGazetteer.literalVariants("maj\\. gen\\.")).containsExactly("maj. gen.");
        assertThat(FineGrainedGazetteer.literalVariants("[A-Z][a-zA-Z]+ activist")).containsExactly("[A-Z][a-zA-Z]+ activist");
        assertThat(FineGrainedGazetteer.literalVariants("police")).containsExactly("police");
    }

    @Test void temporalCuesFindDatesAndSkipSentencesWithout() {
        assertThat(TemporalCues.present(tokens("The minister spoke to reporters in the capital ."))).isFalse();
        assertThat(TemporalCues.present(tokens("The minister spoke on Tuesday ."))).isTrue();
        assertThat(TemporalCues.present(tokens("Talks resumed in 2019 ."))).isTrue();
        assertThat(TemporalCues.present(tokens("He once led the party ."))).isTrue();
    }

    @Test void numbersAreCuesOnlyWhenTheyCanBeADateOnTheirOwn() {
        for (String w : List.of("2017", "1990s", "'90s", "2017-05-30", "30/05/2017", "30.05.2017", "10:30", "10am", "30th")) {
            assertThat(TemporalCues.isCue(w)).as(w).isTrue();
        }
        for (String w : List.of("5", "350", "3.5", "2,000", "G20", "COVID-19", "20%")) {
            assertThat(TemporalCues.isCue(w)).as(w).isFalse();
        }
        // a count beside a unit word still opens a window, through the unit
        assertThat(TemporalCues.present(tokens("Talks lasted 5 days ."))).isTrue();
        assertThat(TemporalCues.present(tokens("The fund lost 350 million dollars ."))).isFalse();
    }

    @Test void windowsSurroundCuesAndMerge() {
        List<CoreLabel> t = tokens("a b c d e f g h the first three months of last year ended with talks in the capital city"
                + " of the north and the south of the country on Monday");
        List<int[]> w = TemporalCues.windows(t, 6, 4);
        // "months" (11) and "year" (14) merge into one stretch; "Monday" (32) gets its own
        assertThat(w).hasSize(2);
        assertThat(w.get(0)).containsExactly(5, 19);
        assertThat(w.get(1)).containsExactly(26, 33);
    }
}
