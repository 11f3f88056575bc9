package org.parley.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Parley;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.clean.CleanText;
import org.parley.model.Stage;
import org.parley.read.ArticleReader;

/**
 * One error policy: a stage that fails is not hidden by the stage (no empty result) but reported by the
 * runner per article, with its stage, in skipped.jsonl, the summary and the exit code's input.
 */
class StageFailureTest {
    @TempDir Path dir;

    /** For "BROKEN" articles, a token without a part of speech: the entity stage cannot read it. */
    static final Annotator BROKEN_MENTIONS = new Annotator() {
        @Override public AnnotatedArticle annotate(CleanText clean) {
            if (!clean.original().contains("BROKEN")) return new AnnotatedArticle(clean.article(), List.of(), List.of(), List.of());
            Token token = new Token(0, 0, 6, "BROKEN", "broken", null, "PERSON");
            Sentence sentence = new Sentence(0, 0, 6, List.of(token), List.of(), false);
            return new AnnotatedArticle(clean.article(), List.of(sentence), List.of(new NamedMention(0, 0, 1, 0, 6, "BROKEN", "PERSON")),
                    List.of());
        }
    };

    @Test void aFailingStageIsReportedPerArticleWithItsStageAndInTheSummary() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Ministers met in Geneva on Tuesday to discuss trade and agreed to talk again soon.");
        Files.writeString(in.resolve("b.txt"), "BROKEN article: its mention cannot be read by the entity stage at all, ever.");
        Files.writeString(in.resolve("c.txt"), "Delegations met in Vienna on Monday for the talks, officials said afterwards.");
        Path out = dir.resolve("out");

        BatchSummary s = new BatchRunner(Parley.builder().annotator(BROKEN_MENTIONS).build(), new ArticleReader())
                .run(new BatchRunner.Options(List.of(in), out, 2, false));

        assertThat(s.analysed()).isEqualTo(2);
        assertThat(s.failedByStage()).containsExactly(java.util.Map.entry(Stage.ENTITIES, 1L));
        assertThat(s.oneLine()).contains("1 failed (entities 1)");
        List<JsonNode> skipped = ArticleLimitsTest.lines(out.resolve("skipped.jsonl"));
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).get("id").asText()).isEqualTo("b.txt");
        assertThat(skipped.get(0).get("stage").asText()).isEqualTo("ENTITIES");
        assertThat(skipped.get(0).get("reason").asText()).startsWith("failed in entities: ");
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(2);
    }

    /** Keeps everything but lists, for "PARTIAL" articles, the dates of sentence 12 as missing (as the CoreNLP adapter does when SUTime fails). */
    static final Annotator PARTIAL = new Annotator() {
        @Override public AnnotatedArticle annotate(CleanText clean) {
            var missing = new org.parley.annotate.MissingParts();
            if (clean.original().contains("PARTIAL")) {
                missing.orMissing(Stage.TIME, "dates in sentence 12", "SUTime", () -> { throw new IllegalArgumentException("odd range"); }, List.of());
            }
            return new AnnotatedArticle(clean.article(), List.of(), List.of(), List.of(), missing.list());
        }
    };

    /** A library failing on one sentence keeps the article, but never silently: "missing" in articles.jsonl, the summary, the exit code. */
    @Test void aPartMissingIsNamedInArticlesJsonlAndCountedInTheSummary() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Ministers met in Geneva on Tuesday to discuss trade and agreed to talk again soon.");
        Files.writeString(in.resolve("b.txt"), "PARTIAL article: SUTime fails on one of its sentences, the rest is analysed.");
        Path out = dir.resolve("out");

        BatchSummary s = new BatchRunner(Parley.builder().annotator(PARTIAL).build(), new ArticleReader())
                .run(new BatchRunner.Options(List.of(in), out, 2, false));

        assertThat(s.analysed()).isEqualTo(2);
        assertThat(s.failed()).isZero();
        assertThat(s.incomplete()).isEqualTo(1);
        assertThat(s.incompleteByStage()).containsExactly(java.util.Map.entry(Stage.TIME, 1L));
        assertThat(s.anyFailure()).as("the exit code reports it").isTrue();
        assertThat(s.oneLine()).contains("0 failed, 1 written with parts missing (time 1)");
        List<JsonNode> articles = ArticleLimitsTest.lines(out.resolve("articles.jsonl"));
        assertThat(articles).hasSize(2);
        JsonNode a = articles.get(0), b = articles.get(1);
        assertThat(a.get("missing").size()).isZero();
        assertThat(b.get("missing").size()).isEqualTo(1);
        assertThat(b.get("missing").get(0).get("stage").asText()).isEqualTo("TIME");
        assertThat(b.get("missing").get(0).get("part").asText()).isEqualTo("dates in sentence 12");
        assertThat(b.get("missing").get(0).get("reason").asText()).isEqualTo("SUTime failed: IllegalArgumentException: odd range");
        assertThat(Files.readAllLines(out.resolve("skipped.jsonl"))).as("the article was written, not skipped").isEmpty();
    }

    /** A timeout is never turned into a missing part: it ends the article. */
    @Test void aTimeoutIsNotAMissingPart() {
        var missing = new org.parley.annotate.MissingParts();
        org.parley.annotate.Deadline d = org.parley.annotate.Deadline.after(java.time.Duration.ofNanos(1));
        ArticleLimitsTest.burnCpu(5);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> missing.orMissing(Stage.TIME, "dates in sentence 1", "SUTime",
                () -> { d.check("sutime"); return List.of(); }, List.of())).isInstanceOf(org.parley.annotate.Deadline.TimedOut.class);
        assertThat(missing.list()).isEmpty();
    }
}
