package org.parley.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.entities.ArticleEntities;
import org.parley.events.EventType;
import static org.parley.events.EventType.*;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;

/**
 * Codes one parsed sentence, in steps each done by its own class: {@link TriggerMatcher} finds triggers,
 * {@link ArgumentFinder} their source and target, {@link Modality} negation, hypotheticals and embedding,
 * {@link Absorption} folds embedded triggers and converts intentions, {@link ObligationRule} adds "X said Y
 * must...", {@link ConditionalThreat}, {@link ReportedAccusation}, {@link JointAction}, {@link ReciprocalMeeting} and
 * {@link Permission} code events carried by the clause's shape rather than by a lexicon word, {@link Dating} dates and places, {@link EventStatusRules} sets the status, {@link EventBuilder}
 * builds the record. In short: finds triggers, reads source and target from the trigger's syntax, works
 * out negation, hypotheticals and reported claims, absorbs triggers embedded in others ("agreed to hold
 * talks" is one AGREE; "called for a ceasefire" one REQUEST), dates and places each event.
 */
public final class SentenceCoder {
    /** What the coder needs to know about the article around the sentence. */
    /** {@code articleContexts}: the context labels the article as a whole is about ({@link #articleContexts}). */
    /** {@code sentences}: the article's sentences, where pronouns find their antecedents. */
    public record Context(String articleId, String text, LocalDate published, ArticleEntities entities, TimexRefs timexes,
                          List<EventActor> recentPair, Set<String> articleContexts, List<Sentence> sentences) {
        public Context(String articleId, String text, LocalDate published, ArticleEntities entities, List<TimexRef> timexes,
                       Set<String> articleContexts) {
            this(articleId, text, published, entities, timexes, articleContexts, List.of());
        }

        public Context(String articleId, String text, LocalDate published, ArticleEntities entities, List<TimexRef> timexes,
                       Set<String> articleContexts, List<Sentence> sentences) {
            this(articleId, text, published, entities, new TimexRefs(timexes), new ArrayList<>(), articleContexts, sentences);
        }
    }

