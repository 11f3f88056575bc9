package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.events.EventExtractor;
import org.parley.quotes.CueLexicon;

class SelectiveWordsTest {

    @Test void thePreferredWordUnlessItIsCommonThenTheFirstUncommonOne() {
        assertThat(SelectiveWords.of(List.of(Set.of("agree")), 0)).containsExactly("agree");
        assertThat(SelectiveWords.of(List.of(Set.of("hold", "have"), Set.of("talks", "meeting")), 0))
                .containsExactlyInAnyOrder("talks", "meeting");
        assertThat(SelectiveWords.of(List.of(Set.of("in"), Set.of("a"), Set.of("statement")), 0)).containsExactly("statement");
        assertThat(SelectiveWords.of(List.of(Set.of("call"), Set.of("for")), 0)).containsExactly("call");
        // nothing uncommon: the preferred word after all
        assertThat(SelectiveWords.of(List.of(Set.of("be"), Set.of("in")), 0)).containsExactly("be");
    }

    @Test void theParseFilterWordsLeaveOutLightVerbsAndPrepositionsButKeepWhatTheyStoodFor() {
        Set<String> triggers = EventExtractor.triggerWords(List.of());
        assertThat(triggers).doesNotContain("be", "have").contains("talks", "strike", "agree");
        Set<String> cues = CueLexicon.builtIn().lemmas();
        assertThat(cues).doesNotContain("in").contains("say", "statement", "according");
    }
}
