package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzeArgsTest {
    @Test
    void readsInputsOutputFormatAndPartitions() {
        SparkAnalysis.Options o = Analyze.parse(new String[] {"--input", "s3a://b/x", "hdfs:///y", "--output", "out",
                "--format", "jsonl", "--partitions", "8"});
        assertThat(o.inputs()).containsExactly("s3a://b/x", "hdfs:///y");
        assertThat(o.output()).isEqualTo("out");
        assertThat(o.format()).isEqualTo(SparkAnalysis.Format.JSONL);
        assertThat(o.partitions()).isEqualTo(8);
        assertThat(Analyze.parse(new String[] {"--input", "a", "--output", "b"}).format()).isEqualTo(SparkAnalysis.Format.PARQUET);
    }

    @Test
    void wrongUsageIsExplained() {
        assertThatThrownBy(() -> Analyze.parse(new String[] {"--output", "b"})).hasMessageContaining("--input");
        assertThatThrownBy(() -> Analyze.parse(new String[] {"--input", "a"})).hasMessageContaining("--output");
        assertThatThrownBy(() -> Analyze.parse(new String[] {"--input", "a", "--output", "b", "--format", "csv"}))
                .hasMessageContaining("parquet or jsonl");
        assertThatThrownBy(() -> Analyze.parse(new String[] {"--input", "a", "--output", "b", "--partitions", "0"}))
                .hasMessageContaining("at least 1");
    }

    @Test
    void inputOrderKeysSortByFileThenRecord() {
        assertThat(SparkAnalysis.key(0, 5)).isLessThan(SparkAnalysis.key(1, 0));
        assertThat(SparkAnalysis.key(3, 1)).isLessThan(SparkAnalysis.key(3, 2));
        var p = new SparkAnalysis.FileRangePartitioner(10, 4);
        int last = 0;
        for (int f = 0; f < 10; f++) {
            int part = p.getPartition(SparkAnalysis.key(f, 0));
            assertThat(part).isGreaterThanOrEqualTo(last).isLessThan(4);
            last = part;
        }
    }

    /** The classifier's options mean what they mean to `parley analyze`: the same settings from the same words. */
    @Test
    void classifierOptionsAreReadAsTheCommandLineReadsThem() {
        for (String[] opts : List.of(new String[] {}, new String[] {"--event-classifier"}, new String[] {"--no-event-classifier"},
                new String[] {"--event-classifier", "--classifier-add", "0.6", "--classifier-countries", "1"},
                new String[] {"--event-classifier", "--classifier-doubt", "0.5", "--classifier-doubt-own", "0.1"})) {
            List<String> args = new java.util.ArrayList<>(List.of("--input", "a", "--output", "b"));
            args.addAll(List.of(opts));
            assertThat(Analyze.parse(args.toArray(String[]::new)).classifier()).as(String.join(" ", opts))
                    .isEqualTo(org.parley.cli.Engine.classifierSettings(opts));
        }
        assertThat(Analyze.parse(new String[] {"--input", "a", "--output", "b"}).classifier())
                .isEqualTo(org.parley.events.LearnedEvents.Settings.DEFAULTS);
        assertThatThrownBy(() -> Analyze.parse(new String[] {"--input", "a", "--output", "b", "--classifier-countries", "3"}))
                .hasMessageContaining("1 or 2");
    }
}
