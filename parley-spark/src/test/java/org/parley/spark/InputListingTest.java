package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Hadoop listing gives the files, ids and order of ArticleReader (docs/input-formats.md). */
class InputListingTest {
    @TempDir Path dir;

    @Test
    void foldersAreWalkedInSortedOrderOfRelativePathsWithoutHiddenFiles() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.createDirectories(news.resolve("b"));
        Files.createDirectories(news.resolve(".git"));
        Files.writeString(news.resolve("b/2.txt"), "x");
        Files.writeString(news.resolve("a.txt"), "x");
        Files.writeString(news.resolve("c.jsonl"), "x");
        Files.writeString(news.resolve(".hidden.txt"), "x");
        Files.writeString(news.resolve(".git/config.txt"), "x");
        Path single = Files.writeString(dir.resolve("one.html"), "x");
        List<InputUnit> units = InputListing.list(List.of(news.toString(), single.toString(), dir.resolve("missing").toString()),
                new Configuration());
        assertThat(units).extracting(InputUnit::id).containsExactly("a.txt", "b/2.txt", "c.jsonl", "one.html", null);
        assertThat(units).extracting(InputUnit::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(units.get(1).display()).isEqualTo(news + "/b/2.txt");
        assertThat(units.get(3).display()).isEqualTo(single.toString());
        assertThat(units.get(4).skip()).isEqualTo("no such file or directory");
    }

    @Test
    void globsAreTheirMatchesInSortedOrder() throws Exception {
        Files.writeString(dir.resolve("2.jsonl"), "x");
        Files.writeString(dir.resolve("1.jsonl"), "x");
        Files.writeString(dir.resolve("3.txt"), "x");
        List<InputUnit> units = InputListing.list(List.of(dir + "/*.jsonl"), new Configuration());
        assertThat(units).extracting(InputUnit::id).containsExactly("1.jsonl", "2.jsonl");
    }
}
