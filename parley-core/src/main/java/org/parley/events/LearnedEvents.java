package org.parley.events;

import java.util.Objects;
import org.parley.embed.TextEmbedder;

/**
 * Options of the learned event classifier (event-classifier.tsv: softmax over sentence embeddings, trained by
 * `parley lexicon train-events`). Each use has its own threshold, chosen on development data only
 * (docs/quality.md, "Learned event classifier, session 10"); a threshold above 1 turns that use off.
 *
 * @param add          recall: a body sentence with no lexical event and at least {@code minCountries} coded actor
 *                     countries gets the classifier's best type when that type's probability is at least this
 * @param minCountries 1 or 2: how many different actor countries a sentence needs to be a candidate for {@code add}
 * @param doubt        precision: a lexical event is dropped when another class (a type, or "no event") has at least
 *                     this probability and the event's own type at most {@code doubtOwn}
 * @param doubtOwn     see {@code doubt}
 * @param weights      a weights file written by `parley lexicon train-events --out FILE`, or null for the built-in one
 */
public record LearnedEvents(TextEmbedder embedder, double add, int minCountries, double doubt, double doubtOwn, java.nio.file.Path weights) {
    public static final double OFF = 2;

    public LearnedEvents {
        Objects.requireNonNull(embedder, "embedder");
        if (minCountries < 1 || minCountries > 2) throw new IllegalArgumentException("minCountries must be 1 or 2: " + minCountries);
        if (!(add >= 0) || !(doubt >= 0) || !(doubtOwn >= 0)) throw new IllegalArgumentException("thresholds must be probabilities (> 1: off)");
    }

    public LearnedEvents(TextEmbedder embedder, double add, int minCountries, double doubt, double doubtOwn) {
        this(embedder, add, minCountries, doubt, doubtOwn, null);
    }

    public boolean adds() { return add <= 1; }

    public boolean doubts() { return doubt <= 1; }
}
