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
        spark = SparkSession.builder().master("local[2]").appName("parley-steps-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
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
}
