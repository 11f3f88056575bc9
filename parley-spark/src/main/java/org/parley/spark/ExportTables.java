package org.parley.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.parley.write.Json;

/**
 * The Parquet output in the tables and columns of {@code parley export --format parquet} (docs/schema.md, "The
 * store"): articles, timexes, quotes, entities, entity_mentions, events, event_mentions, records, skipped, with
 * nested values flattened as the store flattens them and JSON columns as text. Columns the store derives from its
 * own state across runs are left out: {@code run_id}, {@code content_hash}, {@code input_hash}, the entity and
 * event {@code key}s and the record {@code hash}; ids are the run's ({@code E12}, event ids of the run), not ids
 * matched against a store. The tables of one article's records are partitioned by the article's publication date
 * ({@code year=2024/month=3}; an article without a date in Spark's null partition {@code
 * year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__}); events by their own date when it is known to
 * the month; entities, records and skipped are not partitioned.
 */
final class ExportTables {
    private ExportTables() {}

    /** Columns of the store's tables this output leaves out (see the class comment). */
    static final Map<String, Set<String>> STORE_ONLY = Map.of(
            "articles", Set.of("content_hash", "run_id", "input_hash"), "quotes", Set.of("run_id"),
            "entities", Set.of("key"), "events", Set.of("key"), "records", Set.of("hash", "run_id"), "skipped", Set.of("run_id"));

    static final List<String> TABLES = List.of("articles", "timexes", "quotes", "entities", "entity_mentions", "events",
            "event_mentions", "records", "skipped");

    private static final DataType S = DataTypes.StringType, I = DataTypes.IntegerType, D = DataTypes.DoubleType,
            B = DataTypes.BooleanType, DATE = DataTypes.DateType;

    /** The partition columns: the year and month of the date the table is partitioned by. */
    private static StructType partitioned(StructType t) { return t.add("year", I).add("month", I); }

    static final StructType ARTICLES = partitioned(schema("id", S, "path", S, "url", S, "outlet", S, "title", S, "published", DATE,
            "published_from", S, "language", S, "duplicate_of", S, "skipped_stages", S, "text", S, "body", S, "dateline", S));
    static final StructType TIMEXES = partitioned(schema("article", S, "start_offset", I, "end_offset", I, "text", S, "type", S,
            "value", S, "mod", S));
    static final StructType QUOTES = partitioned(schema("id", S, "article", S, "kind", S, "content_start", I, "content_end", I,
            "content", S, "cue_start", I, "cue_end", I, "cue", S, "source_start", I, "source_end", I, "source_text", S,
            "speaker_entity", S, "speaker_name", S, "speaker_country", S, "speaker_sector", S, "confidence", D, "published", DATE));
    static final StructType ENTITIES = schema("id", S, "name", S, "type", S, "country", S, "sector", S, "variants", S);
    static final StructType ENTITY_MENTIONS = partitioned(schema("entity", S, "article", S, "start_offset", I, "end_offset", I,
            "text", S, "published", DATE));
    static final StructType EVENTS = partitioned(schema("id", S, "type", S, "mode", S, "contexts", S, "source", S, "target", S,
            "source_entity", S, "source_country", S, "source_sector", S, "source_text", S,
            "target_entity", S, "target_country", S, "target_sector", S, "target_text", S,
            "date", S, "day", DATE, "location", S, "negated", B, "hypothetical", B, "reported_by", S, "cameo", S,
            "goldstein", D, "quad_class", I, "confidence", D, "num_articles", I, "num_sources", I));
    static final StructType EVENT_MENTIONS = partitioned(schema("event", S, "article", S, "sentence_start", I, "sentence_end", I,
            "trigger_start", I, "trigger_end", I, "trigger_text", S));
    static final StructType RECORDS = schema("kind", S, "id", S, "json", S);
    static final StructType SKIPPED = schema("path", S, "reason", S);

    /** The files of the JSONL folder that are not a table of their own: records of the corpus stages by kind. */
    private static final Set<String> OWN_FILES = Set.of("articles", "timexes", "quotes", "entities", "events", "skipped", "journal");

