package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong usage is found before the models load and told in one line plus a hint, never with the whole usage or a stack trace. */
class UsageErrorTest {
    @TempDir Path dir;

    private record Result(int code, String err) {}

    private static Result run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Result(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test void aMissingInputIsOneLineAndAHintBeforeTheModelsLoad() {
        Result r = run("analyze", dir.resolve("nope").toString(), "--out", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or folder").contains("--help").doesNotContain("loading models").doesNotContain("Usage");
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
    }

    @Test void anEarlierRunInTheOutputFolderIsRefusedWithAHint() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("articles.jsonl"), "{}\n");
        Result r = run("analyze", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("holds an earlier run").contains("Hint: add --overwrite").doesNotContain("loading models");
    }

    @Test void anUnwritableOutputFolderIsOneLineAndAHintBeforeTheModelsLoad() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path out = Files.isWritable(locked) ? Files.writeString(dir.resolve("a-file"), "x") : locked.resolve("out"); // root writes anywhere
            Result r = run("analyze", in.toString(), "--out", out.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).containsAnyOf("permission denied", "is not a folder").contains("Hint:")
                    .doesNotContain("loading models").doesNotContain("at org.").doesNotContain("Exception");
            assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Two runs with --overwrite into a folder that also holds the user's own files: only Parley's files are replaced. */
    @Test void overwriteReplacesTheEarlierRunAndLeavesTheUsersFiles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Minister Anna Berg met officials in Geneva on Tuesday to discuss trade.");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("my-notes.jsonl"), "{\"note\":\"mine\"}\n");
        Files.writeString(out.resolve("report.txt"), "mine");
        Engine.override = BadInputSuiteTest.STUB;
        try {
            assertThat(run("analyze", in.toString(), "--out", out.toString()).code()).isZero();
            Files.writeString(out.resolve("articles.jsonl"), "{\"id\":\"stale\"}\n", java.nio.file.StandardOpenOption.APPEND);
            assertThat(run("analyze", in.toString(), "--out", out.toString()).code()).as("refused without --overwrite").isEqualTo(2);
            assertThat(run("analyze", in.toString(), "--out", out.toString(), "--overwrite").code()).isZero();
        } finally {
            Engine.override = null;
        }
        assertThat(out.resolve("my-notes.jsonl")).hasContent("{\"note\":\"mine\"}");
        assertThat(out.resolve("report.txt")).hasContent("mine");
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(1).noneMatch(l -> l.contains("stale"));
    }

    /** A bad row of the user's pattern file is skipped, as documented, but said on the console: never less knowledge in silence. */
    @Test void aBadRowOfAUserKnowledgeFileIsShownNotSilentlySkipped() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Minister Anna Berg met officials in Geneva on Tuesday to discuss trade.");
        Path patterns = Files.writeString(dir.resolve("mine.tsv"), "# my patterns\nCONSULT\t040\tV\tpowwow\t-\t0.9\t-\t-\nthis line is bad\n");
        Engine.override = BadInputSuiteTest.STUB;
        try {
            Result r = run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "--patterns", patterns.toString());
            assertThat(r.code()).isZero();
            assertThat(r.err()).containsPattern("parley: warning: .*mine.tsv.*3");
        } finally {
            Engine.override = null;
        }
    }

    /**
     * A stage that fails on an article: one line in skipped.jsonl, the console points to that file and shows no
     * stack trace; --debug shows it.
     */
    @Test void aFailingArticleShowsNoStackTraceUnlessDebugAndTheConsolePointsToSkippedJsonl() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Ministers met in Geneva on Tuesday to discuss trade and agreed to talk again soon.");
        Files.writeString(in.resolve("b.txt"), "BOOM: the annotator fails on this article, whatever it says about the talks.");
        Engine.override = new org.parley.annotate.Annotator() {
            @Override public org.parley.annotate.AnnotatedArticle annotate(org.parley.clean.CleanText clean) {
                if (clean.original().contains("BOOM")) throw new IllegalStateException("annotator exploded");
                return StubAnalyzeMain.withName(clean, "Anna Berg");
            }
        };
        try {
            Result plain = run("analyze", in.toString(), "--out", dir.resolve("out").toString());
            assertThat(plain.code()).isEqualTo(3);
            assertThat(plain.err()).contains("1 failed (annotate 1)")
                    .contains("reasons for the skipped and failed inputs: " + dir.resolve("out").resolve("skipped.jsonl"))
                    .doesNotContain("\tat org.").doesNotContain("IllegalStateException: annotator exploded\n\tat");
            Result debug = run("analyze", in.toString(), "--out", dir.resolve("out2").toString(), "--debug");
            assertThat(debug.code()).isEqualTo(3);
            assertThat(debug.err()).contains("annotator exploded").contains("\tat org.parley.");
        } finally {
            Engine.override = null;
            System.clearProperty("parley.debug");
        }
        assertThat(Files.readString(dir.resolve("out").resolve("skipped.jsonl"))).contains("\"stage\":\"ANNOTATE\"")
                .contains("failed in annotate: IllegalStateException: annotator exploded");
    }

    /** `analyze news --store news/store` run twice: the store's files are never read as input. */
    @Test void theStoreInsideAnInputFolderIsNeverReadAsInput() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "Minister Anna Berg met officials in Geneva on Tuesday to discuss trade.");
        Path store = news.resolve("store");
        Engine.override = BadInputSuiteTest.STUB;
        try {
            for (int i = 0; i < 2; i++) {
                Path out = dir.resolve("out" + i);
                Result r = run("analyze", news.toString(), "--store", store.toString(), "--out", out.toString());
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(r.err()).contains("0 inputs skipped");
                assertThat(Files.readString(out.resolve("skipped.jsonl"))).isEmpty();
            }
        } finally {
            Engine.override = null;
        }
        try (var files = Files.list(store)) {
            assertThat(files.count()).as("the store was written").isPositive();
        }
    }

    @Test void anUnknownOptionIsOneLineNotTheUsage() {
        Result r = run("analyze", dir.toString(), "--out", dir.resolve("out").toString(), "--thread", "2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--thread").doesNotContain("Usage:").doesNotContain("at org.");
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(4);
    }
}
