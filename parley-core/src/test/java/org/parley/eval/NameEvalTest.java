package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.NameEval.GoldMention;
import org.parley.eval.NameEval.Predicted;
import org.parley.eval.NameEval.Report;
import org.parley.eval.NameEval.Scope;
import org.parley.model.EntityType;
import org.parley.model.Span;

class NameEvalTest {
    @TempDir Path dir;

    private static GoldMention g(String file, int start, int end, String key) {
        return new GoldMention(file, new Span(start, end), key, EntityType.PERSON);
    }

    private static Predicted p(String file, int start, int end, String entity, String name) {
        return new Predicted(file, new Span(start, end), entity, name, EntityType.PERSON);
    }

    // Three mentions of person A, one of her husband B, one of C that nothing found; the system
    // splits A and puts her third mention with B, and finds one name the gold does not have.
    private static final List<GoldMention> GOLD = List.of(
            g("x.txt", 0, 15, "Ann Lee"), g("x.txt", 20, 23, "Ann Lee"), g("x.txt", 40, 43, "Ann Lee"),
            g("x.txt", 60, 67, "Bob Lee"), g("x.txt", 80, 85, "Cy Roe"));
    private static final List<Predicted> PRED = List.of(
            p("x.txt", 0, 15, "e1", "Ann Lee"), p("x.txt", 20, 23, "e1", "Ann Lee"),
            p("x.txt", 38, 43, "e2", "Lee"), p("x.txt", 56, 67, "e2", "Lee"),
            p("x.txt", 90, 95, "e3", "Dee"), p("other.txt", 0, 5, "e9", "Zed"));

    @Test void pairwiseAndBCubedOnAHandCountedFixture() {
        Report r = NameEval.score(GOLD, PRED, Scope.ARTICLE);
        assertThat(r.mentions()).isEqualTo(5);
        assertThat(r.found()).isEqualTo(4);
        // gold pairs: 3 within Ann; predicted pairs: e1 (1) + e2 (1); right: the e1 pair only
        assertThat(r.goldPairs()).isEqualTo(3);
        assertThat(r.predictedPairs()).isEqualTo(2);
        assertThat(r.bothPairs()).isEqualTo(1);
        assertThat(r.pairPrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.pairRecall()).isCloseTo(1 / 3.0, within(1e-9));
        // B-cubed per mention (P, R): (1, 2/3) (1, 2/3) (1/2, 1/3) (1/2, 1) and the missed singleton (1, 1)
        assertThat(r.b3Precision()).isCloseTo(4.0 / 5, within(1e-9));
        assertThat(r.b3Recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1 + 1) / 5, within(1e-9));
        assertThat(r.persons()).isEqualTo(1);      // only Ann has 2+ found mentions
        assertThat(r.splitPersons()).isEqualTo(1);
        assertThat(r.entities()).isEqualTo(2);
        assertThat(r.mergingEntities()).isEqualTo(1);
        assertThat(r.predictedSpans()).isEqualTo(5);   // the other article's mention is not counted
        assertThat(r.spuriousSpans()).isEqualTo(1);
        assertThat(r.typeAgrees()).isEqualTo(4);
        assertThat(r.nameMisses()).singleElement().satisfies(m -> assertThat(m.name()).isEqualTo("Lee"));
        assertThat(r.format()).contains("pairwise P / R / F1    50.0 /  33.3 /  40.0");
    }

    @Test void corpusScopeComparesPairsAcrossArticles() {
        List<GoldMention> gold = List.of(g("a.txt", 0, 3, "Ann Lee"), g("b.txt", 0, 3, "Ann Lee"));
        List<Predicted> same = List.of(p("a.txt", 0, 3, "E1", "Ann Lee"), p("b.txt", 0, 3, "E1", "Ann Lee"));
        assertThat(NameEval.score(gold, same, Scope.CORPUS).pairRecall()).isEqualTo(1.0);
        // the same ids scored per article: no pair exists within an article
        assertThat(NameEval.score(gold, same, Scope.ARTICLE).goldPairs()).isZero();
        List<Predicted> apart = List.of(p("a.txt", 0, 3, "E1", "Ann Lee"), p("b.txt", 0, 3, "E2", "Ann Lee"));
        assertThat(NameEval.score(gold, apart, Scope.CORPUS).splitPersons()).isEqualTo(1);
        // a person found inside a LOCATION entity counts as found, not as the right type
        List<Predicted> asPlace = List.of(new Predicted("a.txt", new Span(0, 3), "E1", "Ann Lee", EntityType.LOCATION));
        NameEval.Report r = NameEval.score(gold, asPlace, Scope.CORPUS);
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.typeAgrees()).isZero();
    }

    @Test void longestOverlapWinsAndNamesIgnoreCaseAccentsAndStops() {
        List<Predicted> a = NameEval.align(List.of(g("x.txt", 10, 20, "K")),
                List.of(p("x.txt", 0, 12, "short", "s"), p("x.txt", 14, 30, "long", "l")));
        assertThat(a).singleElement().extracting(Predicted::entity).isEqualTo("long");
        assertThat(NameEval.wellFormed("Donald J. Trump", "Donald Trump")).isTrue();
        assertThat(NameEval.wellFormed("JOSÉ Lopez", "José López")).isTrue();
        assertThat(NameEval.wellFormed("Emmanuel Makron", "Emmanuel Macron")).isFalse();
    }

    @Test void readsTheTsvAndRejectsOtherTypes() throws IOException {
        Path f = dir.resolve("g.tsv");
        Files.writeString(f, "# file, start, end, gold_key, type\nx.txt\t0\t3\tAnn Lee\tPERSON\nx.txt\t5\t8\tAcme\tORGANIZATION\n");
        assertThat(NameEval.read(f)).extracting(GoldMention::type).containsExactly(EntityType.PERSON, EntityType.ORGANIZATION);
        Files.writeString(f, "x.txt\t0\t3\tParis\tLOCATION\n");
        assertThatThrownBy(() -> NameEval.read(f)).isInstanceOf(IOException.class).hasMessageContaining(":1:");
    }
}
