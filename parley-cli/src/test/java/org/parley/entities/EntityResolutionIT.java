package org.parley.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ArticleAnalysis;
import org.parley.Parley;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.link.EntityLinker;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Span;

/**
 * Entity resolution end to end with the real CoreNLP annotator, on short news stories written for
 * this test: one person under four spellings, a name broken by a hard wrap, pronouns, two brothers,
 * and a machine-translated spelling linked to the full name in another article.
 */
class EntityResolutionIT {

    static final String SUMMIT = """
            VERSAILLES (Parley Wire) — French President Emmanuel Macron received Russian President Vladimir Putin at the palace of Versailles on Monday for talks both sides called frank.

            Macron told reporters that the two leaders had spoken at length about Syria and Ukraine. "We do not agree on everything, but we talk," he said.

            According to a Russian readout of the meeting, Makron stressed that France wanted a new dialogue with Moscow on the fight against terrorism.

            Putin and the macron also agreed to set up a forum for civil society, the Kremlin said in a statement.

            "Nothing will change overnight, but we have started," McCron added.
            """;

    static final String WRAPPED = """
            PARIS (Parley Wire) — France will keep its air campaign in
            Syria going for as long as it takes, President Francois
            Hollande told a meeting of ambassadors in Paris on Tuesday.
            The president said the attacks on French cities had changed
            the way the country saw the war, and he asked parliament to
            extend the state of emergency by another three months. His
            prime minister is expected to present the bill next week.
            Hollande also said he would travel to Washington and Moscow
            before the end of the month to push for a broader coalition.
            """;

    static final String BROTHERS = """
            COLUMBIA, South Carolina (Parley Wire) — Former President George W. Bush campaigned on Saturday for his younger brother Jeb Bush, making his first appearance of the election season.

            Jeb Bush told supporters in Columbia that he was proud of his family. "My brother kept this country safe," Bush said, to loud applause.

            George Bush spoke for about twenty minutes and did not mention the other candidates by name.
            """;

    static final String TRANSLATED = """
            MOSCOW — The President of France Makron said on Thursday that Paris was ready to resume work on a joint security agenda with Russia.

            Makron added that the foreign ministers of the two countries would meet in the autumn.
            """;

    static final String ORIGINAL = """
            PARIS (Parley Wire) — French President Emmanuel Macron said on Friday that he hoped to meet his Russian counterpart before the end of the year.

            Macron spoke after a cabinet meeting at the Elysee palace.
            """;

    static Parley parley;
    static final Map<String, ArticleAnalysis> RESULTS = new LinkedHashMap<>();
    static final EntityLinker LINKER = new EntityLinker();
    static final Map<String, Map<String, String>> GLOBAL_IDS = new LinkedHashMap<>();

    @BeforeAll
    static void analyse() {
        parley = Parley.builder().annotator(new CoreNlpAnnotator()).build();
        for (Map.Entry<String, String> fixture : Map.of("summit", SUMMIT, "wrapped", WRAPPED, "brothers", BROTHERS,
                "translated", TRANSLATED, "original", ORIGINAL).entrySet()) {
            Article a = new Article(fixture.getKey(), fixture.getKey() + ".txt", null, "Parley Wire", null,
                    LocalDate.of(2017, 5, 30), "metadata", "en", null, fixture.getValue(), List.of(), null);
            RESULTS.put(fixture.getKey(), parley.analyze(a));
        }
        // link in a fixed order: the translated spelling first, the full name later
        for (String id : List.of("translated", "original", "summit", "wrapped", "brothers")) {
            ArticleAnalysis r = RESULTS.get(id);
            GLOBAL_IDS.put(id, LINKER.link(r.article(), r.entities()));
        }
    }

    @AfterAll
    static void close() {
        if (parley != null) parley.annotator().close();
    }

    static List<ArticleEntity> entities(String id) { return RESULTS.get(id).entities().entities(); }

    static ArticleEntity named(String id, String name) {
        return entities(id).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + entities(id)));
    }

    static List<String> texts(String id, ArticleEntity e) {
        String text = RESULTS.get(id).article().text();
        return e.spans().stream().map(s -> s.of(text)).toList();
    }

    @Test
    void fourSpellingsOfMacronAreOneEntity() {
        ArticleEntity macron = named("summit", "Emmanuel Macron");
        assertThat(texts("summit", macron)).containsExactly("Emmanuel Macron", "Macron", "Makron", "macron", "McCron");
        assertThat(entities("summit")).noneMatch(e -> e != macron
                && e.variants().stream().anyMatch(v -> v.equalsIgnoreCase("Macron") || v.equals("Makron") || v.equals("McCron")));
        assertThat(texts("summit", named("summit", "Vladimir Putin"))).containsExactly("Vladimir Putin", "Putin");
    }

    @Test
    void aNameAcrossAHardWrapIsOneMention() {
        ArticleEntity hollande = named("wrapped", "Francois Hollande");
        assertThat(texts("wrapped", hollande)).containsExactly("Francois\nHollande", "Hollande");
        assertThat(hollande.variants()).containsExactly("Francois Hollande", "Hollande");
    }

    @Test
    void pronounsAreNeverEntities() {
        for (String id : RESULTS.keySet()) {
            String text = RESULTS.get(id).article().text();
            for (ArticleEntity e : entities(id)) {
                assertThat(e.name().toLowerCase()).isNotIn("he", "his", "him", "she", "her", "they", "president");
                for (Span s : e.spans()) assertThat(s.of(text).toLowerCase()).isNotIn("he", "his", "him", "we");
            }
        }
    }

    @Test
    void twoBushesAreNotMerged() {
        ArticleEntity george = named("brothers", "George W. Bush");
        ArticleEntity jeb = named("brothers", "Jeb Bush");
        assertThat(texts("brothers", george)).containsExactly("George W. Bush", "George Bush");
        assertThat(texts("brothers", jeb)).startsWith("Jeb Bush", "Jeb Bush");
        Map<String, String> ids = GLOBAL_IDS.get("brothers");
        assertThat(ids.get(george.localId())).isNotEqualTo(ids.get(jeb.localId()));
    }

    @Test
    void aTranslatedSpellingInOneArticleLinksToTheFullNameInAnother() {
        ArticleEntity makron = named("translated", "Makron");
        ArticleEntity macron = named("original", "Emmanuel Macron");
        String global = GLOBAL_IDS.get("translated").get(makron.localId());
        assertThat(GLOBAL_IDS.get("original").get(macron.localId())).isEqualTo(global);
        assertThat(GLOBAL_IDS.get("summit").get(named("summit", "Emmanuel Macron").localId())).isEqualTo(global);
        Entity e = LINKER.entities().stream().filter(x -> x.id().equals(global)).findFirst().orElseThrow();
        assertThat(e.name()).isEqualTo("Emmanuel Macron");
        assertThat(e.variants()).contains("Makron", "Emmanuel Macron", "Macron", "macron", "McCron");
        assertThat(e.mentions()).extracting(m -> m.article()).contains("translated", "original", "summit");
        assertThat(LINKER.entities()).filteredOn(x -> x.name().equals("Vladimir Putin")).hasSize(1);
    }
}
