package org.parley.spark;

import java.util.Locale;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * One line on stderr per finished Spark stage: tasks, executor run time, input and shuffle bytes. The figures
 * docs/spark.md uses to argue the scaling (how much crosses the network per article).
 */
final class StageReport extends SparkListener {
    @Override public void onStageCompleted(SparkListenerStageCompleted done) {
        StageInfo s = done.stageInfo();
        TaskMetrics m = s.taskMetrics();
        if (m == null) return;
        System.err.println(String.format(Locale.ROOT,
                "parley-spark: stage %d (%s): %d tasks, run %.1f s, shuffle write %,d B (%,d records), shuffle read %,d B",
                s.stageId(), s.name().replaceAll(" at .*", ""), s.numTasks(), m.executorRunTime() / 1000.0,
                m.shuffleWriteMetrics().bytesWritten(), m.shuffleWriteMetrics().recordsWritten(),
                m.shuffleReadMetrics().remoteBytesRead() + m.shuffleReadMetrics().localBytesRead()));
    }
}
