package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.StoreSink;
import org.parley.store.synthetic.SyntheticCorpus;

/** search, index and export on a store of synthetic articles (no CoreNLP). */
class StoreCommandsTest {
    @TempDir static Path dir;

    @BeforeAll static void fill() {
        try (StoreSink sink = new StoreSink(dir.resolve("store"))) {
            new SyntheticCorpus("cli/", LocalDate.of(2025, 1, 1), 2).feed(sink, 0, 20, 0);
        }
    }

    private static String out(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test void searchPrintsHitsWithSnippetAndArticleId() {
        String printed = out("search", "fishing rights", "--store", dir.resolve("store").toString(), "--limit", "2");
        assertThat(printed).contains("matching articles").contains("cli/00000").contains("[fishing] [rights]");
        assertThat(out("search", "", "--store", dir.resolve("store").toString(), "--actor", "RUS", "--type", "ACCUSE"))
                .contains("accused");
    }

    @Test void indexRebuildAndExport() throws Exception {
        out("index", "--store", dir.resolve("store").toString(), "--rebuild");
        out("export", "--store", dir.resolve("store").toString(), "--format", "csv", "--out", dir.resolve("csv").toString(),
                "--since", "2025-01-02", "--until", "2025-01-03");
        assertThat(Files.readAllLines(dir.resolve("csv/articles.csv"))).hasSize(1 + 4);
        out("export", "--store", dir.resolve("store").toString(), "--format", "gdelt", "--out", dir.resolve("e.tsv").toString());
        assertThat(Files.readAllLines(dir.resolve("e.tsv"))).isNotEmpty().allMatch(l -> l.split("\t", -1).length == 61);
    }

    @Test void wrongUsageIsExit2AndAMissingStoreExit1() {
        assertThat(Main.run("export", "--store", dir.resolve("store").toString(), "--format", "xml", "--out", dir.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(Main.run("search", "x", "--store", dir.resolve("nothing").toString())).isEqualTo(1);
        assertThat(Main.run("export", "--store", dir.resolve("nothing").toString(), "--format", "csv", "--out", dir.resolve("y").toString()))
                .isEqualTo(1);
        assertThat(Main.run("analyze", "in.txt")).isEqualTo(2); // neither --out nor --store
    }
}
