package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Span;

class EntityLinkerTest {

    /** An article and its entities, built from "name|TYPE|COUNTRY/SECTOR" lines whose names occur in the text. */
    private record Doc(Article article, ArticleEntities entities) {}

    private static Doc doc(String id, LocalDate date, String text, Object... entities) {
        Article a = new Article(id, id + ".txt", null, "test", null, date, "metadata", "en", null, text, List.of(), null);
        List<ArticleEntity> out = new ArrayList<>();
        for (int i = 0; i < entities.length; i += 4) {
            String name = (String) entities[i];
            EntityType type = (EntityType) entities[i + 1];
            Actor actor = (Actor) entities[i + 2];
            String[] variants = ((String) entities[i + 3]).split("\\|");
            List<Span> spans = new ArrayList<>();
            for (String v : variants) { // longer variants first in each line, so "Macron" inside "Emmanuel Macron" is skipped
                for (int at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
                    Span s = new Span(at, at + v.length());
                    if (spans.stream().noneMatch(s::overlaps)) spans.add(s);
                }
            }
            List<String> normalised = new ArrayList<>();
            for (String v : variants) normalised.add(v.replaceAll("\\s+", " "));
            out.add(new ArticleEntity(id + "#e" + (i / 4 + 1), name, type, actor, normalised, spans));
        }
        return new Doc(a, new ArticleEntities(out));
    }

    private static Map<String, String> link(EntityLinker linker, Doc d) { return linker.link(d.article(), d.entities()); }

