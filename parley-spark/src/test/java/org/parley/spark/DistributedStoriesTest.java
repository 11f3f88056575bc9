package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.LinkedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.entities.ArticleEntity;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Span;
import org.parley.model.Stage;
import org.parley.model.Timex;
import org.parley.stories.StoryBlocks;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;
import scala.Tuple2;

/**
 * Distributed story clustering against the in-order {@link StoryStage} on generated batches (no CoreNLP, a bag-of-words
 * embedder): topics that come and go over three months, a name in many articles, undated articles (some before the
 * first dated one), articles out of date order, in partitions out of input order; with the default options (the batch
 * within the reorder buffer: one table of frequencies) and with a small buffer and a short window (prefix frequencies,
 * the clock closing stories while the batch goes on, blocks cut by time).
 */
class DistributedStoriesTest {
    static SparkSession spark;
    static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("parley-stories-test");
        sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** Hashed bag of words, so texts sharing words are close; fails on a text with "unembeddable" in it. */
    static final class Bag implements TextEmbedder, Serializable {
        @Override public int dimension() { return 32; }

        @Override public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                if (t.contains("unembeddable")) throw new IllegalArgumentException("cannot embed this");
                float[] v = new float[32];
                for (String w : t.toLowerCase(Locale.ROOT).split("[^a-z]+")) if (w.length() > 3) v[Math.floorMod(w.hashCode(), 32)] += 1;
                double n = 0;
                for (float x : v) n += x * x;
                for (int i = 0; i < v.length && n > 0; i++) v[i] /= (float) Math.sqrt(n);
                out.add(v);
            }
            return out;
        }
    }

    static final String[][] TOPICS = {
            {"harbour strike dockers cranes pay union quay ships", "Dockers Union", "Velmora"},
            {"budget council vote tram cuts mayor debate city", "Ostrand council", "Tessa Brandt"},
            {"flood river levee rain evacuation farms water storm", "River Authority", "Lenvik"},
            {"election ballot candidate polls campaign rally voters count", "Unity Party", "Marek Holm"},
            {"museum clocks exhibition curator collection visitors gallery loan", "Clock Museum", "Kestria"},
            {"rail tunnel contract engineers delay minister station line", "Rail Board", "Ida Stern"}};
    static final String COMMON = "said week people officials report today also new";

    /** Topic t is in the news from day 12*t for 30 days; the first few articles are undated, some others too. */
    static List<LinkedArticle> batch(long seed, int n) { return batch(seed, n, false); }

    /**
     * @param timeline the articles come in five bursts of six days, 20 days apart, in input order (date order within a
     *                 few days), two topics a burst
     */
    static List<LinkedArticle> batch(long seed, int n, boolean timeline) {
        Random r = new Random(seed);
        List<LinkedArticle> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2031, 1, 1);
        for (int i = 0; i < n; i++) {
            int burst = i * 5 / n;
            int t = timeline ? (burst + r.nextInt(2)) % TOPICS.length : r.nextInt(TOPICS.length);
            String[] words = TOPICS[t][0].split(" ");
            String[] common = COMMON.split(" ");
            LocalDate date = timeline ? start.plusDays(20L * burst + r.nextInt(6)) : start.plusDays(12L * t + r.nextInt(30));
            if (i < 3 || r.nextInt(12) == 0) date = null;
            String title = TOPICS[t][2] + " " + words[r.nextInt(words.length)] + " " + words[r.nextInt(words.length)];
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                body.append(s == 0 ? TOPICS[t][1] : TOPICS[t][2]).append(' ');
                for (int w = 0; w < 8; w++) body.append(r.nextInt(3) == 0 ? common[r.nextInt(common.length)] : words[r.nextInt(words.length)]).append(' ');
                if (r.nextInt(8) == 0) body.append("Marek Holm ");
                body.append("follows. ");
            }
            out.add(article("a" + i, date, title, body.toString().strip(), t));
        }
        return out;
    }

    static LinkedArticle article(String id, LocalDate date, String title, String body, int topic) {
        String text = title + "\n\n" + body;
        Article a = new Article(id, id + ".txt", null, "outlet" + (id.hashCode() & 3), title, date, date == null ? null : "metadata", "en",
                null, text, List.of(new Span(title.length() + 2, text.length())), null);
        List<Span> sentences = new ArrayList<>();
        sentences.add(new Span(0, title.length()));
        int from = title.length() + 2;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                sentences.add(new Span(from, i + 1));
                from = i + 2;
            }
        }
        List<LinkedArticle.LinkedEntity> entities = new ArrayList<>();
        String[][] names = {{"E" + (topic * 2 + 1), TOPICS[topic][1]}, {"E" + (topic * 2 + 2), TOPICS[topic][2]}, {"E100", "Marek Holm"}};
        for (String[] e : names) {
            List<Span> spans = new ArrayList<>();
            for (int at = text.indexOf(e[1]); at >= 0; at = text.indexOf(e[1], at + 1)) spans.add(new Span(at, at + e[1].length()));
            if (spans.isEmpty()) continue;
            entities.add(new LinkedArticle.LinkedEntity(e[0], new ArticleEntity(id + "#" + e[0], e[1], EntityType.ORGANIZATION,
                    null, List.of(e[1]), spans)));
        }
        List<Quote> quotes = List.of(new Quote(id + "-q1", id, "direct", new Quote.TextSpan(0, 1, "x"), null, null, null, 0.9));
        return new LinkedArticle(a, null, entities, sentences, List.of(), List.of(), quotes);
    }

    static final class Sink implements ResultSink {
        final Map<String, List<Object>> records = new HashMap<>();

        @Override public void article(ArticleRecord a) {}
        @Override public void timexes(Collection<Timex> t) {}
        @Override public void quotes(Collection<Quote> q) {}
        @Override public void skipped(Skipped s) {}
        @Override public void entities(Collection<Entity> e) {}
        @Override public void events(Collection<Event> e) {}
        @Override public void records(String kind, Collection<?> list) { records.put(kind, new ArrayList<>(list)); }
        @Override public void close() {}
    }

    /** stories.jsonl and article_dates.jsonl of the in-order stage, as JSON lines. */
    static List<String> inOrder(List<LinkedArticle> batch, StoryOptions options) {
        StoryStage stage = new StoryStage(new Bag(), options);
        batch.forEach(stage::accept);
        Sink sink = new Sink();
        stage.finish(CorpusResults.empty(), sink);
        List<String> out = new ArrayList<>();
        sink.records.get(StoryStage.STORIES).forEach(s -> out.add(Wire.write(s)));
        sink.records.get(StoryStage.ARTICLE_DATES).forEach(d -> out.add(Wire.write(d)));
        return out;
    }

    static DistributedStories.Clustered distributed(List<LinkedArticle> batch, StoryOptions options) {
        List<Tuple2<Long, String>> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (StoryBlocks.takes(batch.get(i))) rows.add(new Tuple2<>(SparkAnalysis.key(i / 10, i % 10), Wire.write(batch.get(i))));
        }
        java.util.Collections.reverse(rows); // partitions out of input order
        JavaPairRDD<Long, String> linked = sc.parallelizePairs(rows, 4);
        return DistributedStories.cluster(sc, linked, options, Bag::new);
    }

    static List<String> lines(DistributedStories.Clustered c) {
        List<String> out = new ArrayList<>();
        c.stories().forEach(s -> out.add(Wire.write(s)));
        c.dates().forEach(d -> out.add(Wire.write(d)));
        return out;
    }

    @Test
    void sameStoriesAsTheInOrderStageWithTheBatchInTheBuffer() {
        List<LinkedArticle> batch = batch(1, 160);
        List<String> expected = inOrder(batch, StoryOptions.defaults());
        DistributedStories.Clustered got = distributed(batch, StoryOptions.defaults());
        assertThat(lines(got)).isEqualTo(expected);
        assertThat(got.stories().stream().filter(s -> s.articles().size() > 1).count()).as("stories of several articles").isGreaterThan(5);
        assertThat(got.dates()).as("undated articles dated by their story").isNotEmpty();
    }

    @Test
    void sameStoriesWithASmallBufferAndAShortWindow() {
        // prefix frequencies, stories closed by the clock as the batch goes on, blocks cut by time
        StoryOptions options = StoryOptions.defaults().withReorderBuffer(9).withWindowDays(2);
        for (long seed = 2; seed <= 2; seed++) {
            List<LinkedArticle> batch = batch(seed, 160, true);
            // a few articles far out of date order
            List<LinkedArticle> shuffled = new ArrayList<>(batch);
            java.util.Collections.swap(shuffled, 10, 150);
            java.util.Collections.swap(shuffled, 40, 120);
            List<String> expected = inOrder(shuffled, options);
            DistributedStories.Clustered got = distributed(shuffled, options);
            assertThat(lines(got)).as("seed " + seed).isEqualTo(expected);
            assertThat(got.blocks()).as("blocks cut by time").isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aBlockClosesItsStoriesOnTheBatchsClock() {
        // two topics that share no key, side by side for ten days; a late article of the first topic, dated while its
        // story was running, is taken when the other topic has moved the batch's clock to day 7 (the buffer holds days 8-10): that story (last
        // article day 4, window 2) is closed by then, though the first topic's own clock is still at day 4
        LocalDate d = LocalDate.of(2031, 5, 1);
        List<LinkedArticle> batch = new ArrayList<>();
        for (int day = 0; day <= 10; day++) {
            if (day <= 4) {
                batch.add(article("x" + day, d.plusDays(day), "Velmora harbour strike " + day,
                        "Dockers Union strike harbour cranes pay. Velmora quay ships union strike dockers.", 0));
            }
            batch.add(article("y" + day, d.plusDays(day), "Kestria museum clocks " + day,
                    "Clock Museum exhibition curator collection. Kestria visitors gallery loan clocks curator.", 4));
        }
        batch.add(article("xl", d.plusDays(3), "Velmora harbour strike late",
                "Dockers Union strike harbour cranes pay. Velmora quay ships union strike dockers.", 0));
        StoryOptions options = StoryOptions.defaults().withReorderBuffer(3).withWindowDays(2);
        List<String> expected = inOrder(batch, options);
        DistributedStories.Clustered got = distributed(batch, options);
        assertThat(lines(got)).isEqualTo(expected);
        assertThat(got.blocks()).isEqualTo(2);
        assertThat(got.stories()).anyMatch(st -> st.articles().equals(List.of("xl")));
    }

    @Test
    void anArticleTheStageFailsOnIsReportedAndLeftOut() {
        List<LinkedArticle> batch = new ArrayList<>(batch(4, 60));
        LinkedArticle bad = article("bad", LocalDate.of(2031, 1, 20), "Velmora unembeddable harbour", "Dockers Union strike pay union. Velmora quay.", 0);
        batch.add(30, bad);
        List<LinkedArticle> without = new ArrayList<>(batch);
        without.remove(bad);
        List<String> expected = inOrder(without, StoryOptions.defaults());
        DistributedStories.Clustered got = distributed(batch, StoryOptions.defaults());
        assertThat(lines(got)).isEqualTo(expected);
        assertThat(got.failures()).hasSize(1);
        Skipped s = got.failures().get(SparkAnalysis.key(3, 0));
        assertThat(s.stage()).isEqualTo(Stage.STORIES);
        assertThat(s.id()).isEqualTo("bad");
        assertThat(s.reason()).isEqualTo("failed in stories: IllegalArgumentException: cannot embed this");
    }

    @Test
    void scheduleReplaysTheReorderBuffer() {
        // buffer of 2: dates 5, 3, 4, 1 arrive; undated first article waits for the first date
        List<LocalDate> dates = new ArrayList<>();
        dates.add(null);
        for (int d : new int[] {5, 3, 4, 1}) dates.add(LocalDate.ofEpochDay(d));
        StoryBlocks.Schedule s = StoryBlocks.Schedule.of(dates, StoryOptions.defaults().withReorderBuffer(2));
        // arrivals: 0 (waits), 1 (5): push 0@5, 1@5 -> size 2; 2 (3): push -> take 2@3 (take 0, 3 counted)
        assertThat(s.place(2).take()).isEqualTo(0);
        assertThat(s.place(2).documents()).isEqualTo(3);
        assertThat(s.place(0).sortDay()).isEqualTo(5);
        // 3 (4): take 3@4 (take 1), clock 4; 4 (1): take 4@1 (take 2), clock stays 4; then 0@5, 1@5 at the end
        assertThat(s.place(3).take()).isEqualTo(1);
        assertThat(s.place(4).take()).isEqualTo(2);
        assertThat(s.place(4).clockDay()).isEqualTo(4);
        assertThat(s.place(0).take()).isEqualTo(3);
        assertThat(s.place(0).documents()).isEqualTo(5);
        assertThat(s.place(1).clockDay()).isEqualTo(5);
        assertThat(s.wholeBatchCounted()).isFalse();
    }
}
