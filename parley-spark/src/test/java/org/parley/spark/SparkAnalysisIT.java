package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.Parley;
import org.parley.cli.Engine;
import org.parley.dyads.DyadStage;
import org.parley.embed.minilm.MiniLmEmbedder;
import org.parley.read.ArticleReader;
import org.parley.run.BatchRunner;
import org.parley.run.BatchSummary;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
import org.parley.write.Json;

/**
 * The Spark run in local[2] mode against the single-machine batch runner of {@code parley analyze} on the same
 * small JSONL and WARC input: every output file must be the same, line for line. Real CoreNLP, loaded once.
 */
class SparkAnalysisIT {
    @TempDir static Path dir;
    static SparkSession spark;
    static Path input;
    static Path reference;
    static BatchSummary referenceSummary;

    /** The output files compared (journal.jsonl is the CLI's resume journal, not an output table). */
    static final List<String> TABLES = List.of("articles", "timexes", "quotes", "entities", "events", "stories",
            "article_dates", "dyads", "skipped");

    @BeforeAll
    static void setUp() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        Fixtures.jsonl(input);
        Fixtures.warc(input);
        // parley analyze's own engine with its default options, and its corpus stages (AnalyzeCommand.withCorpusStages)
        Parley parley = Engine.parley(Engine.annotator());
        // local mode: the executors are this JVM; the models load once. The executors build their own Parley with
        // their own defaults (the learned classifier's among them), compared here with the CLI's.
        ExecutorEngine.use(Engine.annotator());
        reference = dir.resolve("reference");
        StoryStage[] stories = new StoryStage[1];
        referenceSummary = new BatchRunner(parley, new ArticleReader())
                .withStage(() -> stories[0] = new StoryStage(new MiniLmEmbedder(), StoryOptions.defaults()))
                .withStage(() -> new DyadStage(() -> stories[0].articleDates()))
                .run(new BatchRunner.Options(List.of(input), reference, 2, false));
        spark = SparkSession.builder().master("local[2]").appName("parley-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) spark.stop();
    }

    @Test
    void jsonlOutputEqualsTheSingleMachineRun() throws Exception {
        Path out = dir.resolve("spark-jsonl");
        BatchSummary s = SparkAnalysis.run(spark, new SparkAnalysis.Options(List.of(input.toString()), out.toString(),
                SparkAnalysis.Format.JSONL, 0));
        assertThat(s.analysed()).isEqualTo(referenceSummary.analysed()).isEqualTo(7);
        assertThat(s.skipped()).isEqualTo(referenceSummary.skipped()).isPositive();
        assertThat(s.duplicates()).isEqualTo(1);
        for (String table : TABLES) {
            assertThat(lines(out.resolve(table + ".jsonl"))).as(table).isEqualTo(lines(reference.resolve(table + ".jsonl")));
        }
        // what the comparison covers, so that an empty table does not pass it by accident
        assertThat(ids(out.resolve("articles.jsonl"))).containsExactly("crawl.warc.gz#https://news.example.com/2024/03/05/port-deal",
                "crawl.warc.gz#https://news.example.com/2024/03/06/port-deal-reaction", "talks-1", "talks-2", "talks-1-copy",
                "protest", "retraites");
        assertThat(lines(out.resolve("entities.jsonl"))).isNotEmpty();
        assertThat(lines(out.resolve("events.jsonl"))).isNotEmpty();
        assertThat(lines(out.resolve("quotes.jsonl"))).isNotEmpty();
        assertThat(lines(out.resolve("stories.jsonl"))).isNotEmpty();
        assertThat(lines(out.resolve("skipped.jsonl"))).anyMatch(l -> l.contains("wire.jsonl") && l.contains("line 4: malformed JSON"));
    }

