package org.parley.time.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/** The tense that points a bare weekday: read in the weekday's own clause. Sentences are hand-tagged fixtures. */
class TenseTest {
    private static final Lexicon LEX = Lexicon.load();

    /** "word/TAG word/TAG ...", tokens joined by single spaces. */
    private static Sentence tagged(String s) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String wt : s.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String w = wt.substring(0, slash);
            tokens.add(new Token(tokens.size(), offset, offset + w.length(), w, w.toLowerCase(), wt.substring(slash + 1), "O"));
            offset += w.length() + 1;
        }
        return new Sentence(0, 0, offset - 1, tokens, List.of(), false);
    }

    private static Tense of(String s, String word) {
        Sentence sentence = tagged(s);
        for (Token t : sentence.tokens()) if (t.word().equals(word)) return Tense.around(sentence, t.start(), t.end(), LEX);
        throw new IllegalArgumentException(word);
    }

    @Test void aFutureCueInTheThatClauseDoesNotMoveTheSayingDay() {
        assertThat(of("The/DT envoy/NN said/VBD on/IN Tuesday/NNP that/IN his/PRP$ country/NN would/MD retaliate/VB ./.", "Tuesday"))
                .isNotEqualTo(Tense.FUTURE);
    }

    @Test void aFutureCueInARelativeClauseDoesNotMoveTheWeekday() {
        assertThat(of("Ministers/NNS ,/, who/WP will/MD meet/VB again/RB in/IN June/NNP ,/, signed/VBD the/DT pact/NN Friday/NNP ./.", "Friday"))
                .isEqualTo(Tense.PAST);
    }

    @Test void theWeekdayInsideTheFutureClauseStillLooksForward() {
        assertThat(of("The/DT mayor/NN said/VBD that/IN the/DT bridge/NN will/MD reopen/VB Monday/NNP ./.", "Monday"))
                .isEqualTo(Tense.FUTURE);
        assertThat(of("The/DT mayor/NN said/VBD the/DT bridge/NN will/MD reopen/VB Monday/NNP ./.", "Monday"))
                .isEqualTo(Tense.FUTURE);
    }

    @Test void theClauseOfAPastVerbAfterAPresentRelativeClause() {
        assertThat(of("The/DT bank/NN ,/, which/WDT owns/VBZ a/DT stake/NN ,/, said/VBD that/IN by/IN Thursday/NNP 400/CD shares/NNS "
                + "had/VBD been/VBN sold/VBN ./.", "Thursday")).isEqualTo(Tense.PAST);
    }

    @Test void aSubordinateClauseKeepsItsOwnTense() {
        assertThat(of("Police/NNS arrested/VBD two/CD men/NNS Sunday/NNP because/IN they/PRP plan/VBP to/TO march/VB ./.", "Sunday"))
                .isEqualTo(Tense.PAST);
    }

    @Test void aPlanToldInThePastPerfectIsPast() {
        assertThat(of("The/DT offer/NN had/VBD been/VBN due/JJ to/TO expire/VB Friday/NNP ./.", "Friday")).isEqualTo(Tense.PAST);
    }

    @Test void aFragmentTakesTheTenseOfTheSentence() {
        assertThat(of("On/IN Wednesday/NNP ,/, when/WRB the/DT vote/NN is/VBZ due/JJ ,/, deputies/NNS will/MD decide/VB ./.", "Wednesday"))
                .isEqualTo(Tense.FUTURE);
    }

    @Test void aRelativeClauseBetweenCommasIsLeftOutOfTheClauseAroundIt() {
        assertThat(of("The/DT merger/NN ,/, which/WDT had/VBD been/VBN expected/VBN ,/, is/VBZ part/NN of/IN an/DT effort/NN to/TO cut/VB "
                + "costs/NNS by/IN April/NNP ./.", "April")).isEqualTo(Tense.UNKNOWN);
    }

    @Test void aCommaInsideTheRelativeClauseDoesNotCloseIt() {
        assertThat(of("She/PRP replaces/VBZ Mr./NNP Hale/NNP ,/, who/WP resigned/VBD as/IN treasurer/NN ,/, secretary/NN and/CC counsel/NN "
                + "in/IN May/NNP ./.", "May")).isEqualTo(Tense.PAST);
    }
}
