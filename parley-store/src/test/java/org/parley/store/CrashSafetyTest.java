package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SlowFeeder.class.getName(), crashed.toString(), "0", String.valueOf(ARTICLES), "15")
                .redirectErrorStream(true).start();
        int fed = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.currentTimeMillis() + 120_000;
            while ((line = r.readLine()) != null && System.currentTimeMillis() < deadline) {
                if (line.startsWith("fed ")) fed = Integer.parseInt(line.substring(4));
                // Past the first batch commit (100 articles), well before the end.
                if (fed >= 160) break;
            }
            assertThat(fed).as("the feeder reached the middle of its run").isGreaterThanOrEqualTo(160);
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close()
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isEqualTo(137);

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
