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

    public EventExtractor(ActorKnowledgeBase kb, List<Path> extraPatterns) {
        this(kb, extraPatterns, null);
    }

    /** With {@code fallback} (may be null: none), sentences with two actors and no trigger are classified by embedding. */
    public EventExtractor(ActorKnowledgeBase kb, List<Path> extraPatterns, EventFallback fallback) {
        this.lexicon = Lexicon.load(extraPatterns);
        ActorKnowledgeBase base = kb == null ? ActorKnowledgeBase.load(List.of()) : kb;
        this.coder = new SentenceCoder(lexicon, new ActorResolver(new ActorCoder(base), lexicon::agentNoun));
        this.fallback = fallback == null ? null : new FallbackCoder(lexicon, fallback);
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
                timexRefs(doc, timexes));
        List<Event> out = new ArrayList<>();
        List<FallbackCoder.Candidate> candidates = new ArrayList<>();
        int[] counter = {0};
        for (Sentence s : doc.sentences()) {
            if (!inBody(doc, s)) continue;
            List<Event> found = coder.code(s, ctx, counter);
            out.addAll(found);
            // Only sentences no trigger gave an event are embedded: the fallback costs nothing elsewhere.
            if (found.isEmpty() && fallback != null) fallback.candidate(s, ctx).ifPresent(candidates::add);
            else if (fallback != null && Boolean.getBoolean("parley.fallback.everywhere")) fallback.candidate(s, ctx).ifPresent(fallback::debug);
        }
        if (!candidates.isEmpty()) out.addAll(fallback.code(candidates, ctx, counter));
        return out;
    }

    private static boolean inBody(AnnotatedArticle doc, Sentence s) {
        List<Span> body = doc.article().body();
        if (body.isEmpty()) return true;
        for (Span b : body) if (b.overlaps(new Span(s.start(), Math.max(s.start(), s.end())))) return true;
        return false;
    }

    /** Normalised timexes where the time stage gave them, else the annotator's own values. */
    private static List<SentenceCoder.TimexRef> timexRefs(AnnotatedArticle doc, List<Timex> timexes) {
        List<SentenceCoder.TimexRef> out = new ArrayList<>();
        if (timexes != null) for (Timex t : timexes) out.add(new SentenceCoder.TimexRef(t.start(), t.end(), t.value()));
        for (RawTimex r : doc.timexes()) {
            boolean covered = out.stream().anyMatch(t -> t.start() < r.end() && r.start() < t.end() && t.value() != null);
            if (!covered) out.add(new SentenceCoder.TimexRef(r.start(), r.end(), r.value()));
        }
        return out;
    }
}
