package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.parley.run.BatchSummary;

/**
 * {@code spark-submit --class org.parley.spark.Analyze parley-spark.jar --input PATH... --output PATH
 * [--format parquet|jsonl] [--partitions N]}: {@code parley analyze} on a Spark cluster (docs/spark.md).
 * Exit 0 when articles were analysed and none failed, 1 when nothing could be, 2 on wrong usage, 3 when some
 * articles failed in a stage (their reasons are in the skipped table), as the CLI.
 */
public final class Analyze {
    private Analyze() {}

    static final String USAGE = "usage: Analyze --input PATH... --output PATH [--format parquet|jsonl] [--partitions N]";

    public static void main(String[] args) {
        SparkAnalysis.Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parley analyze").getOrCreate();
        spark.sparkContext().addSparkListener(new StageReport());
        int code;
        long start = System.nanoTime();
        try {
            BatchSummary s = SparkAnalysis.run(spark, options);
            System.err.println("parley-spark: " + s.oneLine() + " -> " + options.output());
            System.err.printf(Locale.ROOT, "parley-spark: %.1f s in all%n", (System.nanoTime() - start) / 1e9);
            code = s.analysed() == 0 ? 1 : s.failed() > 0 ? 3 : 0;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    static SparkAnalysis.Options parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        SparkAnalysis.Format format = SparkAnalysis.Format.PARQUET;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) inputs.add(args[++i]);
                }
                case "--output" -> output = value(args, ++i, "--output");
                case "--format" -> {
                    String f = value(args, ++i, "--format").toUpperCase(Locale.ROOT);
                    try {
                        format = SparkAnalysis.Format.valueOf(f);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--format is parquet or jsonl, not " + args[i]);
                    }
                }
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(value(args, ++i, "--partitions"));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions takes a number");
                    }
                    if (partitions < 1) throw new IllegalArgumentException("--partitions must be at least 1");
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("give --input PATH...");
        if (output == null) throw new IllegalArgumentException("give --output PATH");
        return new SparkAnalysis.Options(List.copyOf(inputs), output, format, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
