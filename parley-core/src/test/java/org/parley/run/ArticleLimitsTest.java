package org.parley.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Parley;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Deadline;
import org.parley.clean.CleanText;
import org.parley.read.ArticleReader;
import org.parley.write.Json;

/** The per-article budget: too long is skipped before any work, too slow is given up between sentences. */
class ArticleLimitsTest {
    @TempDir Path dir;

    /** Computes for {@code millis} of this thread's CPU time (the deadline's clock). */
    static void burnCpu(long millis) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) x += System.nanoTime() % 7;
        if (x == 42) System.out.print("");
    }

    /** "SLOW" articles take 10 ms of CPU per sentence for 10,000 sentences, checking the deadline as the CoreNLP adapter does. */
    static final Annotator SLOW = new Annotator() {
        @Override public AnnotatedArticle annotate(CleanText clean) { return annotate(clean, Deadline.none()); }

        @Override public AnnotatedArticle annotate(CleanText clean, Deadline deadline) {
            if (clean.original().contains("SLOW")) {
                for (int i = 0; i < 10_000; i++) {
                    deadline.check("stub", i, 10_000);
                    burnCpu(10);
                }
            }
            return new AnnotatedArticle(clean.article(), List.of(), List.of(), List.of());
        }
    };

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) out.add(Json.mapper().readTree(l));
        return out;
    }

    @Test void aSlowArticleIsGivenUpAtItsBudgetAndALongOneBeforeAnyWorkWhileTheOthersAreWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String good = "Ministers from both countries met in Geneva on Tuesday to discuss trade and agreed to talk again.";
        Files.writeString(in.resolve("a.txt"), good);
        Files.writeString(in.resolve("b_slow.txt"), "The SLOW article never finishes its sentences in time, whatever happens.");
        Files.writeString(in.resolve("c_long.txt"), "Words of a very long dump. ".repeat(400));
        Files.writeString(in.resolve("d.txt"), good.replace("Geneva", "Vienna"));
        Path out = dir.resolve("out");
        Parley parley = Parley.builder().annotator(SLOW).build();
        long t0 = System.nanoTime();

        BatchSummary s = new BatchRunner(parley, new ArticleReader()).run(new BatchRunner.Options(List.of(in), out, 2, false,
                new ArticleLimits(Duration.ofMillis(300), 5_000)));

        // 0.3 s of CPU time; the bound leaves room for a loaded machine, where it takes longer in wall time
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
        assertThat(s.analysed()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.failedByStage()).containsExactly(java.util.Map.entry(org.parley.model.Stage.ANNOTATE, 1L));
        assertThat(s.oneLine()).contains("1 inputs skipped, 1 failed (annotate 1)");
        List<JsonNode> skipped = lines(out.resolve("skipped.jsonl"));
        assertThat(skipped).hasSize(2);
        assertThat(skipped.get(0).get("id").asText()).isEqualTo("b_slow.txt");
        assertThat(skipped.get(0).get("stage").asText()).isEqualTo("ANNOTATE");
        assertThat(skipped.get(0).get("reason").asText()).matches("timed out after 0\\.3 s in annotate \\(stub, sentence \\d+ of 10,000\\)");
        assertThat(skipped.get(1).get("reason").asText())
                .isEqualTo("article has 10,800 characters, more than the limit of 5,000 (--max-article-chars); not truncated");
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(2);
    }
}