    /**
     * The learned event classifier on, at settings that surely change these few articles' events (doubt drops every
     * lexical event it embeds; any candidate is added): the CLI's Parley from the command-line words, the executors'
     * from the driver's options; the same output, line for line, and not the default output.
     */
    @Test
    void withTheLearnedClassifierOnTheEventsEqualTheSingleMachineRun() throws Exception {
        String[] opts = {"--event-classifier", "--classifier-add", "0", "--classifier-countries", "1", "--classifier-doubt", "0",
                "--classifier-doubt-own", "1"};
        Path expected = dir.resolve("reference-classifier");
        StoryStage[] stories = new StoryStage[1];
        new BatchRunner(Engine.parley(Engine.annotator(), opts), new ArticleReader())
                .withStage(() -> stories[0] = new StoryStage(new MiniLmEmbedder(), StoryOptions.defaults()))
                .withStage(() -> new DyadStage(() -> stories[0].articleDates()))
                .run(new BatchRunner.Options(List.of(input), expected, 2, false));
        List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output", dir.resolve("spark-classifier").toString(),
                "--format", "jsonl"));
        args.addAll(List.of(opts));
        SparkAnalysis.Options o = Analyze.parse(args.toArray(String[]::new));
        SparkAnalysis.run(spark, o);
        Path out = dir.resolve("spark-classifier");
        for (String table : TABLES) {
            assertThat(lines(out.resolve(table + ".jsonl"))).as(table).isEqualTo(lines(expected.resolve(table + ".jsonl")));
        }
        // the executors did use the options: the events are not those of the default run
        assertThat(lines(out.resolve("events.jsonl"))).isNotEqualTo(lines(reference.resolve("events.jsonl")));
    }

    /** Stories: the same partition of the articles as the single-machine run (ids aside), and stories of several articles. */
    @Test
    void storiesArePartitionedAsTheSingleMachineRun() throws Exception {
        Path out = dir.resolve("spark-jsonl");
        if (!Files.exists(out.resolve("stories.jsonl"))) jsonlOutputEqualsTheSingleMachineRun();
        assertThat(partition(out.resolve("stories.jsonl"))).isEqualTo(partition(reference.resolve("stories.jsonl")));
        assertThat(partition(out.resolve("stories.jsonl"))).anyMatch(story -> story.size() > 1);
    }

    /**
     * An article the linker fails on (injected, the same failing linker in both runs): a LINK line of skipped.jsonl with
     * the runner's reason, its events merged nowhere, no story; everything else as the single-machine run, line for line.
     */
    @Test
    void anArticleTheLinkerFailsOnIsGivenUpAsTheRunnerGivesItUp() throws Exception {
        Path expected = dir.resolve("reference-link-failure");
        StoryStage[] stories = new StoryStage[1];
        BatchSummary ref = new BatchRunner(ExecutorEngine.parley(), new ArticleReader())
                .withDuplicates(new org.parley.link.DuplicateDetector()::check)
                .withEntityLinking(() -> new DistributedStepsTest.FailingLinker("talks-2"))
                .withStage(() -> stories[0] = new StoryStage(new MiniLmEmbedder(), StoryOptions.defaults()))
                .withStage(() -> new DyadStage(() -> stories[0].articleDates()))
                .run(new BatchRunner.Options(List.of(input), expected, 2, false));
        Path out = dir.resolve("spark-link-failure");
        BatchSummary s = SparkAnalysis.run(spark, new SparkAnalysis.Options(List.of(input.toString()), out.toString(),
                SparkAnalysis.Format.JSONL, 0, () -> new DistributedStepsTest.FailingLinker("talks-2"), ExecutorEngine::embedder));
        assertThat(s.failed()).isEqualTo(ref.failed()).isEqualTo(1);
        assertThat(s.failedByStage()).isEqualTo(Map.of(org.parley.model.Stage.LINK, 1L));
        for (String table : TABLES) {
            if (table.equals("skipped")) continue;
            assertThat(lines(out.resolve(table + ".jsonl"))).as(table).isEqualTo(lines(expected.resolve(table + ".jsonl")));
        }
        // the same lines; the CLI writes a read skip when it reads it, ahead of the articles still in flight, Spark all in input order
        assertThat(lines(out.resolve("skipped.jsonl"))).containsExactlyInAnyOrderElementsOf(lines(expected.resolve("skipped.jsonl")));
        assertThat(lines(out.resolve("skipped.jsonl"))).anyMatch(l -> l.contains("\"LINK\"")
                && l.contains("failed in link: IllegalStateException: injected for talks-2"));
        assertThat(ids(out.resolve("articles.jsonl"))).doesNotContain("talks-2");
    }

    /** Each story's articles, sorted; the stories sorted. */
    private static List<List<String>> partition(Path stories) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String l : lines(stories)) {
            List<String> articles = new ArrayList<>();
            Json.mapper().readTree(l).path("articles").forEach(a -> articles.add(a.asText()));
            articles.sort(null);
            out.add(articles);
        }
        out.sort(java.util.Comparator.comparing(Object::toString));
        return out;
    }

    /**
     * The Parquet writer on the JSONL folder the driver writes (the test above shows it equals the CLI's): the
     * tables and columns of the store's export (read from the store's own schema scripts, less the columns only a
     * store has), every record in them, partitioned by the article's year and month.
     */
    @Test
    void parquetTablesAreThoseOfTheExport() throws Exception {
        Path out = dir.resolve("spark-parquet");
        TableOutput.write(spark, reference, out.toString(), SparkAnalysis.Format.PARQUET);
        assertThat(out.resolve("journal")).doesNotExist();
        Map<String, List<String>> store = storeColumns();
        for (String table : ExportTables.TABLES) {
            List<String> expected = new ArrayList<>(store.get(table));
            expected.removeAll(ExportTables.STORE_ONLY.getOrDefault(table, Set.of()));
            List<String> columns = new ArrayList<>(List.of(spark.read().parquet(out.resolve(table).toString()).columns()));
            columns.removeAll(List.of("year", "month"));
            assertThat(columns).as(table).isEqualTo(expected);
        }
        long mentions = 0, eventMentions = 0;
        for (String l : lines(reference.resolve("entities.jsonl"))) mentions += Json.mapper().readTree(l).path("mentions").size();
        for (String l : lines(reference.resolve("events.jsonl"))) eventMentions += Json.mapper().readTree(l).path("mentions").size();
        Map<String, Long> expected = Map.of("articles", count("articles"), "timexes", count("timexes"), "quotes", count("quotes"),
                "entities", count("entities"), "entity_mentions", mentions, "events", count("events"), "event_mentions", eventMentions,
                "records", count("stories") + count("article_dates") + count("dyads"), "skipped", count("skipped"));
        for (String table : ExportTables.TABLES) {
            assertThat(spark.read().parquet(out.resolve(table).toString()).count()).as(table).isEqualTo(expected.get(table)).isPositive();
        }
        // partitions: the article's publication year and month, or the null partition without a date
        TreeMap<String, String> months = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).select("id", "year", "month", "published").collectAsList()) {
            months.put(r.getString(0), r.isNullAt(1) ? "none" : r.getInt(1) + "-" + r.getInt(2));
            if (!r.isNullAt(3)) assertThat(r.getDate(3).toLocalDate().getYear()).isEqualTo(r.getInt(1));
        }
        TreeMap<String, String> expectedMonths = new TreeMap<>();
        for (String l : lines(reference.resolve("articles.jsonl"))) {
            JsonNode a = Json.mapper().readTree(l);
            java.time.LocalDate p = a.path("published").isTextual() ? java.time.LocalDate.parse(a.path("published").asText()) : null;
            expectedMonths.put(a.path("id").asText(), p == null ? "none" : p.getYear() + "-" + p.getMonthValue());
        }
        assertThat(months).isEqualTo(expectedMonths);
        assertThat(months).containsValue("none").containsValue("2024-3");
        assertThat(out.resolve("articles/year=2024/month=3")).isDirectory();
    }

    private static long count(String table) throws IOException { return lines(reference.resolve(table + ".jsonl")).size(); }

    /** The columns of each store table, from the store's schema scripts (CREATE TABLE, then ALTER TABLE ... ADD COLUMN). */
    private static Map<String, List<String>> storeColumns() throws IOException {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String script : List.of("V1.sql", "V2.sql")) {
            String sql;
            try (var in = org.parley.store.Store.class.getResourceAsStream(script)) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            }
            var create = java.util.regex.Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\);", java.util.regex.Pattern.DOTALL).matcher(sql);
            while (create.find()) {
                List<String> columns = new ArrayList<>();
                for (String def : create.group(2).split(",")) {
                    String name = def.strip().split("\\s+")[0];
                    if (!name.isEmpty()) columns.add(name);
                }
                out.put(create.group(1), columns);
            }
            var alter = java.util.regex.Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+)").matcher(sql);
            while (alter.find()) out.get(alter.group(1)).add(alter.group(2));
        }
        return out;
    }

    private static List<String> lines(Path f) throws IOException {
        if (!Files.exists(f)) return List.of();
        try (Stream<String> s = Files.lines(f, StandardCharsets.UTF_8)) {
            return s.filter(l -> !l.isBlank()).toList();
        }
    }

    private static List<String> ids(Path articles) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : lines(articles)) {
            JsonNode n = Json.mapper().readTree(l);
            out.add(n.path("id").asText());
        }
        return out;
    }
}
