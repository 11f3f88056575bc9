package org.parley.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Parley;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.clean.CleanText;
import org.parley.read.ArticleReader;

/** Batch behaviour without CoreNLP: a stub annotator, real reading, linking and writing. */
class BatchRunnerTest {
    @TempDir Path dir;

    /** Finds nothing; fails on any article that contains "BOOM". */
    static final Annotator STUB = new Annotator() {
        @Override public AnnotatedArticle annotate(CleanText clean) {
            if (clean.original().contains("BOOM")) throw new IllegalStateException("annotator exploded");
            return new AnnotatedArticle(clean.article(), List.of(), List.of(), List.of());
        }
    };

    private BatchSummary run(Path in, Path out, int threads) {
        Parley parley = Parley.builder().annotator(STUB).build();
        return new BatchRunner(parley, new ArticleReader()).run(new BatchRunner.Options(List.of(in), out, threads, false));
    }

    private void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test void badFilesAndFailingArticlesAreSkippedWithAReasonAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) {
            write(in.resolve("a" + i + ".txt"), "Ministers from both countries met in Geneva on Tuesday to discuss trade number " + i
                    + " and agreed to continue their talks next month in another city of the region.");
        }
        write(in.resolve("b_empty.txt"), "");
        Files.write(in.resolve("c_binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0});
        write(in.resolve("d_boom.txt"), "The BOOM article makes the annotator fail, and the batch must carry on regardless of it.");
        write(in.resolve("e_lines.jsonl"), "{\"id\":\"x1\",\"text\":\"A statement was issued by the foreign ministry on Monday about the talks.\"}\n"
                + "{not json\n"
                + "{\"id\":\"x2\",\"text\":\"The defence minister visited troops near the border on Friday, officials said.\"}\n");
        Path out = dir.resolve("out");

        BatchSummary s = run(in, out, 2);

        assertThat(s.analysed()).isEqualTo(8);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.skipped()).isEqualTo(3);
        List<String> skipped = Files.readAllLines(out.resolve("skipped.jsonl"));
        assertThat(skipped).hasSize(4);
        assertThat(String.join("\n", skipped)).contains("b_empty.txt", "c_binary.txt", "failed in annotate", "annotator exploded", "\"stage\":\"ANNOTATE\"", "line 2");
        List<String> articles = Files.readAllLines(out.resolve("articles.jsonl"));
        assertThat(articles).hasSize(8);
        // input order is kept whatever the thread count
        assertThat(articles.get(0)).contains("\"id\":\"a0.txt\"");
        assertThat(articles.get(5)).contains("\"id\":\"a5.txt\"");
        assertThat(articles.get(6)).contains("\"id\":\"x1\"");
        assertThat(Files.exists(out.resolve("entities.jsonl"))).isTrue();
        assertThat(Files.exists(out.resolve("events.jsonl"))).isTrue();
    }

    @Test void nothingReadableMeansNothingAnalysed() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in.resolve("empty.txt"), "");
        BatchSummary s = run(in, dir.resolve("out"), 1);
        assertThat(s.analysed()).isZero();
        assertThat(s.skipped()).isEqualTo(1);
    }

    /** A corpus stage plugged in from outside sees every analysed article in input order and writes through the sink. */
    @Test void anAddedCorpusStageSeesEveryArticleInOrderAndFinishesAfterEvents() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 5; i++) {
            write(in.resolve("a" + i + ".txt"), "Delegations met in Vienna on Monday for round " + i
                    + " of the talks on the nuclear programme, officials of both sides said afterwards.");
        }
        write(in.resolve("b_empty.txt"), "");
        List<String> seen = new java.util.ArrayList<>();
        int[] eventsSeenAtFinish = {-1};
        org.parley.corpus.CorpusStage probe = new org.parley.corpus.CorpusStage() {
            @Override public String name() { return "probe"; }
            @Override public void accept(org.parley.corpus.LinkedArticle a) { seen.add(a.article().id()); }
            @Override public org.parley.corpus.CorpusResults finish(org.parley.corpus.CorpusResults soFar,
                                                                    org.parley.write.ResultSink sink) {
                eventsSeenAtFinish[0] = soFar.events().size();
                sink.records("probe", List.of(java.util.Map.of("articles", seen.size())));
                return soFar;
            }
        };
        Parley parley = Parley.builder().annotator(STUB).build();
        Path out = dir.resolve("out");
        new BatchRunner(parley, new ArticleReader()).withStage(() -> probe)
                .run(new BatchRunner.Options(List.of(in), out, 2, false));

        assertThat(seen).containsExactly("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt");
        assertThat(eventsSeenAtFinish[0]).isZero();
        assertThat(Files.readAllLines(out.resolve("probe.jsonl"))).containsExactly("{\"articles\":5}");
    }

    @Test void aCorpusStageFailingOnOneArticleIsReportedForItAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 3; i++) write(in.resolve("a" + i + ".txt"), "Delegations met in Vienna on Monday for round " + i
                + " of the talks on the nuclear programme, officials of both sides said afterwards.");
        List<String> seen = new java.util.ArrayList<>();
        org.parley.corpus.CorpusStage flaky = new org.parley.corpus.CorpusStage() {
            @Override public String name() { return "flaky"; }
            @Override public org.parley.model.Stage failureStage() { return org.parley.model.Stage.STORIES; }
            @Override public void accept(org.parley.corpus.LinkedArticle a) {
                if (a.article().id().equals("a1.txt")) throw new IllegalStateException("story index broken");
                seen.add(a.article().id());
            }
            @Override public org.parley.corpus.CorpusResults finish(org.parley.corpus.CorpusResults soFar,
                                                                    org.parley.write.ResultSink sink) { return soFar; }
        };
        Parley parley = Parley.builder().annotator(STUB).build();
        Path out = dir.resolve("out");
        BatchSummary summary = new BatchRunner(parley, new ArticleReader()).withStage(() -> flaky)
                .run(new BatchRunner.Options(List.of(in), out, 1, false));

        assertThat(seen).containsExactly("a0.txt", "a2.txt");
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(3);
        List<String> skipped = Files.readAllLines(out.resolve("skipped.jsonl"));
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0)).contains("a1.txt").contains("STORIES").contains("story index broken");
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.failedByStage()).containsEntry(org.parley.model.Stage.STORIES, 1L);
    }
}
