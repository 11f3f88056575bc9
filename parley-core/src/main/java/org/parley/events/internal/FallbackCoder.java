package org.parley.events.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.ArticleEntity;
import org.parley.events.EventFallback;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;

/**
 * The embedding fallback for predicates outside the lexicon. A sentence where no trigger gave an event but
 * that names at least two actors of different countries (entities the entities stage coded) is a candidate:
 * its actors are masked as "Country A", "Country B"... (as in the prototype sentences, so that similarity
 * is about what happens, not who) and the masked sentence is classified by {@link PrototypeClassifier}.
 * Works on unparsed sentences too (most such sentences hold no trigger word, so the annotator did not parse
 * them): roles come from word order, the first actor being the source and the next the target ("A and B
 * met" makes both sources). Negated sentences are left alone (without a parse, what is negated is unknown).
 */
public final class FallbackCoder {
    /** A sentence waiting for classification, with its actors in text order. */
    public record Candidate(Sentence sentence, String masked, String clause, List<EventActor> source, List<EventActor> target,
                            Span trigger, boolean hypothetical, EventActor reportedBy) {}

    /** Confidence of a fallback event is this times the similarity: below what most trigger patterns give. */
    static final double CONFIDENCE_SCALE = 0.5;
    private static final String[] PLACEHOLDERS = {"Country A", "Country B", "Country C", "Country D", "Country E"};

    private static final boolean DEBUG = Boolean.getBoolean("parley.fallback.debug");
    private final Lexicon lexicon;
    private final PrototypeClassifier classifier;
    private final EventFallback options;

    public FallbackCoder(Lexicon lexicon, EventFallback options) {
        this(lexicon, options, new PrototypeClassifier(options.embedder()));
    }

    FallbackCoder(Lexicon lexicon, EventFallback options, PrototypeClassifier classifier) {
        this.lexicon = lexicon;
        this.options = options;
        this.classifier = classifier;
    }

    /** One actor mention of the sentence: where it is and who it is. */
    private record Mention(int start, int end, ArticleEntity entity) {}

    /** The candidate of a sentence that gave no event, or empty when it names fewer than two countries or is negated. */
    public Optional<Candidate> candidate(Sentence s, SentenceCoder.Context ctx) { return candidate(s, ctx, 2); }

