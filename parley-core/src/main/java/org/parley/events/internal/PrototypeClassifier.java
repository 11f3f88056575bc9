package org.parley.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.embed.TextEmbedder;
import org.parley.events.EventType;
import org.parley.knowledge.TsvLoader;

/**
 * Nearest-prototype classification of a sentence over sentence embeddings: each prototype sentence of
 * prototypes.tsv stands for a CAMEO code of a PLOVER type, or for "no event" ({@code NONE}); a text takes the
 * class of its most similar prototype when that is an event class, similar enough, and ahead of the best
 * prototype of every other class by a margin. Prototype vectors are computed once, on first use.
 */
public final class PrototypeClassifier {
    static final String RESOURCE = "/org/parley/events/prototypes.tsv";

    /** One prototype sentence: its PLOVER type (empty for "no event") and CAMEO code. */
    record Prototype(Optional<EventType> type, String cameo, String text) {}

    /** The class a text was given: type, CAMEO code, similarity to the best prototype, lead over the next class. */
    public record Label(EventType type, String cameo, double similarity, double margin) {}

    private final TextEmbedder embedder;
    private final List<Prototype> prototypes;
    private volatile List<float[]> vectors;

    public PrototypeClassifier(TextEmbedder embedder) { this(embedder, load(TsvLoader.resource(RESOURCE))); }

    PrototypeClassifier(TextEmbedder embedder, List<Prototype> prototypes) {
        this.embedder = embedder;
        this.prototypes = List.copyOf(prototypes);
    }

    static List<Prototype> load(List<TsvLoader.Row> rows) {
        List<Prototype> out = new ArrayList<>();
        for (TsvLoader.Row r : rows) {
            String t = r.cell(0);
            Optional<EventType> type = t.equals("NONE") ? Optional.empty() : EventType.parse(t);
            if (!t.equals("NONE") && type.isEmpty()) throw new IllegalArgumentException(r.where() + ": unknown PLOVER type " + t);
            out.add(new Prototype(type, r.cellOr(1, null), r.cell(2)));
        }
        return out;
    }

    private List<float[]> vectors() {
        List<float[]> v = vectors;
        if (v == null) {
            synchronized (this) {
                if (vectors == null) vectors = embedder.embed(prototypes.stream().map(Prototype::text).toList());
                v = vectors;
            }
        }
        return v;
    }

    /** The label of each text (empty when the classifier abstains), in order; all texts embedded in one call. */
    public List<Optional<Label>> classify(List<String> texts, double threshold, double margin) {
        if (texts.isEmpty()) return List.of();
        List<float[]> protos = vectors();
        List<float[]> in = embedder.embed(texts);
        List<Optional<Label>> out = new ArrayList<>(texts.size());
        for (float[] x : in) out.add(label(x, protos, threshold, margin));
        return out;
    }

    /** Development: the best prototype of each class for {@code text}, best first. */
    String debug(String text) {
        float[] x = embedder.embed(List.of(text)).get(0);
        java.util.Map<String, Double> best = new java.util.HashMap<>();
        java.util.Map<String, String> which = new java.util.HashMap<>();
        for (int i = 0; i < prototypes.size(); i++) {
            double sim = TextEmbedder.cosine(x, vectors().get(i));
            String k = prototypes.get(i).type().map(Enum::name).orElse("NONE");
            if (sim > best.getOrDefault(k, -2.0)) { best.put(k, sim); which.put(k, prototypes.get(i).cameo()); }
        }
        return best.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(3)
                .map(e -> String.format(java.util.Locale.ROOT, "%s/%s %.3f", e.getKey(), which.get(e.getKey()), e.getValue()))
                .toList().toString();
    }

    private Optional<Label> label(float[] x, List<float[]> protos, double threshold, double margin) {
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        double[] sims = new double[protos.size()];
        for (int i = 0; i < protos.size(); i++) {
            sims[i] = TextEmbedder.cosine(x, protos.get(i));
            if (sims[i] > bestSim) { bestSim = sims[i]; best = i; }
        }
        Prototype p = prototypes.get(best);
        if (p.type().isEmpty() || bestSim < threshold) return Optional.empty();
        // The nearest prototype of any other class (another type, or "no event"): too close means unsure.
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < protos.size(); i++) {
            if (!prototypes.get(i).type().equals(p.type())) second = Math.max(second, sims[i]);
        }
        double lead = bestSim - second;
        if (lead < margin) return Optional.empty();
        return Optional.of(new Label(p.type().get(), p.cameo(), bestSim, lead));
    }
}
