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

    /*
     * The defaults of every entry point (parley analyze, eval, bench, the Spark executors): the one place they are
     * set. Chosen on development data only (docs/quality.md, "Learned event classifier, session 11").
     */
    /** Whether the classifier runs when the user says nothing (--event-classifier / --no-event-classifier). */
    public static final boolean ON_BY_DEFAULT = false;
    /** Use (a): least probability of the added type. */
    public static final double DEFAULT_ADD = 0.8;
    /** Use (a): actor countries a candidate sentence needs. */
    public static final int DEFAULT_COUNTRIES = 2;
    /** Use (b): off (on news it dropped right events; session 10). */
    public static final double DEFAULT_DOUBT = OFF;
    public static final double DEFAULT_DOUBT_OWN = 0.05;

    public LearnedEvents {
        Objects.requireNonNull(embedder, "embedder");
        if (minCountries < 1 || minCountries > 2) throw new IllegalArgumentException("minCountries must be 1 or 2: " + minCountries);
        if (!(add >= 0) || !(doubt >= 0) || !(doubtOwn >= 0)) throw new IllegalArgumentException("thresholds must be probabilities (> 1: off)");
    }

    public LearnedEvents(TextEmbedder embedder, double add, int minCountries, double doubt, double doubtOwn) {
        this(embedder, add, minCountries, doubt, doubtOwn, null);
    }

    /** The default thresholds with the built-in weights. */
    public static LearnedEvents defaults(TextEmbedder embedder) {
        return new LearnedEvents(embedder, DEFAULT_ADD, DEFAULT_COUNTRIES, DEFAULT_DOUBT, DEFAULT_DOUBT_OWN, null);
    }

    /**
     * What an entry point that takes no classifier options uses: {@link #defaults} when the classifier is on by
     * default, else null (none). {@code embedder} is asked for only when on, so the model is not loaded otherwise.
     */
    public static LearnedEvents byDefault(java.util.function.Supplier<TextEmbedder> embedder) {
        return Settings.DEFAULTS.with(embedder, null);
    }

    /**
     * The user's choice of options without the embedder (serializable: the Spark driver sends it to the executors,
     * which build their own Parley from it). {@link #DEFAULTS} are the defaults of every entry point.
     */
    public record Settings(boolean on, double add, int minCountries, double doubt, double doubtOwn) implements java.io.Serializable {
        public static final Settings DEFAULTS = new Settings(ON_BY_DEFAULT, DEFAULT_ADD, DEFAULT_COUNTRIES, DEFAULT_DOUBT, DEFAULT_DOUBT_OWN);

        /** The options with {@code embedder} and {@code weights} (null: built-in), or null when off. */
        public LearnedEvents with(TextEmbedder embedder, java.nio.file.Path weights) {
            return on ? new LearnedEvents(embedder, add, minCountries, doubt, doubtOwn, weights) : null;
        }

        /** As above; the embedder is asked for only when on. */
        public LearnedEvents with(java.util.function.Supplier<TextEmbedder> embedder, java.nio.file.Path weights) {
            return on ? with(embedder.get(), weights) : null;
        }
    }

    public boolean adds() { return add <= 1; }

    public boolean doubts() { return doubt <= 1; }
}
