package org.parley.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.LinkedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.entities.ArticleEntity;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.write.ArticleRecord;
import org.parley.write.ResultSink;

/** Invented articles about two invented stories (a dock strike in Velmora, a budget vote in Ostrand) and one aside. */
class StoryStageTest {
    /** A tiny embedder: hashed bag of words, so texts sharing words are close. */
    static final class BagEmbedder implements TextEmbedder {
        @Override public int dimension() { return 64; }

        @Override public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                float[] v = new float[64];
                for (String w : t.toLowerCase(Locale.ROOT).split("[^a-z]+")) if (w.length() > 3) v[Math.floorMod(w.hashCode(), 64)] += 1;
                double n = 0;
                for (float x : v) n += x * x;
                for (int i = 0; i < 64 && n > 0; i++) v[i] /= (float) Math.sqrt(n);
                out.add(v);
            }
            return out;
        }
    }

    static final class Sink implements ResultSink {
        final Map<String, List<Object>> records = new HashMap<>();

        @Override public void article(ArticleRecord a) {}
        @Override public void timexes(Collection<Timex> t) {}
        @Override public void quotes(Collection<Quote> q) {}
        @Override public void skipped(Skipped s) {}
        @Override public void entities(Collection<Entity> e) {}
        @Override public void events(Collection<Event> e) {}
        @Override public void records(String kind, Collection<?> list) { records.put(kind, new ArrayList<>(list)); }
        @Override public void close() {}

        @SuppressWarnings("unchecked") <T> List<T> get(String kind) { return (List<T>) (List<?>) records.getOrDefault(kind, List.of()); }
    }

    /** An article whose entities are found by name in its text (each name given with its global id and code). */
    static LinkedArticle article(String id, LocalDate date, String title, String body, String[][] entities) {
        String text = title + "\n\n" + body;
        Article a = new Article(id, id, null, "outlet-" + id.charAt(0), title, date, date == null ? null : "metadata", "en", null,
                text, List.of(new Span(title.length() + 2, text.length())), null);
        List<Span> sentences = new ArrayList<>();
        sentences.add(new Span(0, title.length()));
        int start = title.length() + 2;
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) == '.' ) {
                sentences.add(new Span(start, i + 1));
                start = i + 2;
            }
        }
        List<LinkedArticle.LinkedEntity> linked = new ArrayList<>();
        for (String[] e : entities) {
            List<Span> spans = new ArrayList<>();
            for (int at = text.indexOf(e[1]); at >= 0; at = text.indexOf(e[1], at + 1)) spans.add(new Span(at, at + e[1].length()));
            Actor actor = e.length > 2 ? Actor.of(e[2], e.length > 3 ? e[3] : null) : null;
            linked.add(new LinkedArticle.LinkedEntity(e[0], new ArticleEntity("L" + e[0], e[1], EntityType.ORGANIZATION, actor, List.of(e[1]), spans)));
        }
        List<Quote> quotes = List.of(new Quote(id + "-q1", id, "direct", new Quote.TextSpan(0, 1, "x"), null, null, null, 0.9));
        return new LinkedArticle(a, null, linked, sentences, List.of(), List.of(), quotes);
    }

    static final String[][] VELMORA = {{"E1", "Velmora", "VLM"}, {"E2", "Dockers Union", "VLM", "LAB"}};
    static final String[][] OSTRAND = {{"E3", "Ostrand council", "OST", "GOV"}, {"E4", "Mayor Tessa Brandt", "OST", "GOV"}};

    static List<LinkedArticle> corpus() {
        LocalDate d = LocalDate.of(2031, 3, 2);
        return List.of(
                article("a1", d, "Velmora dockers strike over pay",
                        "The Dockers Union walked out of the Velmora harbour on Monday over pay. Cranes stood still along the Velmora quays as the strike began. The union wants a rise for night shifts.", VELMORA),
                article("b1", d, "Ostrand council debates the budget",
                        "The Ostrand council began its debate on the city budget. Mayor Tessa Brandt defended cuts to the tram lines. The vote on the budget is expected on Thursday.", OSTRAND),
                article("a2", d.plusDays(1), "Velmora strike enters second day",
                        "The Dockers Union strike at the Velmora harbour entered its second day over pay. Ships waited outside the Velmora quays. The union said night shifts must be paid more.", VELMORA),
                article("c1", d.plusDays(1), "Kestria opens a museum of clocks",
                        "A museum of antique clocks opened in the old town of Kestria. Visitors queued to see a clock from the tenth century. The curator thanked the local collectors for their many loans.", new String[][] {{"E9", "Kestria"}}),
                article("b2", d.plusDays(3), "Ostrand council passes the budget",
                        "The Ostrand council passed the city budget after a long debate. Mayor Tessa Brandt won the vote on the cuts to the tram lines. The budget takes effect in April.", OSTRAND));
    }

    static List<Story> run(List<LinkedArticle> articles, StoryOptions options, Sink sink) {
        StoryStage stage = new StoryStage(new BagEmbedder(), options);
        articles.forEach(stage::accept);
        stage.finish(CorpusResults.empty(), sink);
        return sink.get(StoryStage.STORIES);
    }

    static List<List<String>> partition(List<Story> stories) {
        return stories.stream().map(Story::articles).map(l -> l.stream().sorted().toList()).sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList();
    }

    @Test void twoStoriesAndASingleton() {
        Sink sink = new Sink();
        List<Story> stories = run(corpus(), StoryOptions.defaults(), sink);
        assertThat(partition(stories)).containsExactly(List.of("a1", "a2"), List.of("b1", "b2"), List.of("c1"));
        Story strike = stories.stream().filter(s -> s.articles().contains("a1")).findFirst().orElseThrow();
        assertThat(strike.start()).isEqualTo(LocalDate.of(2031, 3, 2));
        assertThat(strike.end()).isEqualTo(LocalDate.of(2031, 3, 3));
        assertThat(strike.outlets()).containsExactly("outlet-a");
        assertThat(strike.actors()).extracting(Story.KeyActor::entity).containsExactly("E1", "E2");
        assertThat(strike.quotes()).containsExactly("a1-q1", "a2-q1");
        assertThat(strike.summary()).hasSizeBetween(3, 5);
        Map<String, String> texts = new HashMap<>();
        corpus().forEach(a -> texts.put(a.article().id(), a.article().text()));
        for (Story.SummarySentence s : strike.summary()) {
            assertThat(texts.get(s.article()).substring(s.start(), s.end())).isEqualTo(s.text());
        }
        Story single = stories.stream().filter(s -> s.articles().contains("c1")).findFirst().orElseThrow();
        assertThat(single.title()).isEqualTo("Kestria opens a museum of clocks");
        assertThat(single.summary()).hasSize(3);
        assertThat(sink.<ArticleDate>get(StoryStage.ARTICLE_DATES)).isEmpty();
    }

    @Test void inputOrderDoesNotMatterWithinTheBuffer() {
        List<LinkedArticle> reversed = new ArrayList<>(corpus());
        java.util.Collections.reverse(reversed);
        assertThat(partition(run(reversed, StoryOptions.defaults(), new Sink()))).isEqualTo(partition(run(corpus(), StoryOptions.defaults(), new Sink())));
    }

    @Test void anUndatedArticleTakesItsStorysDateAndALoneOneGetsNone() {
        List<LinkedArticle> articles = new ArrayList<>(corpus());
        articles.add(article("a3", null, "Velmora dockers strike over pay continues",
                "The Dockers Union strike at the Velmora harbour over pay goes on. The Velmora quays are quiet as the strike holds. The union wants night shifts paid more.", VELMORA));
        articles.add(article("z1", null, "Glassblowers of Pell win a prize",
                "The glassblowers guild of Pell won a prize for a blue vase. The vase will travel to exhibitions abroad. Judges praised its colour.", new String[][] {{"E20", "Pell"}}));
        Sink sink = new Sink();
        List<Story> stories = run(articles, StoryOptions.defaults(), sink);
        assertThat(partition(stories)).contains(List.of("a1", "a2", "a3"), List.of("z1"));
        List<ArticleDate> dates = sink.get(StoryStage.ARTICLE_DATES);
        assertThat(dates).hasSize(1);
        assertThat(dates.get(0).article()).isEqualTo("a3");
        assertThat(dates.get(0).published()).isEqualTo(LocalDate.of(2031, 3, 2));
        assertThat(dates.get(0).publishedFrom()).isEqualTo("estimated");
        Story strike = stories.stream().filter(s -> s.articles().contains("a3")).findFirst().orElseThrow();
        assertThat(strike.datedFromStory()).containsExactly("a3");
    }

    /** A date estimated from the text still places the article in time: years apart, the same actors make no story. */
    @Test void anEstimatedDateYearsEarlierKeepsAnArticleOutOfTheStory() {
        List<LinkedArticle> articles = new ArrayList<>(corpus());
        LinkedArticle old = article("a9", LocalDate.of(2027, 3, 2), "Velmora dockers strike over pay continues",
                "The Dockers Union strike at the Velmora harbour over pay goes on. The Velmora quays are quiet as the strike holds. The union wants night shifts paid more.", VELMORA);
        articles.add(new LinkedArticle(old.article().withPublished(LocalDate.of(2027, 3, 2), "estimated"), old.skippedReason(),
                old.entities(), old.sentences(), old.timexes(), old.events(), old.quotes()));
        Sink sink = new Sink();
        List<Story> stories = run(articles, StoryOptions.defaults(), sink);
        assertThat(partition(stories)).contains(List.of("a9")).doesNotContain(List.of("a1", "a2", "a9"));
        assertThat(sink.<ArticleDate>get(StoryStage.ARTICLE_DATES)).isEmpty();
    }

    @Test void storiesCloseWhenTheWindowHasPassedSoMemoryStaysBounded() {
        StoryStage stage = new StoryStage(new BagEmbedder(), StoryOptions.defaults().withReorderBuffer(1));
        LocalDate d = LocalDate.of(2031, 1, 1);
        int maxOpen = 0;
        for (int i = 0; i < 60; i++) {
            List<LinkedArticle> day = corpus();
            for (LinkedArticle a : day) {
                Article shifted = a.article().withPublished(d.plusDays(i * 2L), "metadata");
                stage.accept(new LinkedArticle(new Article(a.article().id() + "-" + i, shifted.path(), null, shifted.outlet(), shifted.title(),
                        shifted.published(), shifted.publishedFrom(), "en", null, shifted.text(), shifted.body(), null),
                        null, a.entities(), a.sentences(), List.of(), List.of(), List.of()));
            }
            maxOpen = Math.max(maxOpen, stage.openStories());
        }
        assertThat(maxOpen).isLessThanOrEqualTo(15);
        Sink sink = new Sink();
        stage.finish(CorpusResults.empty(), sink);
        List<Story> stories = sink.get(StoryStage.STORIES);
        // a running topic is cut into stories of at most four windows
        assertThat(stories).hasSizeGreaterThan(10);
        assertThat(stories).allSatisfy(s -> assertThat(java.time.temporal.ChronoUnit.DAYS.between(s.start(), s.end())).isLessThanOrEqualTo(28));
    }

    @Test void eventsOfTheStorysArticlesAreJoinedAtTheEnd() {
        StoryStage stage = new StoryStage(new BagEmbedder(), StoryOptions.defaults());
        corpus().forEach(stage::accept);
        Event e = new Event("ev1", "PROTEST", null, List.of(), List.of(), List.of(), null, null, false, false, null, "14", -6.5, 3, 0.9,
                List.of(new Event.EventMention("a2", new Span(0, 5), new Event.Trigger(0, 5, "strike"))));
        Sink sink = new Sink();
        stage.finish(CorpusResults.empty().withEvents(List.of(e)), sink);
        List<Story> stories = sink.get(StoryStage.STORIES);
        assertThat(stories.stream().filter(s -> s.articles().contains("a2")).findFirst().orElseThrow().events()).containsExactly("ev1");
        assertThat(stories.stream().filter(s -> s.articles().contains("b1")).findFirst().orElseThrow().events()).isEmpty();
    }
}