    private static Entity entity(EntityLinker linker, String id) {
        return linker.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static final LocalDate D = LocalDate.of(2017, 5, 30);

    @Test
    void machineTranslatedSpellingInOneArticleLinksToTheFullNameInAnother() {
        EntityLinker linker = new EntityLinker();
        Doc a = doc("A", D, "\"The mechanism works,\" Makron said in Paris.",
                "Makron", EntityType.PERSON, null, "Makron",
                "Paris", EntityType.LOCATION, null, "Paris");
        Doc b = doc("B", D, "French President Emmanuel Macron met Vladimir Putin. Macron smiled.",
                "Emmanuel Macron", EntityType.PERSON, Actor.of("FRA", "GOV"), "Emmanuel Macron|Macron",
                "Vladimir Putin", EntityType.PERSON, Actor.of("RUS", "GOV"), "Vladimir Putin");
        Map<String, String> ma = link(linker, a);
        Map<String, String> mb = link(linker, b);
        assertThat(ma).containsEntry("A#e1", "E1").containsEntry("A#e2", "E2");
        assertThat(mb).containsEntry("B#e1", "E1").containsEntry("B#e2", "E3");

        Entity macron = entity(linker, "E1");
        assertThat(macron.name()).isEqualTo("Emmanuel Macron");
        assertThat(macron.type()).isEqualTo(EntityType.PERSON);
        assertThat(macron.actor()).isEqualTo(Actor.of("FRA", "GOV"));
        assertThat(macron.variants()).contains("Makron", "Emmanuel Macron", "Macron");
        assertThat(macron.mentions()).extracting(Mention::article).containsExactly("A", "B", "B");
        assertThat(macron.mentions()).extracting(Mention::text).containsExactly("Makron", "Emmanuel Macron", "Macron");
        assertThat(linker.entities()).hasSize(3);
    }

    @Test
    void aCountryDisagreementNeverSplitsOnePersonAndTheOtherCodeIsKept() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "Sergei Lavrov spoke.", "Sergei Lavrov", EntityType.PERSON, Actor.of("RUS", "GOV"), "Sergei Lavrov"));
        link(linker, doc("B", D, "Sergei Lavrov spoke.", "Sergei Lavrov", EntityType.PERSON, Actor.of("UKR", "GOV"), "Sergei Lavrov"));
        Map<String, String> c = link(linker, doc("C", D, "Sergei Lavrov spoke.", "Sergei Lavrov", EntityType.PERSON, Actor.of("RUS", "GOV"), "Sergei Lavrov"));
        assertThat(c).containsEntry("C#e1", "E1");
        assertThat(entity(linker, "E1").actor()).isEqualTo(Actor.of("RUS", "GOV"));
        assertThat(entity(linker, "E1").otherActors()).containsExactly(Actor.of("UKR", "GOV"));
        assertThat(entity(linker, "E1").actorUndated()).isNull();
    }

    @Test
    void aPersonCodedOnlyByUndatedArticlesIsMarked() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", null, "Sergei Lavrov spoke.", "Sergei Lavrov", EntityType.PERSON, Actor.of("RUS", "GOV"), "Sergei Lavrov"));
        assertThat(entity(linker, "E1").actorUndated()).isTrue();
    }

    @Test
    void fullNameFirstThenVariantLinksToo() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("B", D, "Emmanuel Macron spoke.", "Emmanuel Macron", EntityType.PERSON, null, "Emmanuel Macron"));
        Map<String, String> m = link(linker, doc("A", D, "McCron added that talks went well.",
                "McCron", EntityType.PERSON, null, "McCron"));
        assertThat(m).containsEntry("A#e1", "E1");
        assertThat(entity(linker, "E1").name()).isEqualTo("Emmanuel Macron");
    }

    @Test
    void peopleSharingASurnameStayApartAndABareSurnameDoesNotGuess() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "George Bush spoke. Bush left.", "George Bush", EntityType.PERSON, null, "George Bush|Bush"));
        Map<String, String> b = link(linker, doc("B", D, "Jeb Bush spoke. Bush left.", "Jeb Bush", EntityType.PERSON, null, "Jeb Bush|Bush"));
        Map<String, String> c = link(linker, doc("C", D, "Bush spoke.", "Bush", EntityType.PERSON, null, "Bush"));
        Map<String, String> d = link(linker, doc("D", D, "George W. Bush spoke.", "George W. Bush", EntityType.PERSON, null, "George W. Bush"));
        assertThat(b).containsEntry("B#e1", "E2");
        assertThat(c).containsEntry("C#e1", "E3");
        assertThat(d).containsEntry("D#e1", "E1");
        assertThat(entity(linker, "E1").name()).isEqualTo("George W. Bush");
    }

    @Test
    void bareSurnameJoinsTheOnlyFullNameAndAFullNameAdoptsABareSurname() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "Macron spoke.", "Macron", EntityType.PERSON, null, "Macron"));
        Map<String, String> b = link(linker, doc("B", D, "Emmanuel Macron spoke.", "Emmanuel Macron", EntityType.PERSON, null, "Emmanuel Macron"));
        Map<String, String> c = link(linker, doc("C", D, "macron spoke.", "Macron", EntityType.PERSON, null, "macron"));
        Map<String, String> d = link(linker, doc("D", D, "Brigitte Macron spoke.", "Brigitte Macron", EntityType.PERSON, null, "Brigitte Macron"));
        assertThat(b).containsEntry("B#e1", "E1");
        assertThat(c).containsEntry("C#e1", "E1");
        assertThat(d).containsEntry("D#e1", "E2");
        Map<String, String> e = link(linker, doc("E", D, "Macron spoke.", "Macron", EntityType.PERSON, null, "Macron"));
        assertThat(e).containsEntry("E#e1", "E3"); // two Macrons known: a bare surname does not guess
    }

    @Test
    void actorCountriesMustAgree() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "The Socialist Party said.", "Socialist Party", EntityType.ORGANIZATION, Actor.of("RUS", "GOV"), "Socialist Party"));
        Map<String, String> b = link(linker, doc("B", D, "The Socialist Party said.", "Socialist Party", EntityType.ORGANIZATION, Actor.of("FRA", "GOV"), "Socialist Party"));
        Map<String, String> c = link(linker, doc("C", D, "The Socialist Party said.", "Socialist Party", EntityType.ORGANIZATION, null, "Socialist Party"));
        assertThat(b).containsEntry("B#e1", "E2");
        assertThat(c.get("C#e1")).isIn("E1", "E2");
    }

    @Test
    void countriesLinkByCodeAndOrganisationsByAcronym() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "Russia and NATO.", "Russia", EntityType.COUNTRY, Actor.of("RUS", null), "Russia",
                "NATO", EntityType.ORGANIZATION, Actor.of("IGO", null), "NATO"));
        Map<String, String> b = link(linker, doc("B", D, "The Russian Federation and the North Atlantic Treaty Organization.",
                "Russian Federation", EntityType.COUNTRY, Actor.of("RUS", null), "Russian Federation",
                "North Atlantic Treaty Organization", EntityType.ORGANIZATION, null, "North Atlantic Treaty Organization"));
        assertThat(b).containsEntry("B#e1", "E1").containsEntry("B#e2", "E2");
        assertThat(entity(linker, "E1").variants()).containsExactly("Russia", "Russian Federation");
    }

    @Test
    void actorComesFromTheLatestArticleAtTheMostSpecificLevel() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("late", LocalDate.of(2017, 6, 1), "Emmanuel Macron spoke.", "Emmanuel Macron", EntityType.PERSON, Actor.of("FRA", "GOV"), "Emmanuel Macron"));
        link(linker, doc("early", LocalDate.of(2017, 4, 1), "Emmanuel Macron spoke.", "Emmanuel Macron", EntityType.PERSON, Actor.of("FRA", "OPP"), "Emmanuel Macron"));
        link(linker, doc("vague", LocalDate.of(2018, 1, 1), "Emmanuel Macron spoke.", "Emmanuel Macron", EntityType.PERSON, Actor.of("FRA", null), "Emmanuel Macron"));
        assertThat(linker.entities()).hasSize(1);
        assertThat(linker.entities().get(0).actor()).isEqualTo(Actor.of("FRA", "GOV"));
    }

    @Test
    void entitiesKeptApartInOneArticleStayApart() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "Emmanuel Macron spoke.", "Emmanuel Macron", EntityType.PERSON, null, "Emmanuel Macron"));
        Map<String, String> b = link(linker, doc("B", D, "Macron and Makron.",
                "Macron", EntityType.PERSON, null, "Macron", "Makron", EntityType.PERSON, null, "Makron"));
        assertThat(b.get("B#e1")).isEqualTo("E1");
        assertThat(b.get("B#e2")).isNotEqualTo("E1");
    }

    @Test
    void mentionsKeepTheOriginalTextAcrossLineBreaks() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "President Francois\nHollande said.", "Francois Hollande", EntityType.PERSON, null, "Francois\nHollande"));
        Entity e = linker.entities().get(0);
        assertThat(e.variants()).containsExactly("Francois Hollande");
        assertThat(e.mentions()).containsExactly(new Mention("A", 10, 27, "Francois\nHollande"));
    }

    @Test
    void badInputGivesEmptyMaps() {
        EntityLinker linker = new EntityLinker();
        Doc a = doc("A", D, "Nothing here.");
        assertThat(linker.link(a.article(), null)).isEmpty();
        assertThat(linker.link(null, a.entities())).isEmpty();
        assertThat(linker.link(a.article(), ArticleEntities.none())).isEmpty();
        assertThat(linker.entities()).isEmpty();
    }

    @Test
    void concurrentCallersGetOneConsistentCorpus() throws Exception {
        EntityLinker linker = new EntityLinker();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Map<String, String>>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Doc d = doc("N" + i, D, "Emmanuel Macron met Angela Merkel.",
                    "Emmanuel Macron", EntityType.PERSON, null, "Emmanuel Macron",
                    "Angela Merkel", EntityType.PERSON, null, "Angela Merkel");
            results.add(pool.submit(() -> link(linker, d)));
        }
        for (Future<Map<String, String>> f : results) assertThat(f.get()).hasSize(2);
        pool.shutdown();
        assertThat(linker.entities()).hasSize(2);
        assertThat(linker.entities()).allSatisfy(e -> assertThat(e.mentions()).hasSize(40));
    }

    @Test
    void genericInstitutionsLinkOnlyWithinOneCountry() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "The Interior Ministry said.", "Interior Ministry", EntityType.ORGANIZATION, null, "Interior Ministry"));
        Map<String, String> b = link(linker, doc("B", D, "The Interior Ministry said.", "Interior Ministry", EntityType.ORGANIZATION, null, "Interior Ministry"));
        Map<String, String> c = link(linker, doc("C", D, "The Interior Ministry said.", "Interior Ministry", EntityType.ORGANIZATION, Actor.of("BLR", "GOV"), "Interior Ministry"));
        Map<String, String> d = link(linker, doc("D", D, "The interior ministry said.", "Interior Ministry", EntityType.ORGANIZATION, Actor.of("BLR", "GOV"), "interior ministry"));
        Map<String, String> e = link(linker, doc("E", D, "The Interior Ministry said.", "Interior Ministry", EntityType.ORGANIZATION, Actor.of("FRA", "GOV"), "Interior Ministry"));
        assertThat(b.get("B#e1")).isEqualTo("E2");
        assertThat(c.get("C#e1")).isEqualTo("E3");
        assertThat(d.get("D#e1")).isEqualTo("E3");
        assertThat(e.get("E#e1")).isEqualTo("E4");
    }

    @Test
    void anAcronymInsideANameIsNotItsInitials() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "The United Nations met.", "United Nations", EntityType.ORGANIZATION, null, "United Nations"));
        Map<String, String> b = link(linker, doc("B", D, "The US Navy sailed. The UN met.",
                "US Navy", EntityType.ORGANIZATION, null, "US Navy", "UN", EntityType.ORGANIZATION, null, "UN"));
        assertThat(b).containsEntry("B#e1", "E2").containsEntry("B#e2", "E1");
    }

    @Test
    void theShownTypeIsTheOneMostArticlesGave() {
        EntityLinker linker = new EntityLinker();
        link(linker, doc("A", D, "The Kremlin said.", "Kremlin", EntityType.LOCATION, null, "Kremlin"));
        link(linker, doc("B", D, "The Kremlin said.", "Kremlin", EntityType.ORGANIZATION, null, "Kremlin"));
        link(linker, doc("C", D, "The Kremlin said.", "Kremlin", EntityType.ORGANIZATION, null, "Kremlin"));
        assertThat(linker.entities()).hasSize(1);
        assertThat(linker.entities().get(0).type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(linker.entities().get(0).mentions()).hasSize(3);
    }
}
