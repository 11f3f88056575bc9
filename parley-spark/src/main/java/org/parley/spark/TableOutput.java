package org.parley.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the driver's JSONL result folder to the output on any Hadoop file system: the Parquet tables of
 * {@code parley export} ({@link ExportTables}), or the JSONL files of docs/schema.md themselves (articles,
 * timexes, quotes, entities, events, stories, article_dates, dyads, skipped). journal.jsonl (the resume journal
 * of the CLI) is not written out.
 */
final class TableOutput {
    private TableOutput() {}

    static void write(SparkSession spark, Path local, String output, SparkAnalysis.Format format) {
        try {
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.mkdirs(out);
            if (format == SparkAnalysis.Format.PARQUET) { // the tables of parley export
                ExportTables.write(spark, local, output);
                return;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(local)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
            for (Path f : files) {
                String table = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
                if (table.equals("journal")) continue;
                try (OutputStream o = fs.create(new org.apache.hadoop.fs.Path(out, table + ".jsonl"), true)) {
                    Files.copy(f, o);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
