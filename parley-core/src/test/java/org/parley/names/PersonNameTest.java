package org.parley.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {
    @Test
    void transliterationVariantsSoundAndLookAlike() {
        assertThat(NameSimilarity.isVariant("macron", "makron")).isTrue();
        assertThat(NameSimilarity.isVariant("mccron", "makron")).isTrue();
        assertThat(NameSimilarity.isVariant("gaddafi", "qaddafi")).isTrue();
        assertThat(NameSimilarity.isVariant("zelensky", "zelenskyy")).isTrue();
        assertThat(NameSimilarity.isVariant("putin", "poutine")).isTrue();
    }

    @Test
    void differentNamesAreNotVariants() {
        assertThat(NameSimilarity.isVariant("putin", "patten")).isFalse();   // sound alike, spelled apart
        assertThat(NameSimilarity.isVariant("macron", "macro")).isFalse();   // spelled alike, sound apart
        assertThat(NameSimilarity.isVariant("ivanov", "ivanova")).isFalse(); // a woman of the family
        assertThat(NameSimilarity.isVariant("obama", "osama")).isFalse();
        assertThat(NameSimilarity.isVariant("merkel", "macron")).isFalse();
        assertThat(NameSimilarity.isVariant("xi", "xie")).isFalse();          // too short to judge
    }

    @Test
    void surnamesKeepTheirParticles() {
        assertThat(PersonName.of("Jean-Yves Le Drian").surnameKeys()).containsExactly("le drian", "drian");
        assertThat(PersonName.of("Bashar al-Assad").surnameKeys()).containsExactly("al-assad", "assad");
        assertThat(PersonName.of("Le Pen").isFull()).isFalse();
        assertThat(PersonName.of("Le Pen").isSurnameOf(PersonName.of("Marine Le Pen"))).isTrue();
    }

    @Test
    void fullNamesAgreeOrConflict() {
        PersonName gwb = PersonName.of("George W. Bush");
        assertThat(PersonName.of("George Bush").sameFullName(gwb)).isTrue();
        assertThat(PersonName.of("Jeb Bush").conflicts(gwb)).isTrue();
        assertThat(PersonName.of("George H. W. Bush").sameFullName(gwb)).isFalse();
        assertThat(PersonName.of("Marine Le Pen").conflicts(PersonName.of("Jean-Marie Le Pen"))).isTrue();
        assertThat(PersonName.of("E. Macron").sameFullName(PersonName.of("Emmanuel Macron"))).isTrue();
        assertThat(PersonName.of("Emmanuel Makron").isSpellingVariantOf(PersonName.of("Emmanuel Macron"))).isTrue();
        assertThat(PersonName.of("Brigitte Makron").isSpellingVariantOf(PersonName.of("Emmanuel Macron"))).isFalse();
    }

    @Test
    void canonicalNamesAreTheMostCompleteCommonForm() {
        var counts = CanonicalName.count(java.util.List.of("Makron", "Emmanuel Makron", "Macron", "Macron", "emmanuel macron", "Emmanuel Macron"));
        assertThat(CanonicalName.choose(counts, org.parley.model.EntityType.PERSON)).isEqualTo("Emmanuel Macron");
        assertThat(NameForms.properCase("charles de gaulle", true)).isEqualTo("Charles de Gaulle");
        assertThat(NameForms.properCase("MACRON", true)).isEqualTo("Macron");
        assertThat(NameForms.properCase("NATO", false)).isEqualTo("NATO");
    }
}
