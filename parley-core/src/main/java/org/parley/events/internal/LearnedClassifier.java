package org.parley.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.events.EventType;
import org.parley.knowledge.TsvLoader;

/**
 * The learned event-type classifier: softmax weights over sentence embeddings (event-classifier.tsv, written by
 * `parley lexicon train-events` from the team's labelled sentences and prototypes), one class per PLOVER type and
 * one for "no event" ({@code NONE}). It gives every class a probability; what to do with them is the caller's
 * choice (add an event where the lexicon found none, doubt a lexical event the classifier finds unlikely).
 */
public final class LearnedClassifier {
    public static final String RESOURCE = "/org/parley/events/event-classifier.tsv";

    /** One class: its type (empty for "no event") and the CAMEO code an event of that type is given. */
    public record Cls(Optional<EventType> type, String cameo) {}

    /** The probabilities of one sentence, by class (in the order of {@link #classes()}). */
    public record Prediction(List<Cls> classes, double[] p) {
        /** Index of the most probable class. */
        public int best() {
            int b = 0;
            for (int i = 1; i < p.length; i++) if (p[i] > p[b]) b = i;
            return b;
        }

        /** Probability of the most probable class other than {@code except}. */
        public double bestOther(int except) {
            double m = 0;
            for (int i = 0; i < p.length; i++) if (i != except) m = Math.max(m, p[i]);
            return m;
        }

        /** Probability of {@code t} (0 when the classifier has no such class). */
        public double of(EventType t) {
            for (int i = 0; i < p.length; i++) if (classes.get(i).type().equals(Optional.of(t))) return p[i];
            return 0;
        }

        /** Probability of "no event". */
        public double none() {
            for (int i = 0; i < p.length; i++) if (classes.get(i).type().isEmpty()) return p[i];
            return 0;
        }
    }

    private final List<Cls> classes;
    private final double[][] weights;

    public LearnedClassifier(List<Cls> classes, double[][] weights) {
        if (classes.size() != weights.length) throw new IllegalArgumentException("one weight row per class");
        this.classes = List.copyOf(classes);
        this.weights = weights;
    }

    /** The built-in weights. */
    public static LearnedClassifier load() { return read(TsvLoader.resource(RESOURCE)); }

    /** Weights from a file of the same format (`parley lexicon train-events --out FILE`). */
    public static LearnedClassifier load(java.nio.file.Path file) { return read(TsvLoader.file(file)); }

    static LearnedClassifier read(List<TsvLoader.Row> rows) {
        List<Cls> cls = new ArrayList<>();
        double[][] w = new double[rows.size()][];
        int dim = -1;
        for (int r = 0; r < rows.size(); r++) {
            TsvLoader.Row row = rows.get(r);
            String t = row.cell(0);
            Optional<EventType> type = t.equals("NONE") ? Optional.empty() : EventType.parse(t);
            if (!t.equals("NONE") && type.isEmpty()) throw new IllegalArgumentException(row.where() + ": unknown PLOVER type " + t);
            cls.add(new Cls(type, row.cellOr(1, null)));
            if (dim < 0) dim = row.size() - 2;
            if (row.size() - 2 != dim) throw new IllegalArgumentException(row.where() + ": expected " + dim + " numbers, found " + (row.size() - 2));
            w[r] = new double[dim];
            for (int k = 0; k < dim; k++) w[r][k] = Double.parseDouble(row.cell(k + 2));
        }
        return new LearnedClassifier(cls, w);
    }

    public List<Cls> classes() { return classes; }

    /** Dimension of the vectors it reads. */
    public int dimension() { return weights[0].length - 1; }

    public Prediction predict(float[] x) {
        if (x.length != dimension()) throw new IllegalArgumentException("vector of " + x.length + " dimensions, weights of " + dimension());
        double[] p = new double[classes.size()];
        SoftmaxTrainer.probabilities(weights, x, p);
        return new Prediction(classes, p);
    }
}
