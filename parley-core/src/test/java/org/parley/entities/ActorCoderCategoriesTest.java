package org.parley.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;

/**
 * Role categories added in session 8 (issue 15), one phrase per category, written by the team (not from any
 * evaluation set): adherents of a religion, party creeds, ethnic groups, rulers without a title, makers,
 * trades, regional adjectives, drug modifiers.
 */
class ActorCoderCategoriesTest {
    private static final LocalDate DAY = LocalDate.of(2001, 3, 1);
    private final ActorCoder coder = new ActorCoder(ActorKnowledgeBase.builtIn());

    private Actor code(String phrase) { return coder.codePhrase(phrase, DAY).orElse(null); }

    @Test void adherentsOfAReligionAreReligiousActors() {
        assertThat(code("Nigerian Catholics")).isEqualTo(new Actor("NGA", "REL"));
        assertThat(code("Syrian Druze")).isEqualTo(new Actor("SYR", "REL"));
    }

    @Test void aPartyCreedIsAPartyAndAReligiousPartyNameIsNoReligion() {
        assertThat(code("German Christian Democrats")).isEqualTo(new Actor("DEU", "PTY"));
        assertThat(code("Italian Communists")).isEqualTo(new Actor("ITA", "PTY"));
    }

    @Test void ethnicGroupsAndBystandersAreCivilians() {
        assertThat(code("Turkish Kurds")).isEqualTo(new Actor("TUR", "CVL"));
        assertThat(code("Iraqi bystanders")).isEqualTo(new Actor("IRQ", "CVL"));
    }

    @Test void aRulerWithoutTitleIsGovernmentAndAFormerOneAnElite() {
        assertThat(code("the Chilean dictator")).isEqualTo(new Actor("CHL", "GOV"));
        assertThat(code("a former Chilean dictator")).isEqualTo(new Actor("CHL", "ELI"));
    }

    @Test void makersAndTradesHaveTheirSectors() {
        assertThat(code("Japanese shipbuilders")).isEqualTo(new Actor("JPN", "BUS"));
        assertThat(code("Spanish truckers")).isEqualTo(new Actor("ESP", "LAB"));
    }

    @Test void aRegionalAdjectiveNamesItsState() {
        assertThat(code("Chechen rebels")).isEqualTo(new Actor("RUS", "REB"));
    }

    @Test void aDrugModifierMakesABossACriminal() {
        assertThat(code("Mexican heroin bosses")).isEqualTo(new Actor("MEX", "CRM"));
    }
}
