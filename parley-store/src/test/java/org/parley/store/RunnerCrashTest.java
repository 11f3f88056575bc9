package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of {@code analyze --store} as the batch runner does it (corpus tables handed over article by
 * article, near-duplicate signatures in the store's staging tables): a real process is killed (SIGKILL) after its
 * first commit; running the same input again gives the counts, duplicate marks and event groups of a run never
 * interrupted, and running it a third time changes nothing.
 */
class RunnerCrashTest {
    private static final int ARTICLES = 300, RECENT = 8;

    @TempDir Path tmp;

    @Test void aRunnerKilledMidRunFinishesOnTheNextRunAsIfNeverInterrupted() throws Exception {
        Path reference = tmp.resolve("reference"), crashed = tmp.resolve("crashed");
        SlowRunner.run(reference, RunnerIntoStoreTest.items(SlowRunner.analyses(ARTICLES)), RECENT);

        MidRunKill.killAfterFed(SlowRunner.class, 160, "the runner",
                crashed.toString(), String.valueOf(ARTICLES), String.valueOf(RECENT), "15");
        try (Store s = Store.openReadOnly(crashed)) {
            assertThat(s.counts().get("articles")).as("committed articles survive").isBetween(100L, (long) ARTICLES - 1);
        }

        SlowRunner.run(crashed, RunnerIntoStoreTest.items(SlowRunner.analyses(ARTICLES)), RECENT);
        Map<String, Long> expected = counts(reference);
        assertThat(counts(crashed)).isEqualTo(expected);
        assertThat(marks(crashed)).isEqualTo(marks(reference));
        assertThat(RunnerIntoStoreTest.storeGroups(crashed)).isEqualTo(RunnerIntoStoreTest.storeGroups(reference));
        assertThat(marks(reference).values().stream().filter(v -> !v.isEmpty()).count()).isPositive();

        SlowRunner.run(crashed, RunnerIntoStoreTest.items(SlowRunner.analyses(ARTICLES)), RECENT); // idempotent
        assertThat(counts(crashed)).isEqualTo(expected);
        assertThat(expected.get("articles")).isEqualTo(ARTICLES);
    }

    private static Map<String, Long> counts(Path store) {
        try (Store s = Store.openReadOnly(store)) {
            return s.counts();
        }
    }

    private static Map<String, String> marks(Path store) throws Exception {
        Map<String, String> marks = new TreeMap<>();
        try (Store s = Store.openReadOnly(store); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT id, coalesce(duplicate_of, '') FROM articles")) {
            while (rs.next()) marks.put(rs.getString(1), rs.getString(2));
        }
        return marks;
    }
}
