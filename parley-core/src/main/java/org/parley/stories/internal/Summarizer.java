package org.parley.stories.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.embed.TextEmbedder;

/**
 * Extractive multi-document summary: the candidates are the lead sentences of the story's articles; each is
 * scored by its cosine to the centroid of all candidates' embeddings (what most articles say), and
 * sentences are picked by maximal marginal relevance (centrality minus similarity to what is already
 * picked), then put in date and text order. A story of one article is summarised by its lead, the strongest
 * single-document baseline for news, without calling the embedder.
 */
public final class Summarizer {
    /** MMR balance between centrality and novelty (Carbonell and Goldstein's usual 0.7). */
    static final double LAMBDA = 0.7;
    /** Sentences shorter than this are datelines, bylines or fragments. */
    static final int MIN_CHARS = 40;
    static final int MAX_CHARS = 400;

    private final TextEmbedder embedder;

    public Summarizer(TextEmbedder embedder) { this.embedder = embedder; }

    /** A picked sentence and the article it is from. */
    public record Picked(ArticleDoc article, Sentence sentence) {}

    /** 3 sentences for one article, 4 for two, 5 for more. */
    static int length(int articles) { return Math.min(5, 2 + articles); }

    public List<Picked> summarize(List<ArticleDoc> members) {
        int want = length(members.size());
        List<Picked> candidates = new ArrayList<>();
        for (ArticleDoc d : members) {
            for (Sentence s : d.pending().sentences()) {
                if (s.text().length() >= MIN_CHARS && s.text().length() <= MAX_CHARS) candidates.add(new Picked(d, s));
            }
        }
        if (candidates.isEmpty()) {
            for (ArticleDoc d : members) for (Sentence s : d.pending().sentences()) candidates.add(new Picked(d, s));
        }
        List<Picked> chosen;
        if (members.size() == 1 || candidates.size() <= want) {
            chosen = new ArrayList<>(candidates.subList(0, Math.min(want, candidates.size())));
        } else {
            chosen = mmr(candidates, want);
        }
        chosen.sort(Comparator.comparing((Picked p) -> p.article().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(p -> p.article().pending().seq())
                .thenComparingInt(p -> p.sentence().start()));
        return chosen;
    }

    private List<Picked> mmr(List<Picked> candidates, int want) {
        List<float[]> vectors = embedder.embed(candidates.stream().map(p -> p.sentence().text()).toList());
        int dim = vectors.get(0).length;
        double[] centroid = new double[dim];
        for (float[] v : vectors) for (int i = 0; i < dim; i++) centroid[i] += v[i];
        double norm = 0;
        for (double c : centroid) norm += c * c;
        norm = Math.sqrt(norm);
        double[] centrality = new double[vectors.size()];
        for (int j = 0; j < vectors.size(); j++) {
            double dot = 0;
            for (int i = 0; i < dim; i++) dot += vectors.get(j)[i] * centroid[i];
            centrality[j] = norm == 0 ? 0 : dot / norm;
        }
        List<Integer> picked = new ArrayList<>();
        boolean[] used = new boolean[vectors.size()];
        while (picked.size() < want) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < vectors.size(); j++) {
                if (used[j]) continue;
                double redundancy = 0;
                for (int p : picked) redundancy = Math.max(redundancy, TextEmbedder.cosine(vectors.get(j), vectors.get(p)));
                double score = LAMBDA * centrality[j] - (1 - LAMBDA) * redundancy;
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            if (best < 0) break;
            used[best] = true;
            picked.add(best);
        }
        List<Picked> out = new ArrayList<>();
        for (int p : picked) out.add(candidates.get(p));
        return out;
    }
}
