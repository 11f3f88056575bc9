package org.parley.knowledge.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetTest {
    private final WordNet wn = WordNet.load();

    @Test void sensesSynonymsAndIds() {
        List<Sense> s = wn.senses("condemn", WordClass.VERB);
        assertThat(s).isNotEmpty();
        assertThat(s.get(0).id()).matches("\\d{8}-v");
        assertThat(wn.sense(s.get(0).id())).contains(s.get(0));
        assertThat(wn.senses("qwxzv", WordClass.VERB)).isEmpty();
    }

    @Test void derivedNounsOfAVerb() {
        boolean found = wn.senses("condemn", WordClass.VERB).stream().anyMatch(x -> wn.derivedNouns(x).contains("condemnation"));
        assertThat(found).isTrue();
        boolean expel = wn.senses("expulsion", WordClass.NOUN).stream().anyMatch(x -> wn.derivedVerbs(x).contains("expel"));
        assertThat(expel).isTrue();
    }

    @Test void troponymsOfAVerbAndHyponymsOfANoun() {
        boolean bomb = wn.senses("attack", WordClass.VERB).stream().anyMatch(x -> wn.hyponymLemmas(x, 2).contains("bomb"));
        assertThat(bomb).isTrue();
        boolean ambassador = wn.senses("diplomat", WordClass.NOUN).stream().anyMatch(x -> wn.hyponymLemmas(x, 2).contains("ambassador"));
        assertThat(ambassador).isTrue();
    }
}
