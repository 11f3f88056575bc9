package org.parley.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Parley;
import org.parley.read.ArticleReader;
import org.parley.read.ReaderOptions;

/** The output folder is checked before any work, never read as input, and never mixes two runs. */
class OutputFolderTest {
    @TempDir Path dir;

    @Test void anEarlierRunIsRefusedUnlessOverwriteOrResumeIsGiven() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("articles.jsonl"), "{}\n");
        Files.writeString(out.resolve("entities.jsonl"), "{}\n");
        Files.writeString(out.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> OutputFolder.prepare(out, List.of(dir.resolve("in")), OutputFolder.Mode.FRESH))
                .isInstanceOf(OutputFolder.Refused.class).hasMessageContaining("holds an earlier run (articles.jsonl, entities.jsonl)")
                .satisfies(e -> assertThat(((OutputFolder.Refused) e).hint()).contains("--overwrite").contains("--resume"));
        OutputFolder.prepare(out, List.of(dir.resolve("in")), OutputFolder.Mode.RESUME);
        assertThat(out.resolve("articles.jsonl")).exists();
        OutputFolder.prepare(out, List.of(dir.resolve("in")), OutputFolder.Mode.OVERWRITE);
        assertThat(out.resolve("articles.jsonl")).doesNotExist();
        assertThat(out.resolve("entities.jsonl")).doesNotExist();
        assertThat(out.resolve("notes.txt")).exists();
    }

    /** --overwrite removes Parley's own output files and nothing else: not a user's .jsonl, not a sub-folder, not a link's target. */
    @Test void overwriteDeletesOnlyParleysOwnFiles() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String own : List.of("articles.jsonl", "entities.jsonl", "events.jsonl", "timexes.jsonl", "quotes.jsonl",
                "skipped.jsonl", "journal.jsonl", "stories.jsonl", "article_dates.jsonl", "dyads.jsonl", "events.jsonl.tmp",
                "custom_stage.jsonl")) {
            Files.writeString(out.resolve(own), "{}\n");
        }
        // a corpus stage of the earlier run wrote custom_stage.jsonl through the writer, which listed it
        Files.writeString(out.resolve(org.parley.write.ResultWriter.MANIFEST), "custom_stage.jsonl\n../mine.jsonl\n");
        Files.writeString(dir.resolve("mine.jsonl"), "{\"mine\":1}\n");
        Files.writeString(out.resolve("notes.jsonl"), "{\"mine\":2}\n");
        Files.writeString(out.resolve("sources.json"), "[]");
        Files.writeString(out.resolve("readme.txt"), "mine");
        Path sub = Files.createDirectories(out.resolve("old-run"));
        Files.writeString(sub.resolve("articles.jsonl"), "{}\n");
        Path target = Files.writeString(dir.resolve("kept.jsonl"), "{\"mine\":3}\n");
        Files.createSymbolicLink(out.resolve("quotes-link.jsonl"), target);

        OutputFolder.prepare(out, List.of(dir.resolve("in")), OutputFolder.Mode.OVERWRITE);

        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("notes.jsonl", "old-run", "quotes-link.jsonl", "readme.txt", "sources.json");
        }
        assertThat(sub.resolve("articles.jsonl")).exists();
        assertThat(dir.resolve("mine.jsonl")).hasContent("{\"mine\":1}");
        assertThat(target).hasContent("{\"mine\":3}");
        // what is left is the user's: no earlier run, so a fresh run may use the folder
        OutputFolder.prepare(out, List.of(dir.resolve("in")), OutputFolder.Mode.FRESH);
    }

    /** The writer lists a corpus stage's file in the manifest, so the next --overwrite knows it. */
    @Test void aCorpusStageFileWrittenByTheWriterIsKnownToTheNextOverwrite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (var w = new org.parley.write.ResultWriter(out)) {
            w.records("custom_stage", List.of(java.util.Map.of("a", 1)));
            w.records("custom_stage", List.of(java.util.Map.of("a", 2)));
            w.records("stories", List.of());
        }
        assertThat(Files.readAllLines(out.resolve(org.parley.write.ResultWriter.MANIFEST))).containsExactly("custom_stage.jsonl");
        Files.writeString(out.resolve("mine.jsonl"), "{}\n");
        assertThatThrownBy(() -> OutputFolder.prepare(out, List.of(dir.resolve("in")), OutputFolder.Mode.FRESH))
                .hasMessageContaining("holds an earlier run");
        OutputFolder.prepare(out, List.of(dir.resolve("in")), OutputFolder.Mode.OVERWRITE);
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("mine.jsonl");
        }
    }

    @Test void anOutputFolderThatIsOrHoldsAnInputIsRefused() throws IOException {
        Path in = Files.createDirectories(dir.resolve("news"));
        assertThatThrownBy(() -> OutputFolder.prepare(in, List.of(in), OutputFolder.Mode.FRESH)).hasMessageContaining("is, or holds, the input");
        assertThatThrownBy(() -> OutputFolder.prepare(dir, List.of(in), OutputFolder.Mode.FRESH)).hasMessageContaining("is, or holds, the input");
    }

    @Test void anUnwritableFolderIsRefusedBeforeAnyWork() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(locked)) return; // running as root: nothing is unwritable
            assertThatThrownBy(() -> OutputFolder.prepare(locked.resolve("out"), List.of(dir.resolve("in")), OutputFolder.Mode.FRESH))
                    .isInstanceOf(OutputFolder.Refused.class).hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** `analyze news --out news/results` run twice: the second run must not read the first one's output. */
    @Test void theOutputFolderInsideAnInputFolderIsNeverReadAsInput() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "Ministers from both countries met in Geneva on Tuesday to discuss trade.");
        Path out = news.resolve("results");
        Parley parley = Parley.builder().annotator(BatchRunnerTest.STUB).build();
        ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withExcluded(out));
        for (int run = 0; run < 2; run++) {
            OutputFolder.prepare(out, List.of(news), OutputFolder.Mode.OVERWRITE);
            BatchSummary s = new BatchRunner(parley, reader).run(new BatchRunner.Options(List.of(news), out, 1, false));
            assertThat(s.analysed()).isEqualTo(1);
            assertThat(s.skipped()).isZero();
        }
        assertThat(Files.readAllLines(out.resolve("skipped.jsonl"))).isEmpty();
    }
}
