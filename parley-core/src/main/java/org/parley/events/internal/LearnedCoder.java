package org.parley.events.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.annotate.Sentence;
import org.parley.events.EventFallback;
import org.parley.events.EventType;
import org.parley.events.LearnedEvents;
import org.parley.model.Event;

/**
 * The uses of the learned event classifier in one article: events for sentences the lexicon left empty (recall),
 * and doubt on lexical events whose type the classifier finds unlikely (precision). Only the sentences a use needs
 * are embedded, all in one call per article; each is embedded once (its whole text, as the classifier was trained).
 */
public final class LearnedCoder {
    /** Development only (-Dparley.learned.debug): each lexical event's type probability and the best other class. */
    private static final boolean DEBUG = Boolean.getBoolean("parley.learned.debug");
    private final LearnedEvents options;
    private final LearnedClassifier classifier;
    /** Development only (-Dparley.learned.wordOrder): roles by word order even where the sentence is parsed. */
    private static final boolean WORD_ORDER = Boolean.getBoolean("parley.learned.wordOrder");
    private final FallbackCoder roles;
    private final ParsedRoles parsed;

    public LearnedCoder(Lexicon lexicon, ActorResolver resolver, LearnedEvents options) {
        this(lexicon, resolver, options, options.weights() == null ? LearnedClassifier.load() : LearnedClassifier.load(options.weights()));
    }

    LearnedCoder(Lexicon lexicon, ActorResolver resolver, LearnedEvents options, LearnedClassifier classifier) {
        if (classifier.dimension() != options.embedder().dimension()) {
            throw new IllegalArgumentException("classifier of " + classifier.dimension() + " dimensions, embedder of " + options.embedder().dimension());
        }
        this.options = options;
        this.classifier = classifier;
        // candidate sentences and their roles by word order, as the prototype fallback finds them (its own classifier unused)
        this.roles = new FallbackCoder(lexicon, EventFallback.defaults(options.embedder()));
        this.parsed = new ParsedRoles(lexicon, resolver);
    }

    /** One body sentence of the article with the lexical events it gave. */
    public record Coded(Sentence sentence, List<Event> events) {}

    /**
     * The article's events after the classifier's uses: lexical events kept unless doubted, then new events for
     * candidate sentences without any, numbered on from {@code counter}.
     */
    public List<Event> apply(List<Coded> sentences, SentenceCoder.Context ctx, int[] counter) {
        List<FallbackCoder.Candidate> candidates = new ArrayList<>();
        List<Sentence> toEmbed = new ArrayList<>();
        for (Coded c : sentences) {
            if (c.events().isEmpty()) {
                if (!options.adds()) continue;
                Optional<FallbackCoder.Candidate> cand = roles.candidate(c.sentence(), ctx, options.minCountries());
                if (cand.isPresent()) { candidates.add(cand.get()); toEmbed.add(c.sentence()); }
            } else if (options.doubts()) {
                toEmbed.add(c.sentence());
            }
        }
        Map<Sentence, LearnedClassifier.Prediction> predicted = new IdentityHashMap<>();
        if (!toEmbed.isEmpty()) {
            List<float[]> v = options.embedder().embed(toEmbed.stream().map(s -> ctx.text().substring(s.start(), s.end())).toList());
            for (int i = 0; i < toEmbed.size(); i++) predicted.put(toEmbed.get(i), classifier.predict(v.get(i)));
        }
        List<Event> out = new ArrayList<>();
        for (Coded c : sentences) {
            LearnedClassifier.Prediction p = predicted.get(c.sentence());
            for (Event e : c.events()) {
                if (DEBUG && p != null) debug(ctx.articleId(), e, p);
                if (p == null || !doubted(e, p)) out.add(e);
            }
        }
        for (FallbackCoder.Candidate cand : candidates) {
            LearnedClassifier.Prediction p = predicted.get(cand.sentence());
            int best = p.best();
            LearnedClassifier.Cls cls = p.classes().get(best);
            if (cls.type().isEmpty() || p.p()[best] < options.add()) continue;
            PrototypeClassifier.Label label = new PrototypeClassifier.Label(cls.type().get(), cls.cameo(), p.p()[best],
                    p.p()[best] - p.bestOther(best));
            out.add(roles.build(withParsedRoles(cand, cls, ctx), label, ctx, counter, Event.Method.CLASSIFIER));
        }
        return out;
    }

    /**
     * The candidate with the roles the parse gives its main verb, where the sentence was parsed and the parse names a
     * source; else as it is (roles by word order). The candidate was chosen for its actors' countries by word order,
     * so the parse decides who does what to whom, not whether the sentence is a candidate.
     */
    private FallbackCoder.Candidate withParsedRoles(FallbackCoder.Candidate c, LearnedClassifier.Cls cls, SentenceCoder.Context ctx) {
        if (WORD_ORDER) return c;
        Optional<ParsedRoles.Roles> r = parsed.roles(c.sentence(), ctx, cls.type().get(), cls.cameo());
        if (r.isEmpty()) return c;
        org.parley.annotate.Token verb = c.sentence().tokens().get(r.get().verb());
        return new FallbackCoder.Candidate(c.sentence(), c.masked(), c.clause(), r.get().source(), r.get().target(),
                new org.parley.model.Span(verb.start(), verb.end()), c.hypothetical(),
                r.get().reportedBy() != null ? r.get().reportedBy() : c.reportedBy());
    }

    private static void debug(String id, Event e, LearnedClassifier.Prediction p) {
        EventType t = EventType.parse(e.type()).orElse(null);
        double best = 0;
        String cls = "";
        for (int i = 0; i < p.p().length; i++) {
            Optional<EventType> ti = p.classes().get(i).type();
            if (t != null && ti.equals(Optional.of(t))) continue;
            if (p.p()[i] > best) { best = p.p()[i]; cls = ti.map(Enum::name).orElse("NONE"); }
        }
        System.out.printf(java.util.Locale.ROOT, "learned-doubt %s %s current=%b own=%.3f other=%s %.3f%n", id, e.type(), e.current(),
                t == null ? 0 : p.of(t), cls, best);
    }

    /** Whether the classifier rejects a lexical event: its type unlikely and another class (or none) far ahead. */
    boolean doubted(Event e, LearnedClassifier.Prediction p) {
        Optional<EventType> t = EventType.parse(e.type());
        if (t.isEmpty()) return false;
        double own = p.of(t.get());
        if (own > options.doubtOwn()) return false;
        for (int i = 0; i < p.p().length; i++) {
            if (!p.classes().get(i).type().equals(t) && p.p()[i] >= options.doubt()) return true;
        }
        return false;
    }
}
