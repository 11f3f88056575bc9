package org.parley.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.EntityType;
import org.parley.model.Span;

class EntityExtractorTest {
    private final EntityExtractor extractor = new EntityExtractor(ActorKnowledgeBase.load(List.of()));

    private static ArticleEntity named(ArticleEntities ents, String name) {
        return ents.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + ents.entities()));
    }

    private static List<String> texts(AnnotatedArticle doc, ArticleEntity e) {
        return e.spans().stream().map(s -> s.of(doc.text())).toList();
    }

    @Test
    void macronAndHisMachineTranslatedSpellingsAreOneEntity() {
        String text = "French President Emmanuel Macron met Vladimir Putin in Versailles on Monday. "
                + "Macron said the talks were frank. "
                + "\"The mechanism has already yielded results,\" Makron quoted the agency as saying. "
                + "Putin and the macron discussed Syria for hours. "
                + "\"We will talk again,\" McCron added.";
        AnnotatedArticle doc = EntityDocs.of("a1", text)
                .mention("French", "NATIONALITY").mention("President", "TITLE")
                .mention("Emmanuel Macron", "PERSON").mention("Vladimir Putin", "PERSON").mention("Versailles", "CITY")
                .mention("Macron", "PERSON", 1).mention("Makron", "PERSON").mention("Putin", "PERSON", 1)
                .mention("Syria", "COUNTRY")
                .build();
        ArticleEntities ents = extractor.extract(doc);

        ArticleEntity macron = named(ents, "Emmanuel Macron");
        assertThat(macron.type()).isEqualTo(EntityType.PERSON);
        assertThat(texts(doc, macron)).containsExactly("Emmanuel Macron", "Macron", "Makron", "macron", "McCron");
        assertThat(macron.variants()).contains("Emmanuel Macron", "Macron", "Makron", "macron", "McCron");
        assertThat(texts(doc, named(ents, "Vladimir Putin"))).containsExactly("Vladimir Putin", "Putin");
        assertThat(ents.entities()).extracting(ArticleEntity::name)
                .containsExactly("Emmanuel Macron", "Vladimir Putin", "Versailles", "Syria");
        assertThat(ents.entities()).extracting(ArticleEntity::localId).containsExactly("a1#e1", "a1#e2", "a1#e3", "a1#e4");
    }

    @Test
    void nameAcrossALineBreakIsOneMentionWithNormalisedVariant() {
        String text = "Meeting Russia's president in Moscow, President Francois\nHollande repeated his position. "
                + "Hollande said talks would go on.";
        AnnotatedArticle doc = EntityDocs.of("a2", text)
                .mention("Russia", "COUNTRY").mention("president", "TITLE").mention("Moscow", "CITY")
                .mention("President", "TITLE").mention("Francois\nHollande", "PERSON").mention("Hollande", "PERSON", 1)
                .build();
        ArticleEntity hollande = named(extractor.extract(doc), "Francois Hollande");
        assertThat(hollande.spans()).hasSize(2);
        assertThat(hollande.spans().get(0).of(text)).isEqualTo("Francois\nHollande");
        assertThat(hollande.variants()).containsExactly("Francois Hollande", "Hollande");
    }

    @Test
    void pronounsAndRolesAreNeverEntities() {
        String text = "The president said he would call his counterpart. The Prime Minister agreed.";
        AnnotatedArticle doc = EntityDocs.of("a3", text)
                .mention("president", "TITLE").mention("he", "PERSON").mention("his", "PERSON")
                .mention("counterpart", "PERSON").mention("Prime Minister", "PERSON")
                .build();
        assertThat(extractor.extract(doc).entities()).isEmpty();
    }

    @Test
    void titlesAreCutFromPersonMentions() {
        String text = "Vladimir Putin arrived late. Mr Putin smiled. President Putin then left.";
        AnnotatedArticle doc = EntityDocs.of("a4", text)
                .mention("Vladimir Putin", "PERSON").mention("Mr Putin", "PERSON").mention("President Putin", "PERSON")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).hasSize(1);
        assertThat(texts(doc, ents.entities().get(0))).containsExactly("Vladimir Putin", "Putin", "Putin");
        assertThat(ents.entities().get(0).variants()).containsExactly("Vladimir Putin", "Putin");
    }

    @Test
    void twoPeopleSharingASurnameAreNotMerged() {
        String text = "George Bush spoke first. Jeb Bush then took the stage. Bush said he had no regrets. "
                + "George W. Bush later left.";
        AnnotatedArticle doc = EntityDocs.of("a5", text)
                .mention("George Bush", "PERSON").mention("Jeb Bush", "PERSON").mention("Bush", "PERSON", 2)
                .mention("George W. Bush", "PERSON")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name).containsExactly("George W. Bush", "Jeb Bush");
        assertThat(texts(doc, named(ents, "Jeb Bush"))).containsExactly("Jeb Bush", "Bush");
        assertThat(texts(doc, named(ents, "George W. Bush"))).containsExactly("George Bush", "George W. Bush");
    }

    @Test
    void lowerCaseOrdinaryWordsAreNotTakenForNames() {
        String text = "Theresa May met Condoleezza Rice. May said the deal may fail and the rice harvest was poor.";
        AnnotatedArticle doc = EntityDocs.of("a6", text)
                .mention("Theresa May", "PERSON").mention("Condoleezza Rice", "PERSON").mention("May", "PERSON", 1)
                .pos("harvest", "NN")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(texts(doc, named(ents, "Theresa May"))).containsExactly("Theresa May", "May");
        assertThat(texts(doc, named(ents, "Condoleezza Rice"))).containsExactly("Condoleezza Rice");
    }

    @Test
    void nationalityAdjectivesAreNotEntitiesButTheFrenchAre() {
        String text = "The French lawmaker said the French would not accept it.";
        AnnotatedArticle doc = EntityDocs.of("a7", text)
                .mention("French", "NATIONALITY", 0).mention("French", "NATIONALITY", 1)
                .pos("would", "MD")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).hasSize(1);
        ArticleEntity french = ents.entities().get(0);
        // the knowledge base knows "French" as France's adjective: "the French" is a mention of France
        assertThat(french.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(french.name()).isEqualTo("France");
        assertThat(texts(doc, french)).containsExactly("French");
        assertThat(french.spans().get(0).start()).isEqualTo(text.indexOf("French", 10));
    }

    @Test
    void countriesJoinThroughTheKnowledgeBase() {
        String text = "Russia said on Monday that the Russian Federation would respond. France and the French disagreed.";
        AnnotatedArticle doc = EntityDocs.of("a20", text)
                .mention("Russia", "COUNTRY").mention("Russian Federation", "COUNTRY").mention("France", "COUNTRY")
                .mention("French", "NATIONALITY").pos("disagreed", "VBD")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name).containsExactly("Russia", "France");
        assertThat(texts(doc, named(ents, "Russia"))).containsExactly("Russia", "Russian Federation");
        assertThat(texts(doc, named(ents, "France"))).containsExactly("France", "French");
        assertThat(named(ents, "France").actor()).isNotNull();
        assertThat(named(ents, "France").actor().country()).isEqualTo("FRA");
    }

    @Test
    void onlyBodyMentionsCount() {
        String text = "By Jane Reporter\nAngela Merkel met Emmanuel Macron in Berlin.";
        int bodyStart = text.indexOf("Angela");
        AnnotatedArticle doc = EntityDocs.of("a8", text)
                .mention("Jane Reporter", "PERSON").mention("Angela Merkel", "PERSON").mention("Emmanuel Macron", "PERSON")
                .mention("Berlin", "CITY").body(new Span(bodyStart, text.length()))
                .build();
        assertThat(extractor.extract(doc).entities()).extracting(ArticleEntity::name)
                .containsExactly("Angela Merkel", "Emmanuel Macron", "Berlin");
    }

    @Test
    void acronymsJoinTheirLongForm() {
        String text = "The United States and the North Atlantic Treaty Organization agreed. The US and NATO said so.";
        AnnotatedArticle doc = EntityDocs.of("a9", text)
                .mention("United States", "COUNTRY").mention("North Atlantic Treaty Organization", "ORGANIZATION")
                .mention("US", "COUNTRY").mention("NATO", "ORGANIZATION")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name)
                .containsExactly("United States", "North Atlantic Treaty Organization");
        assertThat(ents.entities()).as(ents.entities().toString()).allSatisfy(e -> assertThat(e.spans()).hasSize(2));
    }

    @Test
    void mistypedSurnameJoinsThePersonButASoundAlikeCompanyDoesNot() {
        String text = "Emmanuel Macron visited the Micron plant. Macron praised the workers. Micron said it would hire.";
        AnnotatedArticle doc = EntityDocs.of("a10", text)
                .mention("Emmanuel Macron", "PERSON").mention("Micron", "ORGANIZATION", 0)
                .mention("Macron", "ORGANIZATION", 1).mention("Micron", "ORGANIZATION", 1)
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name).containsExactly("Emmanuel Macron", "Micron");
        assertThat(named(ents, "Emmanuel Macron").spans()).hasSize(2);
        assertThat(named(ents, "Micron").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void feminineSurnameFormsAreOtherPeople() {
        String text = "Sergei Ivanov met Anna Ivanova. Ivanov said little. Ivanova disagreed.";
        AnnotatedArticle doc = EntityDocs.of("a11", text)
                .mention("Sergei Ivanov", "PERSON").mention("Anna Ivanova", "PERSON")
                .mention("Ivanov", "PERSON", 1).mention("Ivanova", "PERSON", 1)
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).hasSize(2);
        assertThat(texts(doc, named(ents, "Sergei Ivanov"))).containsExactly("Sergei Ivanov", "Ivanov");
    }

    @Test
    void lowerCaseFullNameGetsAProperCasedCanonicalName() {
        String text = "Talks between vladimir putin and Emmanuel Macron. Vladimir Putin and macron agreed.";
        AnnotatedArticle doc = EntityDocs.of("a12", text)
                .mention("Emmanuel Macron", "PERSON").mention("Vladimir Putin", "PERSON")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name).containsExactly("Vladimir Putin", "Emmanuel Macron");
        assertThat(texts(doc, named(ents, "Vladimir Putin"))).containsExactly("vladimir putin", "Vladimir Putin");
        assertThat(texts(doc, named(ents, "Emmanuel Macron"))).containsExactly("Emmanuel Macron", "macron");
    }

    @Test
    void brokenMentionsDoNotThrow() {
        String text = "Angela Merkel spoke.";
        AnnotatedArticle good = EntityDocs.of("a13", text).mention("Angela Merkel", "PERSON").build();
        AnnotatedArticle bad = new AnnotatedArticle(good.article(), good.sentences(),
                List.of(new NamedMention(7, 0, 99, 5, 500, "x", "PERSON"), new NamedMention(0, 0, 2, 0, 13, "Angela Merkel", null)),
                List.of());
        assertThat(extractor.extract(bad).entities()).isEmpty();
        assertThat(extractor.extract(null).entities()).isEmpty();
    }

    @Test
    void firstNameAloneAndSurnameWithParticle() {
        String text = "Jean-Yves Le Drian flew in. Le Drian said France was ready. Xi Jinping listened. Xi nodded.";
        AnnotatedArticle doc = EntityDocs.of("a14", text)
                .mention("Jean-Yves Le Drian", "PERSON").mention("Le Drian", "PERSON", 1).mention("France", "COUNTRY")
                .mention("Xi Jinping", "PERSON").mention("Xi", "PERSON", 1)
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(texts(doc, named(ents, "Jean-Yves Le Drian"))).containsExactly("Jean-Yves Le Drian", "Le Drian");
        assertThat(texts(doc, named(ents, "Xi Jinping"))).containsExactly("Xi Jinping", "Xi");
    }

    @Test
    void organisationsTheKnowledgeBaseNamesAreFoundWhenTheAnnotatorMissesThem() {
        // an armed group and a civil-defence NGO from the knowledge base, untagged by the annotator
        String text = "Rebels of \"Jabhat al-Nusra\" shelled the town, and the White Helmets, rescuers, pulled people out. "
                + "Later HTS denied it. The Kremlin said nothing.";
        AnnotatedArticle doc = EntityDocs.of("a18", text).mention("Kremlin", "LOCATION").build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name)
                .containsExactly("Jabhat al-Nusra", "White Helmets", "HTS", "Kremlin");
        assertThat(named(ents, "Jabhat al-Nusra").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(ents, "Jabhat al-Nusra").actor().country()).isEqualTo("SYR");
        assertThat(named(ents, "White Helmets").actor().sector()).isEqualTo("NGO");
    }

    @Test
    void ordinaryCapitalisedWordsAreNotTakenForKnownOrganisations() {
        // "Security" and "Council" alone are no organisation; a sentence-initial common word is not one either
        String text = "Security was tight. Council members met.";
        AnnotatedArticle doc = EntityDocs.of("a19", text).build();
        assertThat(extractor.extract(doc).entities()).isEmpty();
    }

    @Test
    void spellingVariantsWithoutAFullNameStillJoin() {
        String text = "McCron spoke first. Then Makron spoke. Macron left early.";
        AnnotatedArticle doc = EntityDocs.of("a15", text)
                .mention("McCron", "PERSON").mention("Makron", "PERSON").mention("Macron", "PERSON")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).hasSize(1);
        assertThat(ents.entities().get(0).spans()).hasSize(3);
    }

    @Test
    void anAcronymInsideANameIsNotItsInitials() {
        String text = "The US Navy fired missiles. The UN condemned the strike.";
        AnnotatedArticle doc = EntityDocs.of("a16", text)
                .mention("US Navy", "ORGANIZATION").mention("UN", "ORGANIZATION")
                .build();
        // the knowledge base names the UN
        assertThat(extractor.extract(doc).entities()).extracting(ArticleEntity::name).containsExactly("US Navy", "United Nations");
    }

    @Test
    void placeNamesCutIntoPiecesAreJoined() {
        String text = "Ships sailed in the South China Sea. Leaders met in St. Petersburg on Friday.";
        AnnotatedArticle doc = EntityDocs.of("a17", text)
                .mention("South", "LOCATION").mention("China", "COUNTRY").mention("Sea", "LOCATION")
                .mention("St.", "LOCATION").mention("Petersburg", "CITY")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name).containsExactly("South China Sea", "St. Petersburg");
        assertThat(ents.entities()).allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void canonicalNamesKeepTheirWrittenCase() {
        String text = "Peter the Great founded the city. The House of Commons voted. MOSCOW replied. IKEA did not.";
        AnnotatedArticle doc = EntityDocs.of("a18", text)
                .mention("Peter the Great", "PERSON").mention("House of Commons", "ORGANIZATION")
                .mention("MOSCOW", "CITY").mention("IKEA", "ORGANIZATION")
                .build();
        assertThat(extractor.extract(doc).entities()).extracting(ArticleEntity::name)
                .containsExactly("Peter the Great", "House of Commons", "Moscow", "IKEA");
    }

    @Test
    void aMistypedSpellingVariantIsAPersonOnlyWhereASpeakerStands() {
        String text = "Francois Hollande flew to Holland on Monday. Later Hollande met the press. "
                + "Emmanuel Macron arrived. Makron said talks would go on.";
        AnnotatedArticle doc = EntityDocs.of("a19", text)
                .mention("Francois Hollande", "PERSON").mention("Holland", "LOCATION").mention("Hollande", "PERSON", 1)
                .mention("Emmanuel Macron", "PERSON").mention("Makron", "LOCATION")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        // "Holland" is a name the knowledge base gives a country: the country, never the president
        assertThat(ents.entities()).extracting(ArticleEntity::name)
                .containsExactly("Francois Hollande", "Netherlands", "Emmanuel Macron");
        assertThat(texts(doc, named(ents, "Emmanuel Macron"))).containsExactly("Emmanuel Macron", "Makron");
        assertThat(named(ents, "Netherlands").type()).isEqualTo(EntityType.COUNTRY);
    }

    @Test
    void aKnownPersonKeepsTheKnowledgeBaseSpellingOfTheFullName() {
        String text = "President of France Emmanuel Makron arrived. Makron said the talks went well.";
        AnnotatedArticle doc = EntityDocs.of("a21", text)
                .mention("Emmanuel Makron", "PERSON").mention("Makron", "PERSON", 1)
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::name).containsExactly("Emmanuel Macron");
        assertThat(ents.entities().get(0).variants()).containsExactly("Emmanuel Makron", "Makron");
    }

    @Test
    void aBareSurnameGoesToTheOneLastNamedInFull() {
        String text = "Bill Clinton spoke in Flint. Hillary Clinton was in Ohio. Voters cheered. The crowd was large. "
                + "Clinton promised jobs. Voters were unsure. Reporters waited. Clinton later left.";
        AnnotatedArticle doc = EntityDocs.of("a22", text)
                .mention("Bill Clinton", "PERSON").mention("Hillary Clinton", "PERSON")
                .mention("Clinton", "PERSON", 2).mention("Clinton", "PERSON", 3)
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(ArticleEntity::name)
                .containsExactly("Bill Clinton", "Hillary Clinton");
        assertThat(named(ents, "Hillary Clinton").spans()).hasSize(3);
        assertThat(named(ents, "Bill Clinton").spans()).hasSize(1);
    }

    @Test
    void aGivenNameTypedApartJoinsTheFullNameTheKnowledgeBaseKnows() {
        String text = "Putin also hosted his rival, Marine Le Pen, in March. Jean-Marie Le Pen was not there.";
        AnnotatedArticle doc = EntityDocs.of("a30", text)
                .mention("Marine", "ORGANIZATION").mention("Le Pen", "PERSON").mention("Jean-Marie Le Pen", "PERSON")
                .build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(ArticleEntity::name)
                .containsExactly("Marine Le Pen", "Jean-Marie Le Pen");
        assertThat(ents.entities()).extracting(ArticleEntity::name).doesNotContain("Marine");
    }

    @Test
    void aCapitalisedWordBeforeANameStaysApartWithoutEvidence() {
        String text = "Kremlin Putin spoke on Monday.";
        AnnotatedArticle doc = EntityDocs.of("a31", text).mention("Kremlin", "ORGANIZATION").mention("Putin", "PERSON").build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
        assertThat(ents.entities()).hasSize(2);
    }

    @Test
    void anOrganisationSplitByCaseIsJoinedWhenTheKnowledgeBaseKnowsIt() {
        String text = "The UN security Council met on Friday.";
        AnnotatedArticle doc = EntityDocs.of("a32", text).mention("UN", "ORGANIZATION").mention("Council", "ORGANIZATION").build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).hasSize(1);
        assertThat(ents.entities().get(0).actor().country()).isEqualTo("UNSC");
    }

    @Test
    void aMachinesNameAfterItsDesignationIsNotAPerson() {
        String text = "Aid arrived by the An-124 Ruslan aircraft.";
        AnnotatedArticle doc = EntityDocs.of("a33", text).mention("Ruslan", "PERSON").build();
        assertThat(extractor.extract(doc).entities()).extracting(ArticleEntity::type).containsExactly(EntityType.MISC);
    }

    @Test
    void aSeatOfPowerTypedAsAPersonIsAnOrganisationAndTheFifthRepublicIsFrance() {
        String text = "The Élysée said the Fifth Republic would answer.";
        AnnotatedArticle doc = EntityDocs.of("a34", text).mention("Élysée", "PERSON").mention("Fifth Republic", "LOCATION").build();
        ArticleEntities ents = extractor.extract(doc);
        assertThat(ents.entities()).extracting(ArticleEntity::type).containsExactly(EntityType.ORGANIZATION, EntityType.COUNTRY);
        assertThat(ents.entities().get(1).actor().country()).isEqualTo("FRA");
    }
}
