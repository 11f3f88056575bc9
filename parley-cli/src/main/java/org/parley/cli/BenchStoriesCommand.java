package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.LinkedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.entities.ArticleEntity;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench-stories --from OUT --copies N}: the story stage's cost per article and its heap on a
 * synthetic corpus made of N copies of an analysis folder's articles, each copy shifted in time past the
 * previous one (so the number of articles per window stays that of the real corpus). Not a timed test.
 */
@Command(name = "bench-stories", mixinStandardHelpOptions = true,
        description = "Benchmark the story stage on shifted copies of an analysis (cost per article, heap).")
public final class BenchStoriesCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "OUT", description = "An analysis output folder (articles, entities, quotes).")
    Path from;

    @Option(names = "--copies", required = true, description = "How many time-shifted copies of its articles to feed.")
    int copies;

    @Option(names = "--embedder", defaultValue = "minilm",
            description = "minilm (the real model) or hash (a hashed bag of words, to measure the stage without the model at scale).")
    String embedderName;

    @Option(names = "--occasion-weight", description = "Weight of the main-event (occasion) signal (default: the stage's default, off).")
    Double occasionWeight;

    @Option(names = "--member-floor", description = "Members' agreement floor (default: the stage's default).")
    Double memberFloor;

    @Override public Integer call() throws IOException {
        List<LinkedArticle> base = load(new ResultFolder(from));
        LocalDate min = null;
        for (LinkedArticle a : base) {
            LocalDate d = a.article().published();
            if (d == null) continue;
            if (min == null || d.isBefore(min)) min = d;

        }
        StoryOptions options = StoryOptions.defaults();
        if (occasionWeight != null) options = options.withOccasionWeight(occasionWeight);
        if (memberFloor != null) options = options.withMemberFloor(memberFloor);
        // copy c is published on day c: as many articles a day as the folder has, a steady density over time
        LocalDate day0 = min == null ? LocalDate.of(2020, 1, 1) : min;
        TextEmbedder embedder = "hash".equals(embedderName) ? new HashEmbedder() : Embedders.minilm();
        embedder.embed("warm up");
        StoryStage stage = new StoryStage(embedder, options);
        long total = (long) copies * base.size();
        long checkpoint = Math.max(1, total / 10), n = 0, maxHeap = 0;
        long t0 = System.nanoTime();
        for (int c = 0; c < copies; c++) {
            for (LinkedArticle a : base) {
                stage.accept(copy(a, c, day0.plusDays(c)));
                if (++n % checkpoint == 0) maxHeap = Math.max(maxHeap, usedAfterGc());
            }
        }
        long t1 = System.nanoTime();
        CollectingSink sink = new CollectingSink(false);
        stage.finish(CorpusResults.empty(), sink);
        long t2 = System.nanoTime();
        maxHeap = Math.max(maxHeap, usedAfterGc());
        System.out.printf(Locale.ROOT, "articles %d (%d copies of %d, copy c published on day c), embedder %s%n", total, copies, base.size(), embedderName);
        System.out.printf(Locale.ROOT, "accept %.2f ms/article, finish %.1f s, total %.2f ms/article; %d similarity computations (%.1f per article)%n",
                (t1 - t0) / 1e6 / total, (t2 - t1) / 1e9, (t2 - t0) / 1e6 / total, stage.comparisons(), (double) stage.comparisons() / total);
        System.out.printf(Locale.ROOT, "heap used after GC, max over 10 checkpoints: %.1f MB%n", maxHeap / 1048576.0);
        return 0;
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static LinkedArticle copy(LinkedArticle a, int c, LocalDate day) {
        Article o = a.article();
        Article shifted = new Article(o.id() + "#" + c, o.path(), o.url(), o.outlet(), o.title(),
                o.published() == null ? null : day, o.publishedFrom(), o.language(), null, o.text(), o.body(), o.dateline());
        List<LinkedArticle.LinkedEntity> entities = new ArrayList<>();
        for (LinkedArticle.LinkedEntity e : a.entities()) entities.add(new LinkedArticle.LinkedEntity(e.id() + "#" + c, e.entity()));
        List<Quote> quotes = a.quotes().stream().map(q -> new Quote(q.id() + "#" + c, shifted.id(), q.kind(), q.content(), q.cue(), q.source(),
                q.speaker(), q.confidence())).toList();
        return new LinkedArticle(shifted, null, entities, a.sentences(), List.of(), List.of(), quotes);
    }

    /** The analysed articles as the story stage sees them; sentences are cut at ". " (the folder has no sentence spans). */
    static List<LinkedArticle> load(ResultFolder folder) throws IOException {
        Map<String, List<LinkedArticle.LinkedEntity>> entities = new HashMap<>();
        for (JsonNode e : folder.read("entities.jsonl")) {
            Map<String, List<Span>> spans = new HashMap<>();
            for (JsonNode m : e.path("mentions")) {
                spans.computeIfAbsent(m.path("article").asText(), k -> new ArrayList<>()).add(new Span(m.path("start").asInt(), m.path("end").asInt()));
            }
            JsonNode actor = e.path("actor");
            Actor code = actor.isObject() ? Actor.of(ResultFolder.text(actor.path("country")), ResultFolder.text(actor.path("sector"))) : null;
            spans.forEach((article, list) -> entities.computeIfAbsent(article, k -> new ArrayList<>()).add(new LinkedArticle.LinkedEntity(
                    e.path("id").asText(), new ArticleEntity(e.path("id").asText(), e.path("name").asText(),
                    EntityType.valueOf(e.path("type").asText()), code, List.of(e.path("name").asText()), list))));
        }
        Map<String, List<Quote>> quotes = new HashMap<>();
        for (JsonNode q : folder.read("quotes.jsonl")) {
            quotes.computeIfAbsent(q.path("article").asText(), k -> new ArrayList<>())
                    .add(new Quote(q.path("id").asText(), q.path("article").asText(), q.path("kind").asText(), null, null, null, null, 1));
        }
        List<LinkedArticle> out = new ArrayList<>();
        for (JsonNode a : folder.read("articles.jsonl")) {
            if (!a.path("duplicate_of").isNull() || !a.path("skipped_stages").isNull()) continue;
            String id = a.path("id").asText(), text = a.path("text").asText();
            List<Span> body = new ArrayList<>();
            for (JsonNode b : a.path("body")) body.add(new Span(b.get(0).asInt(), b.get(1).asInt()));
            List<Span> sentences = new ArrayList<>();
            for (Span b : body) {
                int s = b.start();
                for (int i = b.start(); i < b.end() - 1; i++) {
                    if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
                        sentences.add(new Span(s, i + 1));
                        s = i + 2;
                    }
                }
                if (s < b.end()) sentences.add(new Span(s, b.end()));
            }
            String published = ResultFolder.text(a.path("published"));
            Article article = new Article(id, ResultFolder.text(a.path("path")), null, ResultFolder.text(a.path("outlet")),
                    ResultFolder.text(a.path("title")), published == null ? null : LocalDate.parse(published),
                    ResultFolder.text(a.path("published_from")), "en", null, text, body, null);
            out.add(new LinkedArticle(article, null, entities.getOrDefault(id, List.of()), sentences, List.of(), List.of(),
                    quotes.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** A hashed bag of words in 384 dimensions: the cost of the stage without the model's. */
    static final class HashEmbedder implements TextEmbedder {
        @Override public int dimension() { return 384; }

        @Override public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                float[] v = new float[384];
                for (String w : t.toLowerCase(Locale.ROOT).split("\\W+")) if (!w.isEmpty()) v[Math.floorMod(w.hashCode(), 384)] += 1;
                double n = 0;
                for (float x : v) n += x * x;
                if (n > 0) for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(n);
                out.add(v);
            }
            return out;
        }
    }
}
