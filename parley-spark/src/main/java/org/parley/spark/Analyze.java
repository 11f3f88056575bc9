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

    static final String USAGE = "usage: Analyze --input PATH... --output PATH [--format parquet|jsonl] [--partitions N]"
            + " [--[no-]event-classifier] [--classifier-add P] [--classifier-countries N] [--classifier-doubt P] [--classifier-doubt-own P]";

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
        // the learned classifier's options, as parley analyze takes them; the defaults are shared (LearnedEvents)
        org.parley.events.LearnedEvents.Settings d = org.parley.events.LearnedEvents.Settings.DEFAULTS;
        boolean on = d.on();
        double add = d.add(), doubt = d.doubt(), doubtOwn = d.doubtOwn();
        int countries = d.minCountries();
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
                case "--event-classifier" -> on = true;
                case "--no-event-classifier" -> on = false;
                case "--classifier-add" -> add = number(args, ++i, "--classifier-add");
                case "--classifier-countries" -> countries = (int) number(args, ++i, "--classifier-countries");
                case "--classifier-doubt" -> doubt = number(args, ++i, "--classifier-doubt");
                case "--classifier-doubt-own" -> doubtOwn = number(args, ++i, "--classifier-doubt-own");
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("give --input PATH...");
        if (output == null) throw new IllegalArgumentException("give --output PATH");
        if (countries < 1 || countries > 2) throw new IllegalArgumentException("--classifier-countries is 1 or 2");
        if (!(add >= 0) || !(doubt >= 0) || !(doubtOwn >= 0)) throw new IllegalArgumentException("classifier thresholds are probabilities (> 1: off)");
        return new SparkAnalysis.Options(List.copyOf(inputs), output, format, partitions,
                new org.parley.events.LearnedEvents.Settings(on, add, countries, doubt, doubtOwn));
    }

    private static double number(String[] args, int i, String option) {
        try {
            return Double.parseDouble(value(args, i, option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number");
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