    /** Writes the tables of the driver's JSONL folder {@code local} under {@code output}. */
    static void write(SparkSession spark, Path local, String output) {
        Map<String, LocalDate> published = new HashMap<>();
        List<Row> articles = new ArrayList<>();
        each(local.resolve("articles.jsonl"), a -> {
            LocalDate p = date(a.path("published"));
            published.put(a.path("id").asText(), p);
            articles.add(row(p, str(a, "id"), str(a, "path"), str(a, "url"), str(a, "outlet"), str(a, "title"), sqlDate(p),
                    str(a, "published_from"), str(a, "language"), str(a, "duplicate_of"), str(a, "skipped_stages"), str(a, "text"),
                    json(a.get("body")), json(a.get("dateline"))));
        });
        Function<String, LocalDate> of = published::get;
        save(spark, articles, ARTICLES, output, "articles");

        List<Row> timexes = new ArrayList<>();
        each(local.resolve("timexes.jsonl"), t -> timexes.add(row(of.apply(t.path("article").asText()), str(t, "article"),
                num(t, "start"), num(t, "end"), str(t, "text"), str(t, "type"), str(t, "value"), str(t, "mod"))));
        save(spark, timexes, TIMEXES, output, "timexes");

        List<Row> quotes = new ArrayList<>();
        each(local.resolve("quotes.jsonl"), q -> {
            LocalDate p = of.apply(q.path("article").asText());
            JsonNode c = q.path("content"), cue = q.path("cue"), src = q.path("source"), s = q.path("speaker");
            quotes.add(row(p, str(q, "id"), str(q, "article"), str(q, "kind"), num(c, "start"), num(c, "end"), str(c, "text"),
                    num(cue, "start"), num(cue, "end"), str(cue, "text"), num(src, "start"), num(src, "end"), str(src, "text"),
                    str(s, "entity"), str(s, "name"), str(s, "country"), str(s, "sector"), dbl(q, "confidence"), sqlDate(p)));
        });
        save(spark, quotes, QUOTES, output, "quotes");

        List<Row> entities = new ArrayList<>(), mentions = new ArrayList<>();
        each(local.resolve("entities.jsonl"), e -> {
            JsonNode actor = e.path("actor");
            entities.add(RowFactory.create(str(e, "id"), str(e, "name"), str(e, "type"), str(actor, "country"), str(actor, "sector"),
                    json(e.get("variants"))));
            for (JsonNode m : e.path("mentions")) {
                LocalDate p = of.apply(m.path("article").asText());
                mentions.add(row(p, str(e, "id"), str(m, "article"), num(m, "start"), num(m, "end"), str(m, "text"), sqlDate(p)));
            }
        });
        save(spark, entities, ENTITIES, output, "entities");
        save(spark, mentions, ENTITY_MENTIONS, output, "entity_mentions");

        List<Row> events = new ArrayList<>(), eventMentions = new ArrayList<>();
        each(local.resolve("events.jsonl"), e -> {
            JsonNode s = e.path("source").path(0), t = e.path("target").path(0);
            String date = str(e, "date");
            LocalDate day = day(date);
            Row r = RowFactory.create(str(e, "id"), str(e, "type"), str(e, "mode"), json(e.get("contexts")), json(e.get("source")),
                    json(e.get("target")), str(s, "entity"), str(s, "country"), str(s, "sector"), str(s, "text"),
                    str(t, "entity"), str(t, "country"), str(t, "sector"), str(t, "text"), date, sqlDate(day), str(e, "location"),
                    e.path("negated").asBoolean(), e.path("hypothetical").asBoolean(), json(e.get("reported_by")), str(e, "cameo"),
                    dbl(e, "goldstein"), num(e, "quad_class"), dbl(e, "confidence"), num(e, "num_articles"), num(e, "num_sources"),
                    year(date), month(date));
            events.add(r);
            for (JsonNode m : e.path("mentions")) {
                LocalDate p = of.apply(m.path("article").asText());
                JsonNode sentence = m.path("sentence"), trigger = m.path("trigger");
                eventMentions.add(row(p, str(e, "id"), str(m, "article"), idx(sentence, 0), idx(sentence, 1),
                        num(trigger, "start"), num(trigger, "end"), str(trigger, "text")));
            }
        });
        save(spark, events, EVENTS, output, "events");
        save(spark, eventMentions, EVENT_MENTIONS, output, "event_mentions");

        List<Row> records = new ArrayList<>();
        for (String kind : recordKinds(local)) {
            each(local.resolve(kind + ".jsonl"), r -> records.add(RowFactory.create(kind, str(r, "id"), json(r))));
        }
        save(spark, records, RECORDS, output, "records");

        List<Row> skipped = new ArrayList<>();
        each(local.resolve("skipped.jsonl"), s -> skipped.add(RowFactory.create(str(s, "path"), str(s, "reason"))));
        save(spark, skipped, SKIPPED, output, "skipped");
    }

