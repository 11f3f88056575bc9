package org.parley.stories.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.corpus.LinkedArticle;
import org.parley.model.Article;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Timex;

/**
 * What the story stage keeps of an article between its arrival and its turn (the reorder buffer): no
 * text beyond the lead and the summary candidates, raw word and entity counts.
 *
 * @param date      its publication date (metadata, header, dateline, URL, or estimated from its text), or
 *                  null when it has none; an estimate counts, because taking it as undated let a 2013 article
 *                  join a 2017 summit story on shared actors alone
 * @param sortDate  the date it is taken at: its own, else that of the dated article before it in the input
 *                  (a feed delivers an undated article about when it was written), else null
 * @param occasionDate when its main event happened: the first full date the headline and lead sentences name
 *                  (a timex: "Monday's debate", "on Sept. 26"), else its own date; null when it has neither
 * @param datedOccasions the occasions its headline and first sentences name together with their day: an occasion
 *                  noun and a timex resolved to a day in one sentence ("the first presidential debate Monday night"),
 *                  as {@link Terms#datedOccasionKey} keys. The identity of the main event when the lead gives it: two
 *                  articles naming the debate of 26 September are on one occasion even when their words differ
 *                  (a fact-check, a reaction), while the debate of another day is another one
 */
public record Pending(long seq, String id, String outlet, String title, LocalDate date, LocalDate sortDate,
                      String lead, Map<Integer, Float> terms, Map<Integer, Float> entities, Map<Integer, Float> occasions,
                      LocalDate occasionDate, Set<Integer> datedOccasions, List<EntityInfo> entityInfo, List<Sentence> sentences, List<String> quotes) {

    /** Summary candidates per article: the lead sentences, where news puts what happened. */
    static final int CANDIDATE_SENTENCES = 5;
    /** Sentences of the lead given to the embedder with the headline. */
    static final int LEAD_SENTENCES = 2;
    /**
     * Body sentences after the headline whose occasion nouns name the article's main event: the first paragraph of a
     * news article. 3 rather than 1: a reaction or a fact-check names the occasion it reacts to in its second or third
     * sentence ("during the first presidential debate Monday night"); chosen on the dev and first train partitions
     * (docs/quality.md, "Stories, round 6").
     */
    static final int MAIN_EVENT_SENTENCES = 3;
    /** Paragraphs whose words stand for the article in the word similarity. */
    static final int LEAD_PARAGRAPHS = 5;

    public boolean undated() { return date == null; }

    public static Pending of(long seq, LinkedArticle linked, LocalDate lastDate) {
        Article a = linked.article();
        LocalDate own = a.published();
        String text = a.text();
        Span titleSpan = titleSpan(a);
        List<Span> body = a.body().isEmpty() ? List.of(new Span(0, text.length())) : a.body();

        List<Sentence> sentences = new ArrayList<>();
        List<Span> spans = linked.sentences().isEmpty() ? body : linked.sentences();
        for (Span s : spans) {
            Span clipped = clip(s, body);
            if (clipped == null || (titleSpan != null && clipped.overlaps(titleSpan))) continue;
            String t = clipped.of(text).strip();
            if (t.isEmpty()) continue;
            int lead = clipped.of(text).indexOf(t);
            sentences.add(new Sentence(clipped.start() + lead, clipped.start() + lead + t.length(), oneLine(t), sentences.size()));
            if (sentences.size() == CANDIDATE_SENTENCES) break;
        }

        // The story definition looks at the headline and the first paragraphs: only their words are counted
        // (on the dev partition the whole body added shared campaign vocabulary, not the event).
        Map<Integer, Float> terms = new HashMap<>();
        if (titleSpan != null) Terms.count(text, titleSpan.start(), titleSpan.end(), 1f, terms);
        else if (a.title() != null) Terms.count(a.title(), 0, a.title().length(), 1f, terms);
        int paragraphs = 0;
        for (Span b : body) {
            if (titleSpan != null && titleSpan.contains(b)) continue;
            Terms.count(text, b.start(), b.end(), 1f, terms);
            if (++paragraphs == LEAD_PARAGRAPHS) break;
        }
        // The main event: the occasion nouns of the headline and the first MAIN_EVENT_SENTENCES sentences (the later paragraphs
        // bring in the topic's other occasions).
        Map<Integer, Float> occasions = new HashMap<>();
        Occasions occ = Occasions.builtIn();
        if (titleSpan != null) occ.count(text, titleSpan.start(), titleSpan.end(), occasions);
        else if (a.title() != null) occ.count(a.title(), 0, a.title().length(), occasions);
        for (int i = 0; i < Math.min(MAIN_EVENT_SENTENCES, sentences.size()); i++) {
            occ.count(text, sentences.get(i).start(), sentences.get(i).end(), occasions);
        }
        int leadEnd = sentences.size() >= LEAD_SENTENCES ? sentences.get(LEAD_SENTENCES - 1).end()
                : sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).end();
        int mainEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(Math.max(LEAD_SENTENCES, MAIN_EVENT_SENTENCES), sentences.size()) - 1).end();
        LocalDate occasionDate = occasionDate(linked, Math.max(mainEnd, titleSpan == null ? 0 : titleSpan.end()), own);
        Set<Integer> dated = new TreeSet<>();
        if (titleSpan != null) datedOccasions(occ, text, titleSpan.start(), titleSpan.end(), linked.timexes(), dated);
        for (int i = 0; i < Math.min(MAIN_EVENT_SENTENCES, sentences.size()); i++) {
            datedOccasions(occ, text, sentences.get(i).start(), sentences.get(i).end(), linked.timexes(), dated);
        }

        Map<Integer, Float> entities = new HashMap<>();
        List<EntityInfo> info = new ArrayList<>();
        for (LinkedArticle.LinkedEntity e : linked.entities()) {
            int n = e.entity().spans().size();
            if (n == 0) continue;
            float inLead = 0;
            for (Span s : e.entity().spans()) if (s.start() < leadEnd || (titleSpan != null && titleSpan.contains(s))) inLead++;
            entities.merge(Terms.entityKey(e.id()), n + inLead, Float::sum);
            var actor = e.entity().actor();
            info.add(new EntityInfo(e.id(), e.entity().name(), actor == null ? null : actor.country(),
                    actor == null ? null : actor.sector(), n));
        }

        StringBuilder lead = new StringBuilder(a.title() == null ? "" : a.title().strip());
        for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
            if (lead.length() > 0) lead.append(lead.charAt(lead.length() - 1) == '.' ? " " : ". ");
            lead.append(sentences.get(i).text());
        }
        List<String> quotes = linked.quotes().stream().map(Quote::id).toList();
        return new Pending(seq, a.id(), a.outlet(), a.title(), own, own != null ? own : lastDate, lead.toString(),
                terms, entities, occasions, occasionDate, Collections.unmodifiableSet(dated), List.copyOf(info), List.copyOf(sentences), quotes);
    }

    public Pending withSortDate(LocalDate d) {
        return new Pending(seq, id, outlet, title, date, d, lead, terms, entities, occasions, occasionDate, datedOccasions, entityInfo, sentences, quotes);
    }

    /**
     * The first full calendar date (a DATE timex whose value is yyyy-mm-dd) before {@code end} (the headline and lead
     * sentences), else {@code fallback}. A preview names the day of the occasion it previews, a report the day it
     * happened, so two articles on one occasion agree on it even when they were written days apart.
     */
    static LocalDate occasionDate(LinkedArticle linked, int end, LocalDate fallback) {
        Timex first = null;
        for (Timex t : linked.timexes()) {
            if (t.start() >= end || !"DATE".equals(t.type()) || t.value() == null || !FULL_DATE.matcher(t.value()).matches()) continue;
            if (first == null || t.start() < first.start()) first = t;
        }
        if (first == null) return fallback;
        try {
            return LocalDate.parse(first.value());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback; // a calendar-impossible value (2016-02-30) names no day
        }
    }

    /**
     * The day a DATE or TIME timex names ("Monday night" is 2016-09-26TNI), or null (a month, a year, a duration, an
     * impossible date: 2016-02-30).
     */
    static LocalDate day(Timex t) {
        if (!("DATE".equals(t.type()) || "TIME".equals(t.type())) || t.value() == null) return null;
        java.util.regex.Matcher m = FULL_DATE.matcher(t.value());
        if (!m.lookingAt()) return null;
        try {
            return LocalDate.parse(m.group());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Adds a {@link Terms#datedOccasionKey} for each occasion noun of {@code text[start, end)} and each day a timex
     * inside that span names: the noun and its day are told in one sentence.
     */
    private static void datedOccasions(Occasions occ, String text, int start, int end, List<Timex> timexes, Set<Integer> into) {
        List<String> lemmas = occ.lemmas(text, start, end);
        if (lemmas.isEmpty()) return;
        for (Timex t : timexes) {
            if (t.start() < start || t.end() > end) continue;
            LocalDate d = day(t);
            if (d == null) continue;
            for (String l : lemmas) into.add(Terms.datedOccasionKey(l, d));
        }
    }

    private static final java.util.regex.Pattern FULL_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Where the title is in the text (a first line), or null. */
    private static Span titleSpan(Article a) {
        if (a.title() == null || a.title().isBlank()) return null;
        String t = a.title().strip();
        int at = a.text().indexOf(t);
        return at >= 0 && at < 400 ? new Span(at, at + t.length()) : null;
    }

    /** The part of a sentence inside the body span it overlaps most, or null. */
    private static Span clip(Span s, List<Span> body) {
        Span best = null;
        for (Span b : body) {
            if (!b.overlaps(s)) continue;
            Span c = new Span(Math.max(s.start(), b.start()), Math.min(s.end(), b.end()));
            if (best == null || c.length() > best.length()) best = c;
        }
        return best;
    }

    private static String oneLine(String s) { return s.replaceAll("\\s+", " "); }
}