    /**
     * As {@link #candidate(Sentence, SentenceCoder.Context)}, with at least {@code minCountries} countries among
     * the actors (1: a sentence with one coded actor is a candidate too, that actor its source and no target).
     */
    public Optional<Candidate> candidate(Sentence s, SentenceCoder.Context ctx, int minCountries) {
        List<Mention> mentions = new ArrayList<>();
        for (ArticleEntity e : ctx.entities().entities()) {
            if (e.actor() == null || e.actor().country() == null) continue;
            for (Span sp : e.spans()) {
                if (sp.start() >= s.start() && sp.end() <= s.end() && !venue(s, sp, e)) mentions.add(new Mention(sp.start(), sp.end(), e));
            }
        }
        mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Mention> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Mention m : mentions) {
            if (m.start() < lastEnd) continue; // nested in a longer mention
            lastEnd = m.end();
            kept.add(m);
        }
        // "X noted that A trained B", "X said A and B...": the first actor speaks; the event is in what it says.
        EventActor speaker = null;
        List<Mention> firstTwo = firsts(kept, new LinkedHashMap<>());
        if (firstTwo.size() >= 2) {
            int cue = speechCue(s, firstTwo.get(0).end(), firstTwo.get(1).start());
            if (cue >= 0) {
                speaker = actor(firstTwo.get(0), ctx.text());
                kept.removeIf(m -> m.start() < cue);
            }
        }
        // One placeholder per country, in order of first mention: an event between two actors of one country is
        // left to the lexicon (on news of one country, word-order roles were mostly wrong: docs/quality.md).
        Map<String, String> placeholder = new LinkedHashMap<>();
        List<Mention> firsts = firsts(kept, placeholder);
        if (firsts.size() < Math.max(1, minCountries)) return Optional.empty();
        for (Token t : s.tokens()) {
            if (lexicon.isCue("negator", t.lemma().toLowerCase(Locale.ROOT)) || lexicon.isCue("negator", t.word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        String text = ctx.text();
        boolean hypothetical = false;
        for (Token t : s.tokens()) {
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (lexicon.isCue("modal_maybe", l) || lexicon.isCue("condition", l)) hypothetical = true;
        }
        if (minCountries == 1) {
            // One coded actor is enough to be a candidate, but a city, region or square it names is where the event
            // happened, not who did it (set 4 odd: "Sadr City", "Independence Square" as sources): places get no role.
            List<Mention> actors = new ArrayList<>(kept);
            actors.removeIf(m -> m.entity().type() == org.parley.model.EntityType.LOCATION);
            placeholder.clear();
            firsts = firsts(actors, placeholder);
            kept = actors;
            if (firsts.isEmpty()) {
                String whole = text.substring(s.start(), s.end());
                return Optional.of(new Candidate(s, whole, whole, List.of(), List.of(), words(text, s.start(), s.end()), hypothetical, speaker));
            }
        }
        // Roles by word order: "A and B signed..." (only a conjunction or comma between) are both sources.
        Mention a = firsts.get(0), b = firsts.size() > 1 ? firsts.get(1) : null;
        List<EventActor> source = new ArrayList<>(List.of(actor(a, text)));
        List<EventActor> target = new ArrayList<>();
        String between = b == null ? null : text.substring(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
        Span trigger;
        if (b == null) {
            trigger = words(text, a.end(), s.end());
        } else if (between.isEmpty() || between.equals("and") || between.equals(",") || between.equals("-")) {
            source.add(actor(b, text));
            if (firsts.size() > 2) target.add(actor(firsts.get(2), text));
            trigger = words(text, b.end(), firsts.size() > 2 ? firsts.get(2).start() : s.end());
        } else {
            target.add(actor(b, text));
            trigger = words(text, a.end(), b.start());
        }
        int clauseEnd = target.isEmpty() ? s.end() : firsts.get(source.size()).end();
        String masked = mask(text, kept, placeholder, s.start(), s.end());
        String clause = mask(text, kept, placeholder, a.start(), clauseEnd);
        return Optional.of(new Candidate(s, masked, clause, source, target, trigger, hypothetical, speaker));
    }

    /** The first mention of each country, giving each its placeholder in {@code placeholder}. */
    private static List<Mention> firsts(List<Mention> kept, Map<String, String> placeholder) {
        List<Mention> firsts = new ArrayList<>();
        for (Mention m : kept) {
            String key = m.entity().actor().country();
            if (!placeholder.containsKey(key) && placeholder.size() < PLACEHOLDERS.length) {
                placeholder.put(key, PLACEHOLDERS[placeholder.size()]);
                firsts.add(m);
            }
        }
        return firsts;
    }

    /** Start offset of the first verb of saying in {@code [from, to)} (speech cues), or -1. */
    private int speechCue(Sentence s, int from, int to) {
        for (Token t : s.tokens()) {
            if (t.start() < from || t.end() > to || !t.isVerb()) continue;
            if (lexicon.isCue("speech", t.lemma().toLowerCase(Locale.ROOT))) return t.start();
        }
        return -1;
    }

    /** {@code [from, to)} of the text with each actor mention replaced by its placeholder. */
    private static String mask(String text, List<Mention> mentions, Map<String, String> placeholder, int from, int to) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (Mention m : mentions) {
            String ph = placeholder.get(m.entity().actor().country());
            if (ph == null || m.start() < from || m.end() > to) continue;
            out.append(text, at, m.start()).append(ph);
            at = m.end();
        }
        out.append(text, at, to);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * A place named after a preposition ("talks in Geneva", "a camp near Gaza") is where, not who: a city or
     * region there is no actor of the sentence. Countries and organisations stay actors ("aid to Haiti").
     */
    private static boolean venue(Sentence s, Span sp, ArticleEntity e) {
        if (e.type() != org.parley.model.EntityType.LOCATION) return false;
        Token before = null;
        for (Token t : s.tokens()) { if (t.end() <= sp.start()) before = t; else break; }
        return before != null && (before.pos().equals("IN") || before.pos().equals("TO"));
    }

    /** The words of {@code [from, to)} without surrounding spaces and punctuation. */
    private static Span words(String text, int from, int to) {
        int f = from, t = Math.max(from, to);
        while (f < t && !Character.isLetterOrDigit(text.charAt(f))) f++;
        while (t > f && !Character.isLetterOrDigit(text.charAt(t - 1))) t--;
        return new Span(f, t);
    }

    private static EventActor actor(Mention m, String text) {
        return new EventActor(m.entity().localId(), text.substring(m.start(), m.end()), m.entity().actor().country(), m.entity().actor().sector());
    }

    /** Events for the candidates the classifier labels (all embedded in one call); numbered with {@code counter}. */
    public List<Event> code(List<Candidate> candidates, SentenceCoder.Context ctx, int[] counter) {
        List<Optional<PrototypeClassifier.Label>> labels = classifier.classify(candidates.stream().map(Candidate::clause).toList(),
                options.threshold(), options.margin());
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (DEBUG) debug(candidates.get(i));
            if (labels.get(i).isEmpty()) continue;
            out.add(build(candidates.get(i), labels.get(i).get(), ctx, counter));
        }
        return out;
    }

    /** Development only (-Dparley.fallback.debug): the candidate's text and its three best classes. */
    public void debug(Candidate c) {
        System.out.println("fallback: " + c.masked() + " => " + classifier.debug(c.masked()));
        System.out.println("fallbackclause: " + c.clause() + " => " + classifier.debug(c.clause()));
    }

    private Event build(Candidate c, PrototypeClassifier.Label label, SentenceCoder.Context ctx, int[] counter) {
        return build(c, label, ctx, counter, Event.Method.PROTOTYPE);
    }

    /** The event of a labelled candidate, found by {@code method}; confidence is half the label's similarity or probability. */
    Event build(Candidate c, PrototypeClassifier.Label label, SentenceCoder.Context ctx, int[] counter, Event.Method method) {
        Sentence s = c.sentence();
        String date = ctx.published() == null ? null : ctx.published().toString();
        for (SentenceCoder.TimexRef t : ctx.timexes().within(s.start(), s.end())) {
            String v = Dating.isoDate(t.value(), ctx.published());
            if (v != null) { date = v; break; }
        }
        Event.Status status = Event.Status.CURRENT;
        for (Token t : s.tokens()) if (lexicon.isCue("alleged", t.word().toLowerCase(Locale.ROOT))) status = Event.Status.ALLEGED;
        if (date != null && ctx.published() != null && date.length() >= 4
                && Integer.parseInt(date.substring(0, 4)) < ctx.published().getYear() - 1) status = Event.Status.HISTORICAL;
        Lexicon.CameoEntry ce = lexicon.cameo(label.cameo());
        double confidence = Math.round(CONFIDENCE_SCALE * label.similarity() * 100) / 100.0;
        Event.Trigger trig = new Event.Trigger(c.trigger().start(), c.trigger().end(),
                ctx.text().substring(c.trigger().start(), c.trigger().end()));
        Event.EventMention mention = new Event.EventMention(ctx.articleId(), new Span(s.start(), s.end()), trig);
        counter[0]++;
        return new Event(ctx.articleId() + "-e" + counter[0], label.type().name(), null, List.of(), c.source(), c.target(),
                date, null, false, c.hypothetical(), c.reportedBy(), label.cameo(), ce == null ? null : ce.goldstein(),
                Lexicon.quadClass(label.cameo()), confidence, List.of(mention), 1, 1, status, method);
    }
}
