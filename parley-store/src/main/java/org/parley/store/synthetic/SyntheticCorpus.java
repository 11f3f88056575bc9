package org.parley.store.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.ArticleAnalysis;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

/**
 * Made-up analyses, shaped like a real run's output, for tests and {@code parley bench store}: article
 * {@code i} names two countries, one accusing or meeting the other on its date, and a quoted official.
 * Every offset points into the article's text. Deterministic: the same numbers give the same records.
 * It feeds a sink the way the batch runner does: per-article records in order, then entities and merged events;
 * to a sink that {@linkplain ResultSink#streamsCorpusTables streams}, each article's entity mentions and
 * events with the article, holding only the entities' names.
 */
public final class SyntheticCorpus {
    private static final String[][] COUNTRIES = {
        {"Russia", "RUS"}, {"France", "FRA"}, {"Germany", "DEU"}, {"China", "CHN"}, {"Brazil", "BRA"},
        {"India", "IND"}, {"Kenya", "KEN"}, {"Japan", "JPN"}, {"Turkey", "TUR"}, {"Mexico", "MEX"}};
    private static final String[][] ACTIONS = {
        {"accused", "ACCUSE", "112", "-2.0", "3"}, {"met officials from", "CONSULT", "040", "1.0", "1"},
        {"threatened", "THREATEN", "130", "-4.4", "3"}, {"praised", "APPEAL", "051", "3.4", "1"},
        {"sanctioned", "SANCTION", "163", "-8.0", "4"}, {"agreed to help", "COOPERATE", "060", "6.0", "2"}};
    private static final String[] OUTLETS = {"The Daily Planet", "World Wire", "Evening Courier", "Global Times Review", "Harbour Post"};
    private static final String[] TOPICS = {"trade", "energy", "border security", "cyber attacks", "grain exports", "fishing rights",
        "climate funding", "election interference"};

    private final String prefix;
    private final LocalDate start;
    private final int articlesPerDay;

    /**
     * @param prefix         article id prefix ("syn/"); different prefixes give different articles
     * @param start          date of article 0
     * @param articlesPerDay how many consecutive articles share a date
     */
    public SyntheticCorpus(String prefix, LocalDate start, int articlesPerDay) {
        this.prefix = prefix;
        this.start = start;
        this.articlesPerDay = Math.max(1, articlesPerDay);
    }

    /** Article i's id. */
    public String id(int i) { return prefix + String.format("%07d", i); }

