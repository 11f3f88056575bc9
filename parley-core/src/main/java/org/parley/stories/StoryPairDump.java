package org.parley.stories;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.embed.TextEmbedder;
import org.parley.corpus.LinkedArticle;
import org.parley.stories.internal.ArticleDoc;
import org.parley.stories.internal.DocumentFrequencies;
import org.parley.stories.internal.Pending;

/**
 * The story stage's pair signals written out for error analysis (`parley eval stories --pairs FILE`): what the
 * stage sees when it decides whether two articles tell one story. The public entry point to them, so that
 * the evaluation reads no internal type.
 */
public final class StoryPairDump {
    private StoryPairDump() {}

    /**
     * Writes, for every pair of articles within the window, the story signals and the score ({@code pairs}), and
     * each article's vectors ({@code pairs + ".vectors.jsonl"}); {@code goldMap}: article id -> gold story.
     */
    public static void write(List<LinkedArticle> linked, TextEmbedder embedder, StoryOptions options, Map<String, String> goldMap,
                             Path pairs) throws IOException {
        var df = new DocumentFrequencies();
        List<Pending> ps = new ArrayList<>();
        for (LinkedArticle a : linked) {
            var p = Pending.of(ps.size(), a, null);
            var keys = new java.util.TreeSet<>(p.terms().keySet());
            keys.addAll(p.entities().keySet());
            keys.addAll(p.occasions().keySet());
            df.add(keys);
            ps.add(p);
        }
        List<ArticleDoc> docs = new ArrayList<>();
        for (var p : ps) docs.add(ArticleDoc.of(p, df, embedder.embed(p.lead())));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(pairs + ".vectors.jsonl"), StandardCharsets.UTF_8))) {
            for (var d : docs) {
                w.println(org.parley.write.Json.mapper().writeValueAsString(Map.of("id", d.id(), "embedding", d.embedding(),
                        "entities", d.entities().asMap(), "terms", d.terms().asMap(), "lead", d.pending().lead())));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(pairs, StandardCharsets.UTF_8))) {
            w.println("same\tdays\tentities\tterms\tembedding\toccasions\tsame_occasion\tscore\ta\tb");
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    var a = docs.get(i);
                    var b = docs.get(j);
                    long days = a.date() == null || b.date() == null ? 0 : Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.date(), b.date()));
                    if (days > options.windowDays()) continue;
                    boolean same = goldMap.get(a.id()).equals(goldMap.get(b.id()));
                    w.printf(Locale.ROOT, "%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%.3f\t%s\t%s%n", same ? 1 : 0, days, a.entities().dot(b.entities()),
                            a.terms().dot(b.terms()), TextEmbedder.cosine(a.embedding(), b.embedding()), a.occasions().dot(b.occasions()),
                            a.sameOccasion(b) ? 1 : 0, a.similarity(b, options.decayDays(), options.occasionWeight(), options.occasionBonus(), options.datedOccasionBonus()), a.id(), b.id());
                }
            }
        }
    }

}
