package org.parley.events;

import java.util.List;
import org.parley.events.internal.SoftmaxTrainer;

/**
 * The training half of the learned event classifier, for {@code parley lexicon train-events} (development time):
 * the command line reaches it here, not in {@code events.internal}, which no other package may use. The
 * arithmetic is the stage's own {@code SoftmaxTrainer}, the one the classifier scores with.
 */
public final class ClassifierTraining {
    private ClassifierTraining() {}

    /** Softmax weights for vectors {@code x} with classes {@code y} (0..classes-1); deterministic. */
    public static double[][] train(List<float[]> x, int[] y, int classes, double lambda, double rate, int steps) {
        return SoftmaxTrainer.train(x, y, classes, lambda, rate, steps);
    }

    /** The class probabilities of {@code x} under weights {@code w}, into {@code out}. */
    public static void probabilities(double[][] w, float[] x, double[] out) {
        SoftmaxTrainer.probabilities(w, x, out);
    }
}
