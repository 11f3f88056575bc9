package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kills a real process in the middle of its run, as a crash would: starts {@code main} in a child JVM, reads the
 * "fed N" lines it prints as it feeds the store, and sends SIGKILL (no shutdown hook, no close()) once N reaches
 * {@code atLeast}, which the crash tests put past the first batch commit and well before the end.
 */
final class MidRunKill {
    private MidRunKill() {}

    static void killAfterFed(Class<?> main, int atLeast, String who, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        int fed = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long deadline = System.currentTimeMillis() + 120_000;
            while ((line = r.readLine()) != null && System.currentTimeMillis() < deadline) {
                if (line.startsWith("fed ")) fed = Integer.parseInt(line.substring(4));
                if (fed >= atLeast) break;
            }
            assertThat(fed).as(who + " reached the middle of its run").isGreaterThanOrEqualTo(atLeast);
            p.destroyForcibly(); // SIGKILL on Linux
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isEqualTo(137);
    }
}
