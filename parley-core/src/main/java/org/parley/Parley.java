package org.parley;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Deadline;
import org.parley.clean.CleanText;
import org.parley.clean.Cleaner;
import org.parley.entities.ArticleEntities;
import org.parley.entities.EntityExtractor;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.EventExtractor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Stage;
import org.parley.model.Timex;
import org.parley.quotes.QuoteExtractor;
import org.parley.time.PublicationDates;
import org.parley.time.TimeNormalizer;

/**
 * The per-article pipeline: clean -> annotate -> extract (time, entities, events, quotes).
 * Reading, cross-article linking and writing are driven by {@link org.parley.run.BatchRunner}.
 * Thread-safe: one instance serves all workers.
 *
 * <pre>
 * Parley parley = Parley.builder().annotator(annotator).build();
 * ArticleAnalysis result = parley.analyze(article);
 * </pre>
 */
public final class Parley {
    private final Annotator annotator;
    private final Cleaner cleaner = new Cleaner();
    private final TimeNormalizer time = new TimeNormalizer();
    private final ActorKnowledgeBase kb;
    private final EntityExtractor entities;
    private final EventExtractor events;
    private final QuoteExtractor quotes;
    private final StageTimes times = new StageTimes();

    private Parley(Builder b) {
        this.annotator = Objects.requireNonNull(b.annotator, "annotator");
        this.kb = ActorKnowledgeBase.load(b.actorFiles);
        this.entities = new EntityExtractor(kb);
        this.events = new EventExtractor(kb, b.patternFiles, b.eventFallback, b.learnedEvents, b.classFrames);
        this.quotes = new QuoteExtractor(kb, b.cueFiles);
    }

    public static Builder builder() { return new Builder(); }

    /**
     * The words that make a sentence worth a dependency parse: the event trigger words (built-in and
     * {@code extraPatterns}) and the speech cues (built-in and {@code extraCues}). The events and quotes stages
     * read only the parses of sentences with one of them or a quotation mark, so an annotator need parse no other.
     */
    public static java.util.Set<String> wordsWorthParsing(List<Path> extraPatterns, List<Path> extraCues) {
        java.util.Set<String> words = new java.util.HashSet<>(EventExtractor.triggerWords(extraPatterns));
        words.addAll(org.parley.quotes.CueLexicon.load(extraCues).lemmas());
        return words;
    }

    public ActorKnowledgeBase knowledgeBase() { return kb; }

    public Annotator annotator() { return annotator; }

    /**
     * Lines of knowledge files (built-in or the user's --actors and --patterns) that were skipped as bad, with
     * file, line and why: the caller shows them, so that a bad user row never silently means less knowledge.
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>(kb.warnings());
        out.addAll(events.warnings());
        return out;
    }

    /** Time spent per stage by every {@link #analyze} call so far. */
    public StageTimes stageTimes() { return times; }

    public ArticleAnalysis analyze(Article article) { return analyze(article, Deadline.none()); }

    /**
     * Runs the per-article stages within {@code deadline} (checked between stages, and between sentences
     * by the annotator). Any failure, a timeout included, comes out as a {@link StageFailure} naming the
     * stage; no stage catches its own errors to return less.
     */
    public ArticleAnalysis analyze(Article article, Deadline deadline) {
        CleanText clean = stage(Stage.CLEAN, deadline, () -> cleaner.clean(article));
        Article cleaned = clean.article();
        if (!cleaned.isEnglish()) {
            return new ArticleAnalysis(cleaned, null, ArticleEntities.none(), List.of(), List.of(), List.of(),
                    "language '" + cleaned.language() + "' is not English; English-only stages skipped");
        }
        AnnotatedArticle annotated = stage(Stage.ANNOTATE, deadline, () -> annotator.annotate(clean, deadline));
        AnnotatedArticle doc = stage(Stage.TIME, deadline, () -> withEstimatedDate(annotated));
        List<Timex> timexes = stage(Stage.TIME, deadline, () -> time.normalize(doc));
        ArticleEntities ents = stage(Stage.ENTITIES, deadline, () -> entities.extract(doc));
        List<Event> evs = stage(Stage.EVENTS, deadline, () -> events.extract(doc, ents, timexes));
        List<Quote> qs = stage(Stage.QUOTES, deadline, () -> quotes.extract(doc, ents));
        return new ArticleAnalysis(doc.article(), doc, ents, timexes, evs, qs, null);
    }

    /** One stage: timed, started only within the deadline, any failure named after it. */
    private <T> T stage(Stage stage, Deadline deadline, Supplier<T> work) {
        try {
            deadline.check("");
            deadline.enter(stage);
            return times.time(stage.label(), work);
        } catch (RuntimeException | StackOverflowError e) {
            throw new StageFailure(stage, e);
        }
    }

    /** An undated article gets a date estimated from its own dated expressions, marked as such. */
    private static AnnotatedArticle withEstimatedDate(AnnotatedArticle doc) {
        if (doc.article().published() != null) return doc;
        LocalDate estimate = PublicationDates.estimate(doc);
        if (estimate == null) return doc;
        return new AnnotatedArticle(doc.article().withPublished(estimate, "estimated"), doc.sentences(), doc.mentions(), doc.timexes(),
                doc.missing());
    }

    public static final class Builder {
        private Annotator annotator;
        private final List<Path> actorFiles = new ArrayList<>();
        private final List<Path> patternFiles = new ArrayList<>();
        private final List<Path> cueFiles = new ArrayList<>();
        private org.parley.events.EventFallback eventFallback;
        private org.parley.events.LearnedEvents learnedEvents;

        public Builder annotator(Annotator a) { this.annotator = a; return this; }

        /** Extra actor files (same format as the shipped ones), applied after the built-in knowledge base. */
        public Builder actors(List<Path> files) { actorFiles.addAll(files); return this; }

        /** Extra event pattern files, applied after the built-in lexicon. */
        public Builder patterns(List<Path> files) { patternFiles.addAll(files); return this; }

        /** Extra speech-cue files (same format as quotes/cues.tsv), added to the built-in cue lexicon. */
        public Builder quoteCues(List<Path> files) { cueFiles.addAll(files); return this; }

        /**
         * The events stage's embedding fallback (null: none): sentences with two actors where no trigger pattern
         * gave an event are classified by their nearest prototype sentence (docs/events.md).
         */
        public Builder eventFallback(org.parley.events.EventFallback f) { this.eventFallback = f; return this; }

        /** The learned event classifier's uses (null: none; docs/events.md, "Learned classifier"). */
        public Builder learnedEvents(org.parley.events.LearnedEvents l) { this.learnedEvents = l; return this; }

        private boolean classFrames;

        /** The class-frame fallback of the event coder (ClassFrameGate must then widen the annotator's parse gate). */
        public Builder classFrames(boolean on) { this.classFrames = on; return this; }

        public Parley build() { return new Parley(this); }
    }
}
