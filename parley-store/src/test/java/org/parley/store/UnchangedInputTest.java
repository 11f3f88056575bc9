package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Parley;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.clean.CleanText;
import org.parley.read.ArticleReader;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;

/** A rerun over a real DuckDB store: unchanged inputs are skipped before annotation and counted as unchanged. */
class UnchangedInputTest {
    @TempDir Path dir;

    private final AtomicInteger annotated = new AtomicInteger();

    /** Finds nothing; counts the articles it is given. */
    private final Annotator counting = new Annotator() {
        @Override public AnnotatedArticle annotate(CleanText clean) {
            annotated.incrementAndGet();
            return new AnnotatedArticle(clean.article(), List.of(), List.of(), List.of());
        }
    };

    private BatchSummary run(Path in, Path store) {
        Parley parley = Parley.builder().annotator(counting).build();
        return new BatchRunner(parley, new ArticleReader()).withSink(StoreSink::new)
                .run(new BatchRunner.Options(List.of(in), store, 2, false));
    }

    private Map<String, Long> counts(Path store) {
        try (Store s = Store.openReadOnly(store)) {
            return s.counts();
        }
    }

    @Test void aRerunSkipsUnchangedArticlesBeforeAnalysisAndAChangedOneIsAnalysedAgain() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Ministers met in Geneva on Tuesday to discuss trade question number " + i
                    + " and agreed to continue their talks next month in another city of the region.");
        }
        Path store = dir.resolve("store");

        BatchSummary first = run(in, store);
        assertThat(first.analysed()).isEqualTo(5);
        assertThat(first.unchanged()).isZero();
        assertThat(annotated.get()).isEqualTo(5);
        Map<String, Long> after1 = counts(store);

        BatchSummary second = run(in, store);
        assertThat(second.analysed()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(second.oneLine()).contains("5 unchanged articles already stored");
        assertThat(annotated.get()).as("nothing annotated again").isEqualTo(5);
        assertThat(counts(store)).isEqualTo(after1);

        Files.writeString(in.resolve("a3.txt"), "Ministers met in Bern on Wednesday and could not agree on anything at all, officials said later.");
        BatchSummary third = run(in, store);
        assertThat(third.analysed()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(4);
        assertThat(annotated.get()).isEqualTo(6);
        assertThat(counts(store)).isEqualTo(after1);
        try (Store s = Store.openReadOnly(store);
             var st = s.connection().createStatement();
             var rs = st.executeQuery("SELECT articles_written, articles_unchanged FROM runs ORDER BY id")) {
            int[][] expected = {{5, 0}, {0, 5}, {1, 4}};
            for (int[] e : expected) {
                assertThat(rs.next()).isTrue();
                assertThat(new int[] {rs.getInt(1), rs.getInt(2)}).containsExactly(e);
            }
        }
    }

    @Test void aStoreOfSchemaOneGetsInputHashesOnTheFirstRerunAndSkipsOnTheNext() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The foreign ministry issued a statement on Monday about the talks with its neighbours.");
        Path store = dir.resolve("store");
        run(in, store);
        try (Store s = Store.openForWriting(store); var st = s.connection().createStatement()) {
            st.execute("UPDATE articles SET input_hash = NULL"); // as a store migrated from schema 1 has it
        }
        run(in, store); // analysed again, then found unchanged by its content hash: its input hash is kept now
        assertThat(annotated.get()).isEqualTo(2);
        assertThat(counts(store)).containsEntry("articles", 1L);
        assertThat(run(in, store).unchanged()).isEqualTo(1); // now skipped before analysis
        assertThat(annotated.get()).isEqualTo(2);
    }
}
