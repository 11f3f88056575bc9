package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.write.Json;

/**
 * Output integrity with a real process (the command line with a stub annotator, {@link StubAnalyzeMain}):
 * SIGTERM finishes the articles in flight and writes entities and events; kill -9 leaves only valid
 * lines; --resume completes either run without a duplicate.
 */
class InterruptionTest {
    static final int ARTICLES = 120;

    @TempDir Path dir;

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(in.resolve(String.format("a%03d.txt", i)), "Minister Anna Berg met officials in Geneva on Tuesday"
                    + " to discuss the trade agreement, round " + i + " of the talks, her office said afterwards.");
        }
        return in;
    }

    private Path lastLog;

    private Process start(Path in, Path out, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), StubAnalyzeMain.class.getName(),
                "analyze", in.toString(), "--out", out.toString(), "--threads", "2"));
        cmd.addAll(List.of(extra));
        lastLog = dir.resolve("log-" + System.nanoTime() + ".txt");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(lastLog.toFile()).start();
    }

    private static void waitForLines(Path file, int n, Process p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end && p.isAlive()) {
            if (Files.exists(file) && Files.readAllLines(file).size() >= n) return;
            Thread.sleep(50);
        }
        throw new AssertionError("no " + n + " lines in " + file + " (process alive: " + p.isAlive() + ")");
    }

    /** Every complete line of every file is valid JSON; returns the article ids of articles.jsonl. */
    private static List<String> checkLines(Path out) throws IOException {
        List<String> ids = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                String content = Files.readString(f);
                String complete = content.substring(0, content.lastIndexOf('\n') + 1);
                for (String line : complete.split("\n")) {
                    if (line.isEmpty()) continue;
                    JsonNode n = Json.mapper().readTree(line);
                    if (f.getFileName().toString().equals("articles.jsonl")) ids.add(n.get("id").asText());
                }
            }
        }
        return ids;
    }

    private static void assertComplete(Path out) throws IOException {
        List<String> ids = checkLines(out);
        assertThat(ids).hasSize(ARTICLES);
        assertThat(new HashSet<>(ids)).hasSize(ARTICLES);
        Set<String> journal = new HashSet<>();
        for (String l : Files.readAllLines(out.resolve("journal.jsonl"))) journal.add(Json.mapper().readTree(l).get("id").asText());
        assertThat(journal).hasSize(ARTICLES);
        List<String> entities = Files.readAllLines(out.resolve("entities.jsonl"));
        assertThat(entities).hasSize(1);
        assertThat(Json.mapper().readTree(entities.get(0)).get("mentions").size()).isEqualTo(ARTICLES);
    }

    @Test void sigtermFinishesTheArticlesInFlightAndWritesTheTablesAndResumeCompletesTheRun() throws Exception {
        Path in = corpus();
        Path out = dir.resolve("out");
        Process p = start(in, out);
        waitForLines(out.resolve("articles.jsonl"), 10, p);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);

        List<String> ids = checkLines(out);
        assertThat(ids.size()).isBetween(10, ARTICLES - 1);
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        assertThat(Files.readString(out.resolve("articles.jsonl"))).endsWith("\n");
        List<String> entities = Files.readAllLines(out.resolve("entities.jsonl"));
        assertThat(entities).hasSize(1);
        assertThat(Json.mapper().readTree(entities.get(0)).get("mentions").size()).isEqualTo(ids.size());
        assertThat(out.resolve("events.jsonl")).exists();

        Process again = start(in, out);
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as("a second run into the same folder is refused").isEqualTo(2);

        Process resumed = start(in, out, "--resume");
        assertThat(resumed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).isZero();
        assertComplete(out);
    }

    /**
     * Ctrl-C (SIGINT) once ended with code 130 in 0.3 s, printed nothing and left no entities or events: now it
     * finishes the articles in flight, writes both tables, prints the summary and the way to go on, and exits 130.
     */
    @Test void ctrlCFinishesWritesTheTablesAndSaysWhatWasDoneAndHowToGoOn() throws Exception {
        Path in = corpus();
        Path out = dir.resolve("out");
        Process p = start(in, out);
        waitForLines(out.resolve("articles.jsonl"), 10, p);
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(130);

        String log = Files.readString(lastLog);
        assertThat(log).contains("parley: stopping: finishing the articles in flight").contains("parley: interrupted: ")
                .contains("run the same command with --resume").doesNotContain("Exception");
        List<String> ids = checkLines(out);
        assertThat(ids.size()).isBetween(10, ARTICLES - 1);
        assertThat(log).contains(ids.size() + " articles analysed");
        // every entity id the written articles point to (through the journal) is in entities.jsonl: none points nowhere
        Set<String> entityIds = new HashSet<>();
        for (String l : Files.readAllLines(out.resolve("entities.jsonl"))) entityIds.add(Json.mapper().readTree(l).get("id").asText());
        Set<String> referenced = new HashSet<>();
        for (String l : Files.readAllLines(out.resolve("journal.jsonl"))) {
            Json.mapper().readTree(l).get("entity_ids").forEach(id -> referenced.add(id.asText()));
        }
        assertThat(referenced).isNotEmpty();
        assertThat(entityIds).containsAll(referenced);
        assertThat(out.resolve("events.jsonl")).exists();
    }

    @Test void killMinus9LeavesValidLinesAndResumeCompletesTheRunWithoutDuplicates() throws Exception {
        Path in = corpus();
        Path out = dir.resolve("out");
        Process p = start(in, out);
        waitForLines(out.resolve("articles.jsonl"), 10, p);
        p.destroyForcibly(); // SIGKILL
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        checkLines(out);

        Process resumed = start(in, out, "--resume");
        assertThat(resumed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(resumed.exitValue()).isZero();
        assertComplete(out);
    }
}
