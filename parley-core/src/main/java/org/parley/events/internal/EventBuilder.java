package org.parley.events.internal;

import static org.parley.events.EventType.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.events.EventType;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;

/**
 * Building the record: mode, contexts, Goldstein score, quad class, confidence, trigger offsets and status
 * of a finished candidate. One of the seams of {@link SentenceCoder}.
 */
final class EventBuilder {
    private final Lexicon lexicon;

    EventBuilder(Lexicon lexicon) { this.lexicon = lexicon; }

    Event build(SentenceView g, Candidate c, SentenceCoder.Context ctx, int[] counter) {
        Sentence s = g.sentence();
        String mode = c.mode != null ? c.mode : modeFromWords(g, c);
        Set<String> countries = new LinkedHashSet<>();
        for (EventActor a : c.source) if (a.country() != null) countries.add(a.country());
        for (EventActor a : c.target) if (a.country() != null) countries.add(a.country());
        if (c.type == CONSULT && mode == null && countries.size() >= 3) mode = "multilateral";
        Lexicon.CameoEntry ce = lexicon.cameo(c.cameo);
        Double goldstein = ce == null ? null : ce.goldstein();
        double completeness = !c.source.isEmpty() && !c.target.isEmpty() ? 1.0 : !c.source.isEmpty() ? 0.85 : 0.7;
        double confidence = Math.round(c.match.pattern().reliability() * completeness * 100) / 100.0;
        int first = c.match.first(), last = c.match.last();
        Event.Trigger trig = new Event.Trigger(g.token(first).start(), g.token(last).end(),
                ctx.text().substring(g.token(first).start(), g.token(last).end()));
        Event.EventMention mention = new Event.EventMention(ctx.articleId(), new Span(s.start(), s.end()), trig);
        counter[0]++;
        return new Event(ctx.articleId() + "-e" + counter[0], c.type.name(), mode, contexts(g, c, ctx.text()), List.copyOf(c.source),
                List.copyOf(c.target), c.date, c.location, c.negated, c.hypothetical, c.reportedBy, c.cameo, goldstein,
                Lexicon.quadClass(c.cameo), confidence, List.of(mention), 1, 1, c.status, c.method);
    }

    private String modeFromWords(SentenceView g, Candidate c) {
        Set<String> words = new LinkedHashSet<>();
        for (int t : c.match.tokens()) { words.add(g.lemma(t)); words.add(g.lower(t)); }
        for (int t : SentenceCoder.clauseTokens(c)) {
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                if (r.equals("compound") || r.equals("amod") || SentenceView.matches(r, "nmod") || SentenceView.matches(r, "obl") || r.equals("obj")) {
                    words.add(g.lemma(d.dependent()));
                    words.add(g.lower(d.dependent()));
                    for (Dependency d2 : g.children(d.dependent())) if (d2.relation().equals("compound") || d2.relation().equals("amod")) words.add(g.lemma(d2.dependent()));
                }
            }
        }
        for (Lexicon.Keywords k : lexicon.modes()) {
            if (!k.type().equals(c.type.name())) continue;
            for (String w : words) if (k.words().contains(w)) return k.label();
        }
        return null;
    }

    private List<String> contexts(SentenceView g, Candidate c, String text) {
        List<String> out = new ArrayList<>();
        for (Lexicon.Keywords k : lexicon.contexts()) {
            if (!out.contains(k.label()) && g.containsAny(k.words())) out.add(k.label());
        }
        return out;
    }
}
