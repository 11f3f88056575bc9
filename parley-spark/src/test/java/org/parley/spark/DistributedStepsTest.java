package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.link.DuplicateDetector;
import org.parley.link.EventMerger;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Span;
import scala.Tuple2;

/**
 * The distributed near-duplicate and event-merging steps against the in-order {@link DuplicateDetector} and
 * {@link EventMerger} on a generated batch (no CoreNLP): copies, edited and cut copies, copies of copies, an id
 * seen twice, two articles in one, texts too short for a signature, and events of a few types, actors and dates (unknown, month-only,
 * days apart, the copies' events) in several partitions.
 */
class DistributedStepsTest {
    static SparkSession spark;
    static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("parley-steps-test");
        sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    record Batch(List<Article> articles, List<List<Event>> events) {}

    static final String[] WORDS = ("harbour council minister river bridge vote budget strike union school court judge "
            + "market price grain ship border army talks treaty mayor city rail station storm flood farm tax bank loan "
            + "festival museum election party leader police march crowd report office plan deal port fleet").split(" ");
    static final String[] TYPES = {"CONSULT", "ACCUSE", "AGREE", "PROTEST"};
    static final String[] ACTORS = {"FRA", "RUS", "DEU", "USA", "the mayor"};
    static final String[] DATES = {"2024-03-01", "2024-03-02", "2024-03-04", "2024-03-05", "2024-03-09", "2024-03", "2024", null};

