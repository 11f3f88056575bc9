package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.synthetic.SyntheticCorpus;

class SearchTest {
    @TempDir static Path dir;

    @BeforeAll static void fill() {
        // 60 articles, three a day from 2024-02-01; written in two runs, so the index is updated twice.
        SyntheticCorpus c = new SyntheticCorpus("s/", LocalDate.of(2024, 2, 1), 3);
        try (StoreSink sink = new StoreSink(dir)) {
            c.feed(sink, 0, 30, 0);
        }
        try (StoreSink sink = new StoreSink(dir)) {
            c.feed(sink, 30, 60, 0);
        }
    }

    private static SearchResult search(SearchRequest r) {
        try (Searcher s = Searcher.open(dir, "[", "]", false)) {
            return s.search(r);
        }
    }

    @Test void findsTextWithAHighlightedSnippetAndFilters() {
        SearchResult all = search(SearchRequest.of("grain exports", 100));
        assertThat(all.total()).isGreaterThan(0).isLessThan(60);
        assertThat(all.hits().get(0).snippet()).contains("[grain]").contains("[exports]");
        assertThat(all.hits().get(0).id()).startsWith("s/");

        SearchResult accuse = search(new SearchRequest("", "RUS", "ACCUSE", null, null, null, null, null, 0, 100, true));
        assertThat(accuse.total()).isPositive();
        assertThat(accuse.hits()).allSatisfy(h -> assertThat(h.title()).contains("accused").contains("Russia"));
        assertThat(accuse.facets().get("type")).extracting(SearchResult.FacetCount::value).contains("ACCUSE");

        SearchResult dated = search(new SearchRequest("", null, null, null, null, null, LocalDate.of(2024, 2, 3),
                LocalDate.of(2024, 2, 4), 0, 100, false));
        assertThat(dated.total()).isEqualTo(6);
        assertThat(dated.hits()).allSatisfy(h -> assertThat(h.date()).isIn("2024-02-03", "2024-02-04"));
    }

    @Test void quotationsAndSpeakersAreSearchable() {
        SearchResult q = search(new SearchRequest("\"our own time\"", null, null, null, "Minister Li Wen", null, null, null, 0, 10, true));
        assertThat(q.total()).isEqualTo(5);
        assertThat(q.facets().get("speaker")).extracting(SearchResult.FacetCount::value).containsExactly("Minister Li Wen");
    }

    @Test void pagingAndRebuildGiveTheSameAnswers() {
        SearchResult first = search(new SearchRequest("", null, null, null, null, null, null, null, 0, 10, false));
        SearchResult second = search(new SearchRequest("", null, null, null, null, null, null, null, 10, 10, false));
        assertThat(first.total()).isEqualTo(60);
        assertThat(second.hits()).hasSize(10).doesNotContainAnyElementsOf(first.hits());
        try (Store s = Store.openReadOnly(dir); SearchIndex index = SearchIndex.openForWriting(dir)) {
            assertThat(index.rebuild(s)).isEqualTo(60);
        }
        assertThat(search(SearchRequest.of("", 1)).total()).isEqualTo(60);
    }

    @Test void aBadQueryIsTheCallersError() {
        assertThatThrownBy(() -> search(SearchRequest.of("title:(unclosed", 5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the query");
    }
}
