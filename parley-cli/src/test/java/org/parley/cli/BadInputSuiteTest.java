package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Deadline;
import org.parley.clean.CleanText;
import org.parley.write.Json;

/**
 * A folder of bad inputs beside good ones, generated here, through {@code parley analyze} (a stub annotator
 * instead of CoreNLP): the exit code, one reason per bad input, no good article lost, and a finish within
 * a bound computed from the budgets.
 */
class BadInputSuiteTest {
    @TempDir Path dir;

    static final String STORY = "Ministers from both countries met in Geneva on Tuesday to discuss trade and agreed to meet again.";
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** Finds Anna Berg; "SLOW" articles take 20 ms of CPU per sentence for 100,000 sentences, checking the deadline. */
    static final Annotator STUB = new Annotator() {
        @Override public AnnotatedArticle annotate(CleanText clean) { return annotate(clean, Deadline.none()); }

        @Override public AnnotatedArticle annotate(CleanText clean, Deadline deadline) {
            if (clean.original().contains("SLOW")) {
                for (int i = 0; i < 100_000; i++) {
                    deadline.check("stub", i, 100_000);
                    burnCpu(20);
                }
            }
            return StubAnalyzeMain.withName(clean, "Anna Berg");
        }
    };

    /** Computes for {@code millis} of this thread's CPU time (the deadline's clock). */
    static void burnCpu(long millis) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) x += System.nanoTime() % 7;
        if (x == 42) System.out.print("");
    }

    @AfterEach void noStub() { Engine.override = null; }

    private Path in;
    private final List<String> good = new ArrayList<>();
    /** File name -> what its reason must contain. */
    private final Map<String, String> bad = new HashMap<>();

    private void good(String name, String text) throws Exception {
        Files.writeString(in.resolve(name), text);
        good.add(name);
    }

    @Test void badInputsAreEachSkippedOnceWithAReasonAndNoGoodArticleIsLost() throws Exception {
        in = Files.createDirectories(dir.resolve("news"));
        for (int i = 0; i < 5; i++) good("good" + i + ".txt", "Minister Anna Berg said on Monday, round " + i + ": " + STORY);
        Files.write(in.resolve("utf16-bom.txt"), ("Anna Berg in Genève: " + STORY).getBytes(StandardCharsets.UTF_16));
        good.add("utf16-bom.txt");
        Files.write(in.resolve("utf16le-nobom.txt"), ("Anna Berg in Genève: " + STORY).getBytes(StandardCharsets.UTF_16LE));
        good.add("utf16le-nobom.txt");
        Files.write(in.resolve("latin1.txt"), ("Anna Berg à Genève: " + STORY).getBytes(StandardCharsets.ISO_8859_1));
        good.add("latin1.txt");

        Files.createFile(in.resolve("empty.txt"));
        bad.put("empty.txt", "empty file");
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0});
        bad.put("binary.txt", "binary file");
        byte[] junk = new byte[200 * 1024];
        new Random(1).nextBytes(junk);
        Files.write(in.resolve("junk.jsonl"), junk);
        bad.put("junk.jsonl", "binary file");
        Files.writeString(in.resolve("lines.jsonl"), "{\"id\":\"j1\",\"text\":\"" + STORY + "\"}\n{not json\n"
                + "{\"id\":\"huge\",\"text\":\"" + "Words of a concatenated dump. ".repeat(170_000) + "\"}\n"
                + "{\"id\":\"many-sentences\",\"text\":\"" + "A b. ".repeat(100_000) + "\"}\n"
                + "{\"id\":\"slow\",\"text\":\"The SLOW article: " + STORY + "\"}\n"
                + "{\"id\":\"j2\",\"text\":\"" + STORY + "\"}\n");
        good.add("j1");
        good.add("j2");
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 400; i++) feed.append("{\"id\":\"g").append(i).append("\",\"text\":\"").append(STORY).append(' ').append(i).append("\"}\n");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) { out.write(feed.toString().getBytes(StandardCharsets.UTF_8)); }
        Files.write(in.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        bad.put("truncated.jsonl.gz", "truncated file");
        Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000) + "<p>" + STORY + "</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        writeWarc(in.resolve("mixed.warc"), WarcCompression.NONE);
        good.add("mixed.warc#https://news.example.com/deal");
        // a gzip bomb: 12 MB of one "line" in 12 KB, over the 10 MB a JSON line may have here (--max-file-size 10)
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            out.write("{\"id\":\"bomb\",\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 12; i++) out.write(chunk);
        }
        Files.write(in.resolve("bomb.jsonl.gz"), bomb.toByteArray());
        bad.put("bomb.jsonl.gz", "too large");
        // a file over --max-file-size, sparse so that the test writes nothing
        try (var f = new java.io.RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) { f.setLength(11L * 1024 * 1024); }
        bad.put("huge.txt", "too large");
        // a WARC cut in the middle of a record: the records before the cut are read, the cut one is reported
        writeWarc(dir.resolve("whole.warc.gz"), WarcCompression.GZIP);
        byte[] warc = Files.readAllBytes(dir.resolve("whole.warc.gz"));
        Files.write(in.resolve("cut.warc.gz"), java.util.Arrays.copyOf(warc, warc.length - 40));
        bad.put("cut.warc.gz", "truncated");
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        bad.put("loop.txt", "symbolic link loop");
        Path unreadable = Files.writeString(in.resolve("unreadable.txt"), STORY);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        boolean root = Files.isReadable(unreadable);
        if (root) good.add("unreadable.txt"); else bad.put("unreadable.txt", "permission denied");
        Path out = in.resolve("results"); // inside the input folder: must never be read

        Engine.override = STUB;
        long t0 = System.nanoTime();
        int code = Main.run("analyze", in.toString(), "--out", out.toString(), "--article-timeout", "1", "--threads", "2",
                "--max-file-size", "10");
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        // One article over time (3 are not read at all: two over the size limit skip before any work).
        assertThat(code).as("some article failed in a stage").isEqualTo(Main.SOME_FAILED);
        // The bound from the budgets: the slow article can hold the batch at most as long as the runner's watchdog
        // allows (ten times abandonAfter in wall time, for a loaded machine), plus reading and analysing the rest
        // (about 110 s on a quiet 2-core machine, 200 s under a load of 12: the margin is for CI, a stall never ends).
        Duration bound = new org.parley.run.ArticleLimits(TIMEOUT, 200_000).abandonAfter().multipliedBy(10).plusSeconds(360);
        assertThat(took).as("finishes within the bound computed from the budgets").isLessThan(bound);

        List<JsonNode> skipped = lines(out.resolve("skipped.jsonl"));
        Map<String, List<String>> reasons = new HashMap<>();
        for (JsonNode s : skipped) {
            String key = s.get("id").isNull() ? Path.of(s.get("path").asText()).getFileName().toString() : s.get("id").asText();
            reasons.computeIfAbsent(key, k -> new ArrayList<>()).add(s.get("reason").asText());
        }
        for (var e : bad.entrySet()) {
            assertThat(reasons.get(e.getKey())).as(e.getKey()).hasSize(1);
            assertThat(reasons.get(e.getKey()).get(0)).as(e.getKey()).contains(e.getValue());
        }
        assertThat(reasons.get("lines.jsonl")).as("the malformed line").containsExactly("line 2: malformed JSON: "
                + "Unexpected character ('n' (code 110)): was expecting double-quote to start field name");
        assertThat(reasons.get("huge").get(0)).startsWith("article has 5,100,000 characters, more than the limit of 200,000");
        assertThat(reasons.get("many-sentences").get(0)).startsWith("article has 500,000 characters");
        assertThat(reasons.get("slow").get(0)).matches("timed out after 1 s in annotate \\(stub, sentence [\\d,]+ of 100,000\\)");
        // The budget logic: 20 ms of CPU per sentence and a 1 s budget stop it at the 51st sentence or so, not later.
        int stoppedAt = Integer.parseInt(reasons.get("slow").get(0).replaceAll(".*sentence ([\\d,]+) of.*", "$1").replace(",", ""));
        assertThat(stoppedAt).isBetween(40, 60);
        assertThat(skipped.stream().filter(s -> s.get("id").asText().equals("slow")).findFirst().orElseThrow().get("stage").asText())
                .isEqualTo("ANNOTATE");
        assertThat(reasons).as("nothing from the output folder is read").noneSatisfy((k, v) -> assertThat(k).contains("results"));
        assertThat(reasons.keySet()).as("one reason per bad input, nothing else")
                .containsExactlyInAnyOrderElementsOf(expectedKeys());

        List<String> ids = new ArrayList<>();
        for (JsonNode a : lines(out.resolve("articles.jsonl"))) ids.add(a.get("id").asText());
        assertThat(ids).containsAll(good);
        assertThat(ids).as("the complete lines before the gzip truncation").filteredOn(id -> id.matches("g\\d+")).hasSizeGreaterThan(100);
        assertThat(lines(out.resolve("entities.jsonl"))).hasSize(1);
    }

    private List<String> expectedKeys() {
        List<String> keys = new ArrayList<>(bad.keySet());
        keys.addAll(List.of("lines.jsonl", "huge", "many-sentences", "slow"));
        return keys;
    }

    private static void writeWarc(Path f, WarcCompression compression) throws Exception {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, compression)) {
            w.write(new WarcResource.Builder(URI.create("https://news.example.com/logo.png"))
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}).build());
            HttpResponse pdf = new HttpResponse.Builder(200, "OK").body(MediaType.parse("application/pdf"), "%PDF-1.4".getBytes()).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example.com/report.pdf")).body(pdf).build());
            String html = "<html><head><title>Deal</title></head><body><article><p>Minister Anna Berg said on Monday: " + STORY
                    + "</p></article></body></html>";
            HttpResponse page = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example.com/deal")).body(page).build());
        }
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) out.add(Json.mapper().readTree(l));
        return out;
    }
}