    /**
     * The contexts (contexts.tsv) an article is about: those whose keywords occur in at least two of its
     * sentences. A sentence alone often does not say that its rally is a campaign's ("Trump held a rally in
     * Ohio"); its article does.
     */
    public Set<String> articleContexts(List<Sentence> sentences) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Set<String> out = new java.util.TreeSet<>();
        for (Sentence s : sentences) {
            KeywordLine line = new KeywordLine(s);
            for (Lexicon.Keywords k : lexicon.contexts()) {
                if (!out.contains(k.label()) && line.containsAny(k.words()) && seen.merge(k.label(), 1, Integer::sum) >= 2) out.add(k.label());
            }
        }
        return out;
    }

    /** A temporal expression with its TIMEX3 value, as offsets into the article text. */
    public record TimexRef(int start, int end, String value) {}


    private final Lexicon lexicon;
    private final TriggerMatcher matcher;
    private final ArgumentFinder args;
    private final Modality modality;
    private final Absorption absorption;
    private final ObligationRule obligations;
    private final EventStatusRules statusRules;
    private final EventBuilder builder;
    private final FigureOfSpeechRule figures;
    private final ContextCountry contextCountry;
    private final SenseRules senses;
    private final VerbalAttackRule verbalAttacks;
    private final ConditionalThreat threats;
    /** Events carried by a clause's shape, in this order: reported accusations, joint action, meetings, permissions. */
    private final List<ShapeRule> shapes;
    /** The class-frame fallback (ClassFrames), or null when off. */
    private final ClassFrames classFrames;

    public SentenceCoder(Lexicon lexicon, ActorResolver resolver) { this(lexicon, resolver, false); }

    /** With {@code classFrames}, a sentence where no trigger gave a candidate is tried with the class frames. */
    public SentenceCoder(Lexicon lexicon, ActorResolver resolver, boolean classFrames) {
        this.lexicon = lexicon;
        this.matcher = new TriggerMatcher(lexicon);
        this.args = new ArgumentFinder(lexicon, resolver);
        this.modality = new Modality(lexicon, args);
        this.absorption = new Absorption(lexicon);
        this.obligations = new ObligationRule(lexicon, args);
        this.statusRules = new EventStatusRules(lexicon);
        this.builder = new EventBuilder(lexicon);
        this.figures = new FigureOfSpeechRule(lexicon);
        this.contextCountry = new ContextCountry(resolver);
        this.senses = new SenseRules(lexicon);
        this.verbalAttacks = new VerbalAttackRule(figures);
        this.threats = new ConditionalThreat(lexicon, args);
        this.shapes = List.of(new ReportedAccusation(lexicon, args), new JointAction(lexicon, args),
                new ReciprocalMeeting(lexicon, args), new Permission(lexicon, args));
        this.classFrames = classFrames ? new ClassFrames(lexicon, args) : null;
    }

    /** Events of {@code sentence}; {@code counter} numbers them within the article. */
    public List<Event> code(Sentence sentence, Context ctx, int[] counter) {
        if (!sentence.parsed() || sentence.dependencies().isEmpty()) return List.of();
        SentenceView g = new SentenceView(sentence);
        ActorResolver.Scope scope = new ActorResolver.Scope(g, ctx.text(), ctx.entities(), ctx.published(), ctx.recentPair(), ctx.sentences());
        List<Candidate> cands = new ArrayList<>();
        Set<Integer> triggerHeads = new java.util.HashSet<>();
        for (TriggerMatcher.Match m : matcher.match(g)) {
            // "sought to influence", "tried to...": a verb of wanting or trying with a complement is no event itself
            if (m.pattern().pos() != 'N' && m.tokens().size() == 1 && lexicon.cue(g, "speculate", m.head()) && g.hasChild(m.head(), "xcomp")) continue;
            if (SenseRules.travelToAVerb(g, m)) continue;
            cands.add(new Candidate(m));
            triggerHeads.add(m.head());
        }
        if (classFrames != null) {
            for (Candidate c : classFrames.find(g, scope, cands)) { cands.add(c); triggerHeads.add(c.head); }
        }
        for (Candidate c : cands) {
            args.arguments(g, scope, c, triggerHeads);
            modality.modality(g, scope, c);
        }
        for (Candidate c : cands) absorption.absorb(g, c, cands);
        for (Candidate c : cands) absorption.refusalByVow(g, c);
        cands.addAll(obligations.obligations(g, scope, cands));
        threats.threats(g, scope, cands);
        for (ShapeRule rule : shapes) cands.addAll(rule.find(g, scope, cands));
        for (Candidate c : cands) Dating.place(g, c, ctx.text());
        contextCountry.fill(g, scope, cands);
        List<Event> out = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        List<Candidate> told = new ArrayList<>();
        for (Candidate c : cands) {
            // An event needs a participant coded with a country (or a known entity): "people" or "the army"
            // alone say too little to be counted.
            if (c.dropped || !c.hasActors() || !anchored(c, scope)) continue;
            if (QuestionRule.asksAQuestion(g, c, lexicon) || senses.otherSense(g, c)) continue;
            // the kind of its subject or object decides the trigger's sense (argument-kinds.tsv): drop or retype
            if (ArgumentKinds.BUILT_IN.apply(g, c, lexicon)) continue;
            if (kept.stream().anyMatch(k -> duplicate(k, c))) continue;
            kept.add(c);
            Dating.date(g, c, ctx);
            c.status = statusRules.status(g, c, ctx);
            Event built = builder.build(g, c, ctx, counter);
            if (figures.figurative(g, built) || senses.otherSense(g, built, ctx.articleContexts())) { counter[0]--; continue; }
            if (verbalAttacks.verbal(built, ctx.articleContexts())) {
                counter[0]--;
                c.type = ACCUSE;
                c.cameo = "111";
                built = builder.build(g, c, ctx, counter);
            }
            out.add(built);
            told.add(c);
            remember(c, ctx.recentPair());
        }
        // MAIN or BACKGROUND: the sentence's own report versus events it names as setting, cause or content
        Event.Salience[] salience = EventSalience.BUILT_IN.assign(g, told);
        for (int i = 0; i < out.size(); i++) if (salience[i] != Event.Salience.MAIN) out.set(i, out.get(i).withSalience(salience[i]));
        return out;
    }

    /** Keeps the last two-country dyad told, for "the two leaders" in the sentences that follow. */
    private static void remember(Candidate c, List<EventActor> pair) {
        List<EventActor> all = new ArrayList<>(c.source);
        all.addAll(c.target);
        List<EventActor> distinct = new ArrayList<>();
        for (EventActor a : all) {
            if (a.country() != null && distinct.stream().noneMatch(x -> x.country().equals(a.country()))) distinct.add(a);
        }
        if (distinct.size() == 2) { pair.clear(); pair.addAll(distinct); }
    }

    /**
     * An actor read from a pronoun's antecedent ("he", "their") anchors an event only beside a participant named
     * in the sentence itself (even one without a country: "his celebrity endorsement"): a trigger whose only
     * participants are pronouns is too often no event ("if he gave them a veto", "until their demands are met"). A
     * phrase that only took its country from a pronoun possessor ("his government") anchors nothing.
     */
    private static boolean anchored(Candidate c, ActorResolver.Scope scope) {
        boolean viaPronoun = false, named = false;
        for (List<EventActor> side : List.of(c.source, c.target)) {
            for (EventActor a : side) {
                boolean pronoun = scope.fromPronoun(a), possessed = scope.viaPronounPossessor(a);
                if ((a.country() != null || a.entity() != null) && !pronoun && !possessed) return true;
                if (pronoun && (a.country() != null || a.entity() != null)) viaPronoun = true;
                if (!pronoun && !possessed) named = true;
            }
        }
        return viaPronoun && named;
    }


    static List<Integer> clauseTokens(Candidate c) {
        return c.head == c.clause ? List.of(c.head) : List.of(c.head, c.clause);
    }

    /** The clause tokens, then every token of the matched trigger: where a trigger's modifiers can hang. */
    static Set<Integer> clauseAndTriggerTokens(Candidate c) {
        Set<Integer> where = new LinkedHashSet<>(clauseTokens(c));
        where.addAll(c.match.tokens());
        return where;
    }

    private static boolean duplicate(Candidate a, Candidate b) {
        return a.type.equals(b.type) && a.negated == b.negated && names(a.source).equals(names(b.source)) && names(a.target).equals(names(b.target));
    }

    private static Set<String> names(List<EventActor> as) {
        Set<String> out = new LinkedHashSet<>();
        for (EventActor a : as) out.add(a.country() + "/" + a.text().toLowerCase(Locale.ROOT));
        return out;
    }

}
