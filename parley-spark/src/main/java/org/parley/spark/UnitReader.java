package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.parley.model.Article;
import org.parley.model.Skipped;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;

/**
 * Reads one input file on an executor with Parley's own reader, so every format {@code parley analyze} reads
 * (WARC, JSONL, JSON, text, HTML) is read the same way: the file is copied from its Hadoop file system into a
 * local temporary folder at its relative path (so the reader gives the same ids), read, and the temporary
 * path in the outcomes is replaced by the input's own. The copy is deleted when the file has been read.
 */
final class UnitReader {
    private UnitReader() {}

    static List<ReadOutcome> read(InputUnit unit, Configuration conf) {
        if (unit.skip() != null) return List.of(ReadOutcome.skip(unit.display(), unit.skip()));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("parley-spark-");
            Path local = dir.resolve(unit.id());
            Files.createDirectories(local.getParent());
            org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(unit.uri());
            FileSystem fs = src.getFileSystem(conf);
            try (InputStream in = fs.open(src)) {
                Files.copy(in, local);
            }
            String tmp = local.toString();
            List<ReadOutcome> out = new ArrayList<>();
            // A file at the top is read as a file (its id is its name, as a file given directly); a file deeper
            // down through the folder, so that its id is its relative path.
            Path read = unit.id().contains("/") ? dir : local;
            try (Stream<ReadOutcome> s = new ArticleReader().read(List.of(read))) {
                s.forEach(o -> out.add(relocate(o, tmp, unit.display())));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of(ReadOutcome.skip(unit.display(), "cannot read: " + e.getMessage()));
        } finally {
            if (dir != null) delete(dir);
        }
    }

    /** The outcome with the temporary path prefix replaced by the input's display path. */
    private static ReadOutcome relocate(ReadOutcome o, String tmp, String display) {
        if (o.isOk()) {
            Article a = o.article();
            return ReadOutcome.ok(new Article(a.id(), swap(a.path(), tmp, display), a.url(), a.outlet(), a.title(), a.published(),
                    a.publishedFrom(), a.language(), a.duplicateOf(), a.text(), a.body(), a.dateline()));
        }
        Skipped s = o.skipped();
        return new ReadOutcome(null, new Skipped(swap(s.path(), tmp, display), s.id(), s.stage(), s.reason()));
    }

    private static String swap(String path, String tmp, String display) {
        return path != null && path.startsWith(tmp) ? display + path.substring(tmp.length()) : path;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