    private static void save(SparkSession spark, List<Row> rows, StructType schema, String output, String table) {
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        var writer = df.coalesce(1).write().mode(SaveMode.Overwrite);
        if (schema.getFieldIndex("year").isDefined()) writer = writer.partitionBy("year", "month");
        writer.parquet(new org.apache.hadoop.fs.Path(output, table).toString());
    }

    /** Kinds of records the corpus stages wrote (stories, article_dates, dyads, ...), in name order. */
    private static List<String> recordKinds(Path local) {
        try (Stream<Path> s = Files.list(local)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl"))
                    .map(n -> n.substring(0, n.length() - ".jsonl".length())).filter(n -> !OWN_FILES.contains(n)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void each(Path file, java.util.function.Consumer<JsonNode> action) {
        if (!Files.exists(file)) return;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) action.accept(Json.mapper().readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A row of a partitioned table: its values, then the year and month of {@code date} (null: the unknown partition). */
    private static Row row(LocalDate date, Object... values) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 2);
        all[values.length] = date == null ? null : date.getYear();
        all[values.length + 1] = date == null ? null : date.getMonthValue();
        return RowFactory.create(all);
    }

    private static StructType schema(Object... nameType) {
        StructType t = new StructType();
        for (int i = 0; i < nameType.length; i += 2) t = t.add((String) nameType[i], (DataType) nameType[i + 1]);
        return t;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static Integer num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.asInt();
    }

    private static Integer idx(JsonNode n, int i) {
        JsonNode v = n.get(i);
        return v == null || !v.isNumber() ? null : v.asInt();
    }

    private static Double dbl(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }

    /** A JSON value as compact text, as the store keeps its JSON columns (null stays null). */
    private static String json(JsonNode v) {
        if (v == null || v.isNull()) return null;
        try {
            return Json.mapper().writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(JsonNode v) {
        if (v == null || !v.isTextual()) return null;
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Date sqlDate(LocalDate d) { return d == null ? null : Date.valueOf(d); }

    /** The day of an event date known to the day ("2017-05-29"), else null, as the store's {@code day} column. */
    private static LocalDate day(String date) {
        if (date == null || date.length() < 10) return null;
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The year of an event date known at least to the month ("2017-05", "2017-05-29"), else null. */
    private static Integer year(String date) {
        return month(date) == null ? null : Integer.valueOf(date.substring(0, 4));
    }

    private static Integer month(String date) {
        if (date == null || date.length() < 7 || date.charAt(4) != '-') return null;
        if (!date.substring(0, 4).chars().allMatch(Character::isDigit) || !date.substring(5, 7).chars().allMatch(Character::isDigit)) return null;
        int v = Integer.parseInt(date.substring(5, 7));
        return v >= 1 && v <= 12 ? v : null;
    }

    /** For tests: the columns of each table without the partition columns. */
    static Map<String, List<String>> columns() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, StructType> all = Map.of("articles", ARTICLES, "timexes", TIMEXES, "quotes", QUOTES, "entities", ENTITIES,
                "entity_mentions", ENTITY_MENTIONS, "events", EVENTS, "event_mentions", EVENT_MENTIONS, "records", RECORDS,
                "skipped", SKIPPED);
        for (String t : TABLES) {
            List<String> names = new ArrayList<>(List.of(all.get(t).fieldNames()));
            names.removeAll(List.of("year", "month"));
            out.put(t, names);
        }
        return out;
    }
}
