package org.parley.stories.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.parley.embed.TextEmbedder;
import org.parley.stories.ArticleDate;
import org.parley.stories.Story;

/** Turns a closed story into its record (without events, which are joined at the end) and its article dates. */
public final class StoryBuilder {
    static final int KEY_ACTORS = 6;
    private final Summarizer summarizer;

    public StoryBuilder(TextEmbedder embedder) { this.summarizer = new Summarizer(embedder); }

    public record Built(Story story, List<ArticleDate> dates) {}

    public Built build(OpenStory s) {
        String id = "S" + s.number();
        List<ArticleDoc> members = s.members();
        List<LocalDate> dated = members.stream().map(ArticleDoc::date).filter(d -> d != null).sorted().toList();
        LocalDate start = dated.isEmpty() ? null : dated.get(0);
        LocalDate end = dated.isEmpty() ? null : dated.get(dated.size() - 1);
        // the story's date for its undated articles: the lower median of its dated ones
        LocalDate storyDate = dated.isEmpty() ? null : dated.get((dated.size() - 1) / 2);

        List<String> articles = new ArrayList<>();
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        List<String> quotes = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        List<ArticleDate> dates = new ArrayList<>();
        for (ArticleDoc d : members) {
            articles.add(d.id());
            if (d.pending().outlet() != null) outlets.add(d.pending().outlet());
            quotes.addAll(d.pending().quotes());
            if (d.date() == null && storyDate != null) {
                undated.add(d.id());
                dates.add(ArticleDate.estimated(d.id(), storyDate, id));
            }
        }
        List<Story.SummarySentence> summary = new ArrayList<>();
        for (Summarizer.Picked p : summarizer.summarize(members)) {
            summary.add(new Story.SummarySentence(p.article().id(), p.sentence().start(), p.sentence().end(), p.sentence().text()));
        }
        Story story = new Story(id, title(members), start, end, articles, List.copyOf(outlets), actors(members), List.of(),
                quotes, summary, undated);
        return new Built(story, dates);
    }

    /** The headline (else the lead sentence) of the member closest to the centroid of the members' embeddings (the first of two). */
    private static String title(List<ArticleDoc> members) {
        ArticleDoc best = members.get(0);
        if (members.size() > 2) {
            int dim = best.embedding().length;
            double[] c = new double[dim];
            for (ArticleDoc d : members) for (int i = 0; i < dim; i++) c[i] += d.embedding()[i];
            double bestScore = Double.NEGATIVE_INFINITY;
            for (ArticleDoc d : members) {
                double dot = 0;
                for (int i = 0; i < dim; i++) dot += d.embedding()[i] * c[i];
                if (dot > bestScore) {
                    bestScore = dot;
                    best = d;
                }
            }
        }
        String t = best.pending().title();
        if (t != null && !t.isBlank()) return t.strip();
        return best.pending().sentences().isEmpty() ? best.id() : best.pending().sentences().get(0).text();
    }

    /** Entities with an actor code, by the number of member articles naming them, then mentions. */
    private static List<Story.KeyActor> actors(List<ArticleDoc> members) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, EntityInfo> info = new HashMap<>();
        for (ArticleDoc d : members) {
            for (EntityInfo e : d.pending().entityInfo()) {
                if (e.country() == null && e.sector() == null) continue;
                int[] c = counts.computeIfAbsent(e.id(), k -> new int[2]);
                c[0]++;
                c[1] += e.mentions();
                info.putIfAbsent(e.id(), e);
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(x -> -x.getValue()[0])
                        .thenComparingInt(x -> -x.getValue()[1]).thenComparing(Map.Entry::getKey))
                .limit(KEY_ACTORS)
                .map(x -> {
                    EntityInfo e = info.get(x.getKey());
                    return new Story.KeyActor(e.id(), e.name(), e.country(), e.sector(), x.getValue()[0]);
                }).toList();
    }
}
