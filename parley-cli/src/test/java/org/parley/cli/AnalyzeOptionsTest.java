package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parley analyze` options that change what is read. */
class AnalyzeOptionsTest {

    @Test void filesOverMaxFileSizeAreSkippedWithAReasonAndTheRestIsAnalysed(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("short.txt"), "date 2021-03-02\nTalks resume\n\nThe two ministers met in Vienna on Monday.\n");
        Files.writeString(in.resolve("long.txt"), "date 2021-03-02\nA long report\n\n"
                + "The committee published its findings on Tuesday. ".repeat(60));
        Path out = dir.resolve("out");

        int code = Main.run("analyze", in.toString(), "--out", out.toString(), "--max-file-size", "0.002");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(1).allMatch(l -> l.contains("short.txt"));
        assertThat(Files.readString(out.resolve("skipped.jsonl"))).contains("long.txt").contains("too large");
    }

    @Test void quoteCuesFromAUserFileFindSpeechTheBuiltInCuesDoNot(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("budget.txt"), "date 2022-10-04\nBudget row\n\n"
                + "The finance minister griped that the trade talks with Brussels were going nowhere.\n");
        Path cues = Files.writeString(dir.resolve("my-cues.tsv"), "# my cues\ngripe\tspeech\tccomp,parataxis,obj\n");

        assertThat(Main.run("analyze", in.toString(), "--out", dir.resolve("plain").toString())).isZero();
        assertThat(Files.readString(dir.resolve("plain/quotes.jsonl"))).doesNotContain("griped");

        assertThat(Main.run("analyze", in.toString(), "--out", dir.resolve("mine").toString(), "--quote-cues", cues.toString()))
                .isZero();
        assertThat(Files.readString(dir.resolve("mine/quotes.jsonl"))).contains("griped").contains("going nowhere");
    }

    @Test void aMissingQuoteCueFileIsAUsageError(@TempDir Path dir) {
        assertThat(Main.run("analyze", dir.toString(), "--out", dir.resolve("out").toString(), "--quote-cues",
                dir.resolve("nope.tsv").toString())).isEqualTo(2);
    }

    @Test void aMaxFileSizeOfZeroIsAUsageError(@TempDir Path dir) {
        assertThat(Main.run("analyze", dir.toString(), "--out", dir.resolve("out").toString(), "--max-file-size", "0"))
                .isEqualTo(2);
    }
}