    static Batch batch(long seed, int n) {
        Random r = new Random(seed);
        List<Article> articles = new ArrayList<>();
        List<List<Event>> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = i == 40 ? "a7" : "a" + i; // an id seen again, with another text
            String text;
            int kind = r.nextInt(10);
            if (i > 3 && kind < 3) { // a copy of an earlier article: exact, edited, or cut
                int from = r.nextInt(articles.size());
                Article of = articles.get(from);
                text = of.text();
                if (kind == 1) text = text.replaceFirst(" [a-z]+ ", " changed ");
                if (kind == 2) text = text.substring(0, text.length() * 4 / 5);
                final String copyId = id;
                events.add(events.get(from).stream().map(e -> ev(copyId + e.id().substring(e.id().indexOf('-')), copyId, e)).toList());
            } else if (i > 3 && kind == 4) { // two earlier articles in one: a copy of both (containment), of the earlier by rule
                int x = r.nextInt(articles.size()), y = r.nextInt(articles.size());
                text = articles.get(Math.max(x, y)).text() + "\n" + articles.get(Math.min(x, y)).text();
                events.add(List.of());
            } else {
                text = kind == 3 ? "Too short." : text(r, 80 + r.nextInt(200));
                List<Event> es = new ArrayList<>();
                for (int k = r.nextInt(4); k > 0; k--) {
                    es.add(event(id + "-e" + es.size(), id, TYPES[r.nextInt(TYPES.length)], ACTORS[r.nextInt(ACTORS.length)],
                            ACTORS[r.nextInt(ACTORS.length)], DATES[r.nextInt(DATES.length)], r.nextBoolean() ? "met" : "said"));
                }
                events.add(es);
            }
            articles.add(new Article(id, id + ".txt", null, "outlet" + r.nextInt(5), null, null, null, "en", null, text,
                    List.of(new Span(0, text.length())), null));
        }
        return new Batch(articles, events);
    }

    static String text(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        return sb.toString();
    }

    static Event event(String id, String article, String type, String src, String tgt, String date, String trigger) {
        Event.EventMention m = new Event.EventMention(article, new Span(0, 10), new Event.Trigger(2, 5, trigger));
        return new Event(id, type, null, List.of("diplomatic"), List.of(new Event.EventActor(article + "#e1", src, src.length() == 3 ? src : null, "GOV")),
                List.of(new Event.EventActor(article + "#e2", tgt, tgt.length() == 3 ? tgt : null, null)), date, null, false, false, null,
                "040", 1.0, 1, 0.8, List.of(m), 1, 1, Event.Status.CURRENT);
    }

    /** The copy's own event: same content, the copy's id and mention. */
    static Event ev(String id, String article, Event of) {
        Event.EventMention m = new Event.EventMention(article, of.mentions().get(0).sentence(), of.mentions().get(0).trigger());
        return new Event(id, of.type(), of.mode(), of.contexts(), of.source(), of.target(), of.date(), of.location(), of.negated(),
                of.hypothetical(), of.reportedBy(), of.cameo(), of.goldstein(), of.quadClass(), of.confidence(), List.of(m), 1, 1, of.status());
    }

    static JavaPairRDD<Long, String> analysed(Batch b) {
        List<Tuple2<Long, String>> rows = new ArrayList<>();
        for (int i = 0; i < b.articles().size(); i++) {
            Article a = b.articles().get(i);
            List<Event> es = b.events().get(i);
            rows.add(new Tuple2<>(SparkAnalysis.key(i / 10, i % 10), Wire.write(new Wire.Result(a, null, null, null, es, null, null, null))));
        }
        java.util.Collections.reverse(rows); // partitions out of input order: the steps must not rely on it
        return sc.parallelizePairs(rows, 5);
    }

    @Test
    void sameDuplicatesAndMergedEventsAsTheInOrderRun() {
        for (long seed = 1; seed <= 3; seed++) {
            Batch b = batch(seed, 120);
            // the in-order run: detector then merger over the articles' events in input order
            DuplicateDetector detector = new DuplicateDetector();
            List<String> expectedDup = new ArrayList<>();
            Map<String, String> outlets = new HashMap<>(), duplicateOf = new HashMap<>();
            List<Event> all = new ArrayList<>();
            for (int i = 0; i < b.articles().size(); i++) {
                Article a = b.articles().get(i);
                String d = detector.check(a);
                expectedDup.add(d);
                outlets.put(a.id(), a.outlet());
                if (d != null) duplicateOf.put(a.id(), d);
                all.addAll(b.events().get(i));
            }
            List<String> expectedEvents = new EventMerger().merge(all, outlets::get, duplicateOf::get).stream().map(Wire::write).toList();

            JavaPairRDD<Long, String> analysed = analysed(b);
            NearDuplicates.Found found = NearDuplicates.find(sc, analysed);
            List<String> dup = new ArrayList<>();
            for (Article a : b.articles()) dup.add(NearDuplicates.duplicateOf(found, a));
            assertThat(dup).as("seed " + seed).isEqualTo(expectedDup);
            assertThat(expectedDup.stream().filter(d -> d != null).count()).as("copies in the batch").isGreaterThan(20);

            List<String> merged = EventMerging.merge(analysed, sc.broadcast(found)).values().collect();
            assertThat(merged).as("seed " + seed).isEqualTo(expectedEvents);
            assertThat(merged.size()).as("some events merged").isLessThan(all.size() - 20);
        }
    }

    /**
     * Names that meet in the linker: shared surnames, spelling variants, acronyms, country codes, generic names; a
     * short name's full name (4th column) is sometimes given as a variant, as the extractor does.
     */
    static final String[][] NAMES = {
            {"PERSON", "George Bush", "USA", null}, {"PERSON", "Jeb Bush", "USA", null}, {"PERSON", "Bush", null, "George Bush"},
            {"PERSON", "George W. Bush", "USA", null}, {"PERSON", "Emmanuel Macron", "FRA", null}, {"PERSON", "Macron", null, "Emmanuel Macron"},
            {"PERSON", "Makron", "FRA", null}, {"PERSON", "Macron", "RUS", null}, {"PERSON", "Vladimir Putin", "RUS", null},
            {"PERSON", "Putin", null, "Vladimir Putin"}, {"PERSON", "Poutine", null, null}, {"PERSON", "Olaf Scholz", "DEU", null},
            {"PERSON", "Scholz", null, "Olaf Scholz"}, {"PERSON", "Sholz", null, null}, {"PERSON", "Jean-Yves Le Drian", "FRA", null},
            {"PERSON", "Le Drian", null, "Jean-Yves Le Drian"}, {"PERSON", "Bashar al-Assad", "SYR", null}, {"PERSON", "Assad", null, null},
            {"PERSON", "John Smith", null, null}, {"PERSON", "Jane Smith", "GBR", null}, {"PERSON", "Smith", null, "Jane Smith"},
            {"PERSON", "Smyth", null, null}, {"PERSON", "Ana Lopez", "ESP", null}, {"PERSON", "Lopes", null, null},
            {"ORGANIZATION", "North Atlantic Treaty Organization", null, null}, {"ORGANIZATION", "NATO", null, null},
            {"ORGANIZATION", "United Nations", null, null}, {"ORGANIZATION", "UN", null, null}, {"LOCATION", "United Nations", null, null},
            {"ORGANIZATION", "Interior Ministry", "FRA", null}, {"ORGANIZATION", "Interior Ministry", "RUS", null},
            {"ORGANIZATION", "European Union", null, null}, {"ORGANIZATION", "EU", null, null}, {"ORGANIZATION", "Kremlin", "RUS", null},
            {"LOCATION", "Kremlin", null, null}, {"COUNTRY", "France", "FRA", null}, {"NATIONALITY", "French", "FRA", null},
            {"COUNTRY", "Russia", "RUS", null}, {"COUNTRY", "Russian Federation", "RUS", null}, {"COUNTRY", "Germany", "DEU", null},
            {"LOCATION", "Paris", "FRA", null}, {"MISC", "Brexit", null, null}};
    static final String[] DAYS = {"2024-03-01", "2024-03-02", "2024-03-05", null};

    /** Articles with entities drawn from {@link #NAMES}, some with a full name as a variant of a short one. */
    static List<Wire.Result> linkBatch(long seed, int n) {
        Random r = new Random(seed);
        List<Wire.Result> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "l" + i;
            StringBuilder text = new StringBuilder("Lead. ");
            List<org.parley.entities.ArticleEntity> ents = new ArrayList<>();
            for (int k = r.nextInt(7); k > 0; k--) {
                String[] x = NAMES[r.nextInt(NAMES.length)];
                List<String> variants = new ArrayList<>(List.of(x[1]));
                if (x[3] != null && r.nextInt(3) == 0) variants.add(0, x[3]);
                List<Span> spans = new ArrayList<>();
                for (int m = 1 + r.nextInt(2); m > 0; m--) {
                    spans.add(new Span(text.length(), text.length() + x[1].length()));
                    text.append(x[1]).append(" said. ");
                }
                if (r.nextInt(20) == 0) spans.add(new Span(5000, 5010)); // past the text's end
                org.parley.model.Actor actor = x[2] == null ? null : new org.parley.model.Actor(x[2], r.nextBoolean() ? "GOV" : null);
                ents.add(new org.parley.entities.ArticleEntity(id + "#e" + (ents.size() + 1), x[1], org.parley.model.EntityType.valueOf(x[0]),
                        actor, variants, spans));
            }
            String day = DAYS[r.nextInt(DAYS.length)];
            Article a = new Article(id, id + ".txt", null, "outlet", null, day == null ? null : java.time.LocalDate.parse(day), null, "en",
                    null, text.toString(), List.of(new Span(0, text.length())), null);
            out.add(new Wire.Result(a, new org.parley.entities.ArticleEntities(ents), null, null, null, null, null, null));
        }
        return out;
    }

    @Test
    void sameEntityIdsNamesAndTableAsTheInOrderLinker() {
        for (long seed = 1; seed <= 1; seed++) {
            List<Wire.Result> batch = linkBatch(seed, 200);
            org.parley.link.EntityLinker linker = new org.parley.link.EntityLinker();
            List<String> expected = new ArrayList<>();
            for (Wire.Result r : batch) {
                Map<String, String> ids = linker.link(r.article(), r.entities());
                Map<String, String> names = new java.util.LinkedHashMap<>();
                for (String g : ids.values()) names.put(g, linker.name(g));
                expected.add(r.article().id() + " " + new java.util.TreeMap<>(ids) + " " + new java.util.TreeMap<>(names));
            }
            List<String> expectedTable = linker.entities().stream().map(Wire::write).toList();

            List<Tuple2<Long, String>> rows = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) rows.add(new Tuple2<>(SparkAnalysis.key(i / 10, i % 10), Wire.write(batch.get(i))));
            java.util.Collections.reverse(rows);
            DistributedLinking.Linked linked = DistributedLinking.link(sc.parallelizePairs(rows, 3), org.parley.link.EntityLinker::new);
            Map<Long, DistributedLinking.ArticleLinks> got = new HashMap<>();
            for (Tuple2<Long, String> t : linked.articles().collect()) got.put(t._1(), Wire.parse(t._2(), DistributedLinking.ArticleLinks.class));
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                DistributedLinking.ArticleLinks l = got.getOrDefault(SparkAnalysis.key(i / 10, i % 10), new DistributedLinking.ArticleLinks(Map.of(), Map.of()));
                actual.add(batch.get(i).article().id() + " " + new java.util.TreeMap<>(l.ids()) + " " + new java.util.TreeMap<>(l.names()));
            }
            assertThat(actual).as("seed " + seed).isEqualTo(expected);
            assertThat(linked.entities().collect()).as("seed " + seed).isEqualTo(expectedTable);
            assertThat(expectedTable.size()).as("entities linked across articles").isBetween(20, 300);
            assertThat(linked.blocks()).as("blocks").isGreaterThan(10);
        }
    }

    /** The in-order linker, failing on the articles of the given ids before it changes anything. */
    static final class FailingLinker implements org.parley.link.EntityLinking {
        final org.parley.link.EntityLinker inner = new org.parley.link.EntityLinker();
        final java.util.Set<String> failOn;

        FailingLinker(String... ids) { this.failOn = java.util.Set.of(ids); }

        @Override public Map<String, String> link(Article article, org.parley.entities.ArticleEntities ents) {
            if (failOn.contains(article.id())) throw new IllegalStateException("injected for " + article.id());
            return inner.link(article, ents);
        }

        @Override public String name(String globalId) { return inner.name(globalId); }

        @Override public List<org.parley.model.Entity> entities() { return inner.entities(); }
    }

    @Test
    void anArticleTheLinkerFailsOnIsGivenUpAsTheRunnerGivesItUp() {
        List<Wire.Result> batch = linkBatch(5, 120);
        // the runner: the failing article is reported and the next one linked with the same linker
        FailingLinker linker = new FailingLinker("l17", "l60");
        List<String> expected = new ArrayList<>();
        Map<Long, String> expectedFailures = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Wire.Result r = batch.get(i);
            try {
                Map<String, String> ids = linker.link(r.article(), r.entities());
                expected.add(r.article().id() + " " + new java.util.TreeMap<>(ids));
            } catch (RuntimeException e) {
                expectedFailures.put(SparkAnalysis.key(i / 10, i % 10), new org.parley.StageFailure(org.parley.model.Stage.LINK, e).getMessage());
            }
        }
        List<String> expectedTable = linker.entities().stream().map(Wire::write).toList();

        List<Tuple2<Long, String>> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) rows.add(new Tuple2<>(SparkAnalysis.key(i / 10, i % 10), Wire.write(batch.get(i))));
        DistributedLinking.Linked linked = DistributedLinking.link(sc.parallelizePairs(rows, 3), () -> new FailingLinker("l17", "l60"));
        Map<Long, DistributedLinking.ArticleLinks> got = new HashMap<>();
        for (Tuple2<Long, String> t : linked.articles().collect()) got.put(t._1(), Wire.parse(t._2(), DistributedLinking.ArticleLinks.class));
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            long key = SparkAnalysis.key(i / 10, i % 10);
            if (linked.failures().containsKey(key)) continue;
            DistributedLinking.ArticleLinks l = got.getOrDefault(key, new DistributedLinking.ArticleLinks(Map.of(), Map.of()));
            actual.add(batch.get(i).article().id() + " " + new java.util.TreeMap<>(l.ids()));
        }
        assertThat(linked.failures()).isEqualTo(expectedFailures);
        assertThat(linked.failures().values()).contains("failed in link: IllegalStateException: injected for l17");
        assertThat(actual).isEqualTo(expected);
        assertThat(linked.entities().collect()).isEqualTo(expectedTable);
    }

    @Test
    void componentsOfLongChainsAndSeparateNodes() {
        // a chain of 300 keys whose smallest is in the middle, a star, and a node alone
        List<Tuple2<String, String>> edges = new ArrayList<>();
        List<String> chain = new ArrayList<>();
        for (int i = 0; i < 300; i++) chain.add("c" + String.format("%03d", (i * 7 + 150) % 300));
        for (int i = 0; i < chain.size(); i++) {
            edges.add(new Tuple2<>(chain.get(i), chain.get(i)));
            if (i > 0) { edges.add(new Tuple2<>(chain.get(i - 1), chain.get(i))); edges.add(new Tuple2<>(chain.get(i), chain.get(i - 1))); }
        }
        for (String leaf : List.of("s2", "s1", "s3")) {
            edges.add(new Tuple2<>("s9", leaf)); edges.add(new Tuple2<>(leaf, "s9")); edges.add(new Tuple2<>(leaf, leaf));
        }
        edges.add(new Tuple2<>("s9", "s9"));
        edges.add(new Tuple2<>("alone", "alone"));
        Map<String, String> labels = new HashMap<>(DistributedLinking.components(sc.parallelizePairs(edges, 3), "test").collectAsMap());
        assertThat(labels).hasSize(305);
        for (String c : chain) assertThat(labels.get(c)).as(c).isEqualTo("c000");
        for (String n : List.of("s1", "s2", "s3", "s9")) assertThat(labels.get(n)).isEqualTo("s1");
        assertThat(labels.get("alone")).isEqualTo("alone");
    }
}