    /**
     * Feeds articles {@code from} (inclusive) to {@code to} (exclusive) into the sink as one run, pausing
     * {@code pauseMillis} after each article (0: none), then its entities and events. Does not close it.
     */
    public void feed(ResultSink sink, int from, int to, long pauseMillis) {
        Map<String, EntityBuilder> entities = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        boolean streaming = sink.streamsCorpusTables();
        for (int i = from; i < to; i++) {
            if (streaming) {
                // as a runner that streams: this article's entity mentions and events now, only names kept
                for (EntityBuilder b : entities.values()) b.mentions.clear();
                events.clear();
            }
            feedOne(sink, i, entities, events);
            if (streaming) {
                String id = id(i);
                List<Entity> mine = entities.values().stream().filter(b -> !b.mentions.isEmpty()).map(EntityBuilder::build).toList();
                sink.articleEntities(id, mine);
                sink.articleEvents(id, List.copyOf(events));
            }
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (streaming) {
            for (EntityBuilder b : entities.values()) b.mentions.clear();
            events.clear();
        }
        sink.entities(entities.values().stream().map(EntityBuilder::build).toList());
        // at the end, as the runner does: merged (nothing left when streaming)
        sink.events(new org.parley.link.EventMerger().merge(events, null));
    }

    /** Article i as the per-article stages would leave it: text, local entities, a date, a quotation and two events. */
    private record Parts(String id, Article article, List<ArticleEntity> entities, Timex timex, Quote quote, List<Event> events) {}

    private Parts parts(int i) {
        String id = id(i);
        String[] a = COUNTRIES[i % COUNTRIES.length];
        String[] b = COUNTRIES[(i / COUNTRIES.length + i + 1) % COUNTRIES.length];
        if (a == b) b = COUNTRIES[(i + 3) % COUNTRIES.length];
        String[] act = ACTIONS[(i / 7) % ACTIONS.length];
        String topic = TOPICS[(i / 3) % TOPICS.length];
        String person = "Minister " + PEOPLE[i % PEOPLE.length];
        LocalDate day = start.plusDays(i / articlesPerDay);
        String outlet = OUTLETS[i % OUTLETS.length];

        StringBuilder t = new StringBuilder();
        String title = a[0] + " " + act[0] + " " + b[0] + " over " + topic;
        int aAt = t.length();
        t.append(a[0]).append(' ').append(act[0]).append(' ');
        int bAt = t.length();
        t.append(b[0]).append(" on Monday over ").append(topic).append(". ");
        int s1End = t.length() - 1;
        int monday = t.indexOf("Monday");
        t.append("The dispute about ").append(topic).append(" has grown for months, officials said. ");
        int s2Start = t.length();
        int qStart = t.length();
        t.append("\"We will answer this in our own time,\" ");
        int qEnd = t.length() - 2;
        int cueAt = t.length();
        t.append("said ");
        int pAt = t.length();
        t.append(person).append(", speaking for ").append(b[0]).append(". ");
        int bAt2 = t.indexOf(b[0], pAt);
        t.append("Analysts expect talks on ").append(topic).append(" to resume next week in ").append(a[0]).append('.');
        String text = t.toString();

        String ea = "E" + a[1], eb = "E" + b[1], ep = "EP" + (i % PEOPLE.length);
        List<ArticleEntity> ents = List.of(
                new ArticleEntity(ea, a[0], EntityType.COUNTRY, Actor.of(a[1], null), List.of(a[0]), List.of(new Span(aAt, aAt + a[0].length()))),
                new ArticleEntity(eb, b[0], EntityType.COUNTRY, Actor.of(b[1], null), List.of(b[0]),
                        List.of(new Span(bAt, bAt + b[0].length()), new Span(bAt2, bAt2 + b[0].length()))),
                new ArticleEntity(ep, person, EntityType.PERSON, Actor.of(b[1], "GOV"), List.of(person), List.of(new Span(pAt, pAt + person.length()))));
        Quote quote = new Quote(id + "-Q1", id, "direct",
                new Quote.TextSpan(qStart + 1, qEnd, text.substring(qStart + 1, qEnd)),
                new Quote.TextSpan(cueAt, cueAt + 4, "said"),
                new Quote.TextSpan(pAt, pAt + person.length(), person),
                new Quote.Speaker(ep, person, b[1], "GOV"), 0.9);
        Article article = new Article(id, id + ".txt", "https://example.org/" + id, outlet, title, day, "metadata", "en",
                null, text, List.of(new Span(0, text.length())), null);
        int trig = aAt + a[0].length() + 1;
        int say = cueAt;
        List<Event> events = List.of(
                new Event(id + "-V1", act[1], null, List.of(), List.of(new EventActor(ea, a[0], a[1], null)),
                        List.of(new EventActor(eb, b[0], b[1], null)), day.toString(), null, false, false, null, act[2],
                        Double.valueOf(act[3]), Integer.valueOf(act[4]), 0.8,
                        List.of(new Event.EventMention(id, new Span(0, s1End), new Event.Trigger(trig, trig + act[0].length(), act[0])))),
                new Event(id + "-V2", "STATEMENT", "say", List.of(), List.of(new EventActor(ep, person, b[1], "GOV")),
                        List.of(), day.toString(), null, false, false, null, "010", 0.0, 1, 0.6,
                        List.of(new Event.EventMention(id, new Span(s2Start, text.length()), new Event.Trigger(say, say + 4, "said")))));
        return new Parts(id, article, ents, new Timex(id, monday, monday + 6, "Monday", "DATE", day.toString()), quote, events);
    }

    /**
     * Article {@code i} as the per-article stages leave it, for feeding the batch runner
     * ({@link org.parley.run.BatchRunner#runAnalysed}): entity ids are the article's own, the runner links them.
     */
    public ArticleAnalysis analysis(int i) {
        Parts p = parts(i);
        return new ArticleAnalysis(p.article(), null, new ArticleEntities(p.entities()), List.of(p.timex()), p.events(),
                List.of(p.quote()), null);
    }

    private void feedOne(ResultSink sink, int i, Map<String, EntityBuilder> entities, List<Event> events) {
        Parts p = parts(i);
        String id = p.id();
        String text = p.article().text();
        sink.timexes(List.of(p.timex()));
        for (ArticleEntity e : p.entities()) {
            EntityBuilder b = entity(entities, e.localId(), e.name(), e.type(), e.actor());
            for (Span s : e.spans()) b.add(new Mention(id, s.start(), s.end(), text.substring(s.start(), s.end())));
        }
        sink.quotes(List.of(p.quote()));
        // The article's own line comes last, as the batch runner writes it (after its dates and quotations).
        sink.article(ArticleRecord.of(p.article(), null));
        events.addAll(p.events());
    }

    private static final String[] PEOPLE = {"Anna Berg", "Ravi Patel", "Li Wen", "Jonas Weber", "Amara Okafor", "Carlos Ruiz",
        "Yuki Sato", "Elif Demir", "Pierre Lamy", "Olga Ivanova", "Grace Mwangi", "Tomas Novak"};

    private static EntityBuilder entity(Map<String, EntityBuilder> all, String id, String name, EntityType type, Actor actor) {
        return all.computeIfAbsent(id, k -> new EntityBuilder(id, name, type, actor));
    }

    private static final class EntityBuilder {
        final String id, name;
        final EntityType type;
        final Actor actor;
        final List<Mention> mentions = new ArrayList<>();

        EntityBuilder(String id, String name, EntityType type, Actor actor) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.actor = actor;
        }

        void add(Mention m) { mentions.add(m); }

        Entity build() { return new Entity(id, name, type, actor, List.of(name), List.copyOf(mentions)); }
    }
}
