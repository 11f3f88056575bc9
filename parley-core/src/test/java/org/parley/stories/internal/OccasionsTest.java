package org.parley.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OccasionsTest {
    private final Occasions occasions = Occasions.builtIn();

    @Test void countsTheSingularOccasionNounsOfAText() {
        String text = "Velmora mayor's speech at the harbour summit after the bombing; shootings and attacks go on.";
        Map<Integer, Float> counts = new HashMap<>();
        occasions.count(text, 0, text.length(), counts);
        // a plural names a series ("shootings", "attacks"), not the one occasion of the story
        assertThat(counts).containsOnlyKeys(Terms.occasionKey("speech"), Terms.occasionKey("summit"), Terms.occasionKey("bombing"));
    }

    @Test void knowsTheClassOfEachNounAndNothingOfTopicWords() {
        assertThat(occasions.kind("summit")).isEqualTo(Occasions.Kind.GATHERING);
        assertThat(occasions.kind("resignation")).isEqualTo(Occasions.Kind.DECISION);
        assertThat(occasions.lemma("shake-up")).isEqualTo("shake-up");
        assertThat(occasions.lemma("policy")).isNull();
        assertThat(occasions.lemma("poll")).isNull();
    }

    @Test void occasionKeysAreApartFromTheSameWordAsATerm() {
        assertThat(Terms.occasionKey("strike")).isNotEqualTo(Terms.termKey("strike"));
    }
}
