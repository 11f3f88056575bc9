package org.parley.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;
import org.parley.store.Store;
import org.parley.store.StoreQueries;
import org.parley.store.StoreSink;
import org.parley.store.synthetic.SyntheticCorpus;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

/**
 * The store the browser tests look at: 130 synthetic articles, one a day from 2024-05-01 (so dyads span
 * months), two skipped inputs, and one story made of the articles where Russia and France deal with each
 * other, whose summary is the first sentence of each (taken from the events' sentence spans as they pass).
 */
final class UiFixture {
    static final String STORY = "S1";
    static final int ARTICLES = 130;

    private UiFixture() {}

    /** What the story holds, for the tests to check against. */
    record Built(List<String> storyArticles, List<String> summaryTexts, String russia, String france) {}

    static Built build(Path dir) {
        SyntheticCorpus corpus = new SyntheticCorpus("ui/", LocalDate.of(2024, 5, 1), 1);
        Capture capture;
        try (StoreSink sink = new StoreSink(dir)) {
            capture = new Capture(new StatementsInBackground(sink)); // the ministers' statements: BACKGROUND events
            corpus.feed(capture, 0, ARTICLES, 0);
            sink.skipped(new Skipped("inbox/empty.txt", "empty file"));
            sink.skipped(new Skipped("inbox/broken.warc.gz", "truncated gzip stream"));
        }
        // The store gives entities and events ids of its own; a story names those (as a stories stage that
        // writes into the store must), so they are looked up after the first run and the story written in a second.
        String russia, france;
        Map<String, String> eventIds = new LinkedHashMap<>();
        try (Store store = Store.openReadOnly(dir); StoreQueries q = new StoreQueries(store)) {
            russia = entityOf(q, "RUS");
            france = entityOf(q, "FRA");
            for (Map<String, Object> e : q.events(new StoreQueries.EventFilter("RUS", null, null, null, null), 0, 100).items()) {
                // only the events between two countries (not a minister's statement in the same article)
                if (((com.fasterxml.jackson.databind.JsonNode) e.get("target")).isEmpty()) continue;
                for (Object m : (List<?>) e.get("mentions")) eventIds.put((String) ((Map<?, ?>) m).get("article"), (String) e.get("id"));
            }
        }
        List<Map<String, Object>> summary = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        List<String> events = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Event e : capture.events) {
            boolean rusFra = e.source().size() == 1 && e.target().size() == 1
                    && Set2.of(e.source().get(0).country(), e.target().get(0).country()).equals(Set2.of("RUS", "FRA"));
            if (!rusFra) continue;
            Event.EventMention m = e.mentions().get(0);
            String text = capture.texts.get(m.article()).substring(m.sentence().start(), m.sentence().end());
            articles.add(m.article());
            events.add(eventIds.get(m.article()));
            texts.add(text);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("article", m.article());
            s.put("start", m.sentence().start());
            s.put("end", m.sentence().end());
            s.put("text", text);
            summary.add(s);
        }
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("id", STORY);
        story.put("title", "Russia and France trade accusations");
        story.put("start", capture.dates.get(articles.get(0)).toString());
        story.put("end", capture.dates.get(articles.get(articles.size() - 1)).toString());
        story.put("articles", articles);
        story.put("outlets", articles.stream().map(capture.outlets::get).distinct().toList());
        story.put("actors", List.of(
                Map.of("entity", russia, "name", "Russia", "country", "RUS", "articles", articles.size()),
                Map.of("entity", france, "name", "France", "country", "FRA", "articles", articles.size())));
        story.put("events", events);
        story.put("quotes", List.of());
        story.put("summary", summary);
        story.put("dated_from_story", List.of());
        try (StoreSink sink = new StoreSink(dir)) {
            sink.records("stories", List.of(story));
        }
        return new Built(articles, texts, russia, france);
    }

    /** The store id of the country entity with this code, from the events it takes part in. */
    private static String entityOf(StoreQueries q, String code) {
        for (Map<String, Object> e : q.events(new StoreQueries.EventFilter(code, null, null, null, null), 0, 100).items()) {
            for (String side : new String[] {"source", "target"}) {
                com.fasterxml.jackson.databind.JsonNode actors = (com.fasterxml.jackson.databind.JsonNode) e.get(side);
                for (com.fasterxml.jackson.databind.JsonNode a : actors) {
                    boolean noSector = a.path("sector").isNull() || a.path("sector").isMissingNode();
                    if (code.equals(a.path("country").asText()) && noSector) {
                        return a.path("entity").asText();
                    }
                }
            }
        }
        throw new IllegalStateException("no entity for " + code);
    }

    /** Two-element set without order. */
    private record Set2(String a, String b) {
        static Set2 of(String x, String y) { return x.compareTo(y) <= 0 ? new Set2(x, y) : new Set2(y, x); }
    }

    /** Passes everything on and keeps the article texts, dates, outlets and events. */
    private static final class Capture implements ResultSink {
        final ResultSink next;
        final Map<String, String> texts = new LinkedHashMap<>();
        final Map<String, LocalDate> dates = new LinkedHashMap<>();
        final Map<String, String> outlets = new LinkedHashMap<>();
        final List<Event> events = new ArrayList<>();

        Capture(ResultSink next) { this.next = next; }

        @Override public void article(ArticleRecord a) {
            texts.put(a.id(), a.text());
            dates.put(a.id(), a.published());
            outlets.put(a.id(), a.outlet());
            next.article(a);
        }
        @Override public void timexes(Collection<Timex> t) { next.timexes(t); }
        @Override public void quotes(Collection<Quote> q) { next.quotes(q); }
        @Override public void skipped(Skipped s) { next.skipped(s); }
        @Override public void entities(Collection<Entity> e) { next.entities(e); }
        @Override public void events(Collection<Event> e) { events.addAll(e); next.events(e); }
        @Override public void records(String kind, Collection<?> r) { next.records(kind, r); }
        @Override public void close() {}
    }
}
