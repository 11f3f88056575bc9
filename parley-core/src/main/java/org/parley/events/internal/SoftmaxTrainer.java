package org.parley.events.internal;

import java.util.List;

/**
 * Multinomial logistic regression (softmax) over fixed sentence vectors, trained by full-batch gradient descent
 * with an L2 penalty: no random numbers, so the same data always gives the same weights (the weights file is
 * reproducible by `parley lexicon train-events`). Small by design: a few hundred sentences of 384 dimensions.
 */
public final class SoftmaxTrainer {
    private SoftmaxTrainer() {}

    /**
     * Weights, one row per class: bias first, then one weight per dimension.
     * @param x       unit-length sentence vectors
     * @param y       class index of each vector, in [0, classes)
     * @param lambda  L2 penalty on the weights (not the bias)
     * @param rate    gradient step
     * @param steps   number of full-batch steps
     */
    public static double[][] train(List<float[]> x, int[] y, int classes, double lambda, double rate, int steps) {
        if (x.isEmpty() || x.size() != y.length) throw new IllegalArgumentException("need one class per vector: " + x.size() + " vs " + y.length);
        int n = x.size(), d = x.get(0).length;
        // Classes weighted by the inverse of their size, so that a class of 30 sentences is not drowned by one of 100.
        int[] count = new int[classes];
        for (int c : y) count[c]++;
        double[] weight = new double[classes];
        for (int c = 0; c < classes; c++) weight[c] = count[c] == 0 ? 0 : (double) n / (classes * count[c]);
        double[][] w = new double[classes][d + 1];
        double[][] grad = new double[classes][d + 1];
        double[] p = new double[classes];
        for (int step = 0; step < steps; step++) {
            for (double[] g : grad) java.util.Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                float[] xi = x.get(i);
                probabilities(w, xi, p);
                double wi = weight[y[i]];
                for (int c = 0; c < classes; c++) {
                    double err = wi * (p[c] - (c == y[i] ? 1 : 0));
                    double[] g = grad[c];
                    g[0] += err;
                    for (int k = 0; k < d; k++) g[k + 1] += err * xi[k];
                }
            }
            for (int c = 0; c < classes; c++) {
                w[c][0] -= rate * grad[c][0] / n;
                for (int k = 1; k <= d; k++) w[c][k] -= rate * (grad[c][k] / n + lambda * w[c][k]);
            }
        }
        return w;
    }

    /** Softmax probabilities of each class for {@code x} under weights {@code w}, written into {@code out}. */
    public static void probabilities(double[][] w, float[] x, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double s = w[c][0];
            for (int k = 0; k < x.length; k++) s += w[c][k + 1] * x[k];
            out[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) { out[c] = Math.exp(out[c] - max); sum += out[c]; }
        for (int c = 0; c < w.length; c++) out[c] /= sum;
    }
}
