package org.parley.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.entities.ActorChoice.Coded;
import org.parley.entities.ActorChoice.CountryEvidence;
import org.parley.model.Actor;

class ActorChoiceTest {
    @Test
    void aStatedCountryBeatsMoreFrequentGuesses() {
        Actor best = ActorChoice.best(List.of(
                new Coded(Actor.of("SYR", "MIL"), CountryEvidence.ARTICLE),
                new Coded(Actor.of("RUS", "MIL"), CountryEvidence.SENTENCE),
                new Coded(Actor.of("SYR", "MIL"), CountryEvidence.ARTICLE)));
        assertThat(best).isEqualTo(Actor.of("RUS", "MIL"));
    }

    @Test
    void theSectorComesWithTheChosenCountryAndTheMostSpecificWins() {
        Actor best = ActorChoice.best(List.of(
                new Coded(Actor.of("FRA", null), CountryEvidence.STATED),
                new Coded(Actor.of("FRA", "GOV"), CountryEvidence.ARTICLE),
                new Coded(Actor.of("DEU", "GOV"), CountryEvidence.ARTICLE),
                new Coded(null, CountryEvidence.ARTICLE)));
        assertThat(best).isEqualTo(Actor.of("FRA", "GOV"));
    }

    @Test
    void noCodesGiveNull() {
        assertThat(ActorChoice.best(List.of())).isNull();
        assertThat(ActorChoice.best(List.of(new Coded(null, CountryEvidence.STATED)))).isNull();
        assertThat(ActorChoice.best(List.of(new Coded(Actor.of(null, "REB"), CountryEvidence.STATED)))).isEqualTo(Actor.of(null, "REB"));
    }
}
