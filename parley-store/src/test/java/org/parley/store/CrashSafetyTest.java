package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.synthetic.SyntheticCorpus;

/**
 * kill -9 in the middle of a run: a real process writes to the store and is killed (SIGKILL) after
 * its first commit; the store then opens, keeps what was committed, and running the same input again
 * gives exactly the counts of a run that was never interrupted.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 300;

    @TempDir Path tmp;

    static SyntheticCorpus corpus() { return new SyntheticCorpus("crash/", SlowFeeder.start(), 4); }

    @Test void aKilledRunLosesNothingCommittedAndRerunningFinishesTheJob() throws Exception {
        Path reference = tmp.resolve("reference"), crashed = tmp.resolve("crashed");
        try (StoreSink sink = new StoreSink(reference)) {
            corpus().feed(sink, 0, ARTICLES, 0);
        }

        MidRunKill.killAfterFed(SlowFeeder.class, 160, "the feeder", crashed.toString(), "0", String.valueOf(ARTICLES), "15");

        try (Store s = Store.openReadOnly(crashed)) {
            long kept = s.counts().get("articles");
            assertThat(kept).as("committed articles survive").isBetween(100L, (long) ARTICLES - 1);
            try (Statement st = s.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM runs WHERE finished_at IS NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }

        try (StoreSink sink = new StoreSink(crashed)) {
            corpus().feed(sink, 0, ARTICLES, 0);
        }
        Map<String, Long> expected, actual;
        try (Store s = Store.openReadOnly(reference)) {
            expected = s.counts();
        }
        try (Store s = Store.openReadOnly(crashed)) {
            actual = s.counts();
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("articles")).isEqualTo(ARTICLES);
    }
}
