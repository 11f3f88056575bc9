package org.parley.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the driver's JSONL result folder to the output on any Hadoop file system: one table per JSONL file
 * of docs/schema.md (articles, timexes, quotes, entities, events, stories, article_dates, dyads, skipped), as
 * Parquet folders (columns named as the JSON fields, nested records kept as Parquet structs and lists) or as
 * the JSONL files themselves. journal.jsonl (the resume journal of the CLI) is not written out.
 */
final class TableOutput {
    private TableOutput() {}

    /** skipped has a fixed schema so that an empty table is still written. */
    private static final StructType SKIPPED = new StructType()
            .add("path", DataTypes.StringType).add("id", DataTypes.StringType)
            .add("stage", DataTypes.StringType).add("reason", DataTypes.StringType);

    static void write(SparkSession spark, Path local, String output, SparkAnalysis.Format format) {
        try {
            org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
            FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.mkdirs(out);
            List<Path> files;
            try (Stream<Path> s = Files.list(local)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
            }
            for (Path f : files) {
                String table = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
                if (table.equals("journal")) continue;
                if (format == SparkAnalysis.Format.JSONL) {
                    try (OutputStream o = fs.create(new org.apache.hadoop.fs.Path(out, table + ".jsonl"), true)) {
                        Files.copy(f, o);
                    }
                    continue;
                }
                List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
                lines.removeIf(String::isBlank);
                if (lines.isEmpty() && !table.equals("skipped")) continue; // no rows, no schema to infer
                Dataset<String> json = spark.createDataset(lines, Encoders.STRING());
                Dataset<Row> rows = table.equals("skipped") ? spark.read().schema(SKIPPED).json(json) : spark.read().json(json);
                rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(new org.apache.hadoop.fs.Path(out, table).toString());
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
