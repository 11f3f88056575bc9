package org.parley.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.entities.ActorCoder;
import org.parley.entities.ArticleEntities;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.internal.ActorResolver;
import org.parley.events.internal.FallbackCoder;
import org.parley.events.internal.Lexicon;
import org.parley.events.internal.SentenceCoder;
import org.parley.model.Event;
import org.parley.model.Span;
import org.parley.model.Timex;

/**
 * Stage 4 (events): codes every body sentence into PLOVER events with CAMEO codes, Goldstein scores,
 * source and target actors read from the trigger's syntax, negation, hypothetical and reported-claim
 * flags, a date and the trigger's offsets. Patterns, the CAMEO table and cue words are data (see
 * docs/events.md); {@code extraPatterns} are user files in the same format. Thread-safe once built.
 */
public final class EventExtractor {
    private final Lexicon lexicon;
    private final SentenceCoder coder;
    private final FallbackCoder fallback;
    private final org.parley.events.internal.LearnedCoder learned;

    public EventExtractor(ActorKnowledgeBase kb, List<Path> extraPatterns) {
        this(kb, extraPatterns, null);
    }

    /** With {@code fallback} (may be null: none), sentences with two actors and no trigger are classified by embedding. */
    public EventExtractor(ActorKnowledgeBase kb, List<Path> extraPatterns, EventFallback fallback) {
        this(kb, extraPatterns, fallback, null);
    }

    /** With {@code learned} (may be null: none), the learned event classifier's uses (LearnedEvents). */
    public EventExtractor(ActorKnowledgeBase kb, List<Path> extraPatterns, EventFallback fallback, LearnedEvents learned) {
        this(kb, extraPatterns, fallback, learned, false);
    }

    /** With {@code classFrames}, the class-frame fallback for predicates outside the lexicon (ClassFrameGate). */
    public EventExtractor(ActorKnowledgeBase kb, List<Path> extraPatterns, EventFallback fallback, LearnedEvents learned,
                          boolean classFrames) {
        this.lexicon = Lexicon.load(extraPatterns);
        ActorKnowledgeBase base = kb == null ? ActorKnowledgeBase.load(List.of()) : kb;
        ActorResolver resolver = new ActorResolver(new ActorCoder(base), lexicon);
        this.coder = new SentenceCoder(lexicon, resolver, classFrames);
        this.fallback = fallback == null ? null : new FallbackCoder(lexicon, fallback);
        this.learned = learned == null ? null : new org.parley.events.internal.LearnedCoder(lexicon, resolver, learned);
    }

    /**
     * Words of which a sentence must hold one to match any event pattern of the built-in and the given
     * pattern files (per pattern its most specific word): a sentence without any of them is never coded,
     * so it needs no dependency parse.
     */
    public static java.util.Set<String> triggerWords(List<Path> extraPatterns) {
        return Lexicon.load(extraPatterns).selectiveWords();
    }

    /** Problems met while loading pattern files (bad lines are skipped, never fatal). */
    public List<String> warnings() { return lexicon.warnings(); }

    public List<Event> extract(AnnotatedArticle doc, ArticleEntities entities, List<Timex> timexes) {
        if (doc == null) return List.of();
        ArticleEntities ents = entities == null ? ArticleEntities.none() : entities;
        LocalDate published = doc.article().published();
        SentenceCoder.Context ctx = new SentenceCoder.Context(doc.article().id(), doc.text(), published, ents,
                timexRefs(doc, timexes), coder.articleContexts(doc.sentences()), doc.sentences());
        List<Event> out = new ArrayList<>();
        List<FallbackCoder.Candidate> candidates = new ArrayList<>();
        int[] counter = {0};
        Body body = new Body(doc.article().body());
        List<org.parley.events.internal.LearnedCoder.Coded> coded = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (!body.overlaps(s.start(), Math.max(s.start(), s.end()))) continue;
            List<Event> found = coder.code(s, ctx, counter);
            if (learned != null) coded.add(new org.parley.events.internal.LearnedCoder.Coded(s, found));
            else out.addAll(found);
            // Only sentences no trigger gave an event are embedded: the fallback costs nothing elsewhere.
            if (found.isEmpty() && fallback != null) fallback.candidate(s, ctx).ifPresent(candidates::add);
            else if (fallback != null && Boolean.getBoolean("parley.fallback.everywhere")) fallback.candidate(s, ctx).ifPresent(fallback::debug);
        }
        if (learned != null) {
            List<Event> kept = learned.apply(coded, ctx, counter);
            out.addAll(kept);
            // One sentence, one learned event: a sentence the classifier gave an event is not the fallback's too.
            java.util.Set<Integer> classified = new java.util.HashSet<>();
            for (Event e : kept) if (e.method() == Event.Method.CLASSIFIER) classified.add(e.mentions().get(0).sentence().start());
            candidates.removeIf(c -> classified.contains(c.sentence().start()));
        }
        if (!candidates.isEmpty()) out.addAll(fallback.code(candidates, ctx, counter));
        return out;
    }

    /**
     * The article's body spans, for "does this sentence overlap the body?" in logarithmic time (a long article
     * has thousands of sentences and paragraphs): sorted by start, with the largest end so far.
     */
    private static final class Body {
        private final int[] starts, maxEnds;

        Body(List<Span> spans) {
            List<Span> sorted = new ArrayList<>(spans);
            sorted.sort(java.util.Comparator.comparingInt(Span::start));
            starts = new int[sorted.size()];
            maxEnds = new int[sorted.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                max = Math.max(max, sorted.get(i).end());
                maxEnds[i] = max;
            }
        }

        /** No body spans means all of the text is body; else whether a span overlaps [start, end) (Span.overlaps). */
        boolean overlaps(int start, int end) {
            if (starts.length == 0) return true;
            int lo = 0, hi = starts.length; // first span starting at or after end: all before it start before end
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) lo = mid + 1; else hi = mid;
            }
            return lo > 0 && maxEnds[lo - 1] > start;
        }
    }

    /**
     * Normalised timexes where the time stage gave them, else the annotator's own values (a raw one is added
     * unless a valued one already listed overlaps it). The valued ones are kept by start in a sorted map, so
     * the check costs the dates near it, not all of the article's.
     */
    private static List<SentenceCoder.TimexRef> timexRefs(AnnotatedArticle doc, List<Timex> timexes) {
        List<SentenceCoder.TimexRef> out = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> valued = new java.util.TreeMap<>(); // start -> largest end
        int[] maxLength = {0};
        java.util.function.Consumer<SentenceCoder.TimexRef> add = t -> {
            out.add(t);
            if (t.value() == null) return;
            valued.merge(t.start(), t.end(), Math::max);
            maxLength[0] = Math.max(maxLength[0], t.end() - t.start());
        };
        if (timexes != null) for (Timex t : timexes) add.accept(new SentenceCoder.TimexRef(t.start(), t.end(), t.value()));
        for (RawTimex r : doc.timexes()) {
            // overlapping: starts before r ends and ends after r starts, so starts after r.start - maxLength
            boolean covered = valued.subMap(r.start() - maxLength[0], false, r.end(), false).values().stream()
                    .anyMatch(end -> end > r.start());
            if (!covered) add.accept(new SentenceCoder.TimexRef(r.start(), r.end(), r.value()));
        }
        return out;
    }
}
