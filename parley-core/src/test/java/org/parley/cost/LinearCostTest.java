package org.parley.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.NamedMention;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.ArticleEntities;
import org.parley.entities.EntityExtractor;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.EventExtractor;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.quotes.QuoteExtractor;
import org.parley.time.TimeNormalizer;

/**
 * Linear cost in article size (issue 14): the stages after annotation, on a synthetic annotated article of n and
 * 4n copies of a parsed paragraph (names, a date, an event, a quotation), must take about 4 times as long, not 16.
 * Asserted for the time and event stages. The entity stage is printed but not asserted: on this text, where three
 * names recur thousands of times, it still grows 9-11 times; the quotation stage, which grows 13-14 times and takes
 * 20 s here, is measured by {@link #main} only (docs/performance.md).
 * Measured in CPU time of this thread, with a generous bound (8x) so that a loaded machine does not fail it; a
 * quadratic step (a scan of every mention or date for every token or event) fails it at once. Not a benchmark.
 */
class LinearCostTest {
    static final LocalDate TUESDAY = LocalDate.of(2019, 6, 18);
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A paragraph: "Putin and Macron held talks in Versailles on Monday ." + "“We agreed,” Macron said ." */
    record Piece(String word, String lemma, String pos, String ner) {}

    static final List<Piece> TALKS = List.of(new Piece("Putin", "Putin", "NNP", "PERSON"), new Piece("and", "and", "CC", "O"),
            new Piece("Macron", "Macron", "NNP", "PERSON"), new Piece("held", "hold", "VBD", "O"), new Piece("talks", "talk", "NNS", "O"),
            new Piece("in", "in", "IN", "O"), new Piece("Versailles", "Versailles", "NNP", "CITY"), new Piece("on", "on", "IN", "O"),
            new Piece("Monday", "Monday", "NNP", "DATE"), new Piece(".", ".", ".", "O"));
    static final String TALKS_DEPS = "root -1 3; nsubj 3 0; nsubj 3 2; conj:and 0 2; cc 2 1; obj 3 4; nmod:in 4 6; case 6 5; obl:on 3 8; case 8 7; punct 3 9";
    static final List<Piece> QUOTE = List.of(new Piece("\"", "\"", "``", "O"), new Piece("We", "we", "PRP", "O"),
            new Piece("agreed", "agree", "VBD", "O"), new Piece(",", ",", ",", "O"), new Piece("\"", "\"", "''", "O"),
            new Piece("Macron", "Macron", "NNP", "PERSON"), new Piece("said", "say", "VBD", "O"), new Piece(".", ".", ".", "O"));
    static final String QUOTE_DEPS = "root -1 6; ccomp 6 2; nsubj 2 1; punct 2 3; punct 6 0; punct 6 4; nsubj 6 5; punct 6 7";

    /** {@code copies} paragraphs, each two sentences, offsets and indices shifted. */
    static AnnotatedArticle article(int copies) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<NamedMention> mentions = new ArrayList<>();
        List<RawTimex> timexes = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (int part = 0; part < 2; part++) {
                List<Piece> pieces = part == 0 ? TALKS : QUOTE;
                int si = sentences.size();
                int sStart = text.length();
                List<Token> toks = new ArrayList<>();
                for (int i = 0; i < pieces.size(); i++) {
                    Piece p = pieces.get(i);
                    if (i > 0) text.append(' ');
                    int start = text.length();
                    text.append(p.word());
                    toks.add(new Token(i, start, text.length(), p.word(), p.lemma(), p.pos(), p.ner()));
                    if (!p.ner().equals("O") && !p.ner().equals("DATE")) {
                        mentions.add(new NamedMention(si, i, i + 1, start, text.length(), p.word(), p.ner()));
                    }
                    if (p.ner().equals("DATE")) timexes.add(new RawTimex(si, start, text.length(), p.word(), "DATE", "2019-06-17"));
                }
                List<Dependency> deps = new ArrayList<>();
                for (String d : (part == 0 ? TALKS_DEPS : QUOTE_DEPS).split(";")) {
                    String[] f = d.trim().split("\\s+");
                    deps.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
                }
                sentences.add(new Sentence(si, sStart, text.length(), toks, deps, true));
                text.append(part == 0 ? " " : "\n\n");
            }
        }
        Article a = new Article("long", null, null, "Test Wire", null, TUESDAY, "metadata", "en", null, text.toString(),
                List.of(new Span(0, text.length())), null);
        return new AnnotatedArticle(a, sentences, mentions, timexes);
    }

    final ActorKnowledgeBase kb = ActorKnowledgeBase.load(List.of());
    final TimeNormalizer time = new TimeNormalizer();
    final EntityExtractor entities = new EntityExtractor(kb);
    final EventExtractor events = new EventExtractor(kb, List.of());
    final QuoteExtractor quotes = new QuoteExtractor(kb, List.of());

    /** CPU milliseconds per stage on an article of {@code copies} paragraphs. */
    Map<String, Double> costs(int copies) { return costs(copies, true); }

    /** As above; the quotation stage only when {@code quotations} (it is the slow one: 20 s at 6,000 paragraphs). */
    Map<String, Double> costs(int copies, boolean quotations) {
        AnnotatedArticle doc = article(copies);
        Map<String, Double> ms = new LinkedHashMap<>();
        List<Timex> tx = cpu(ms, "time", () -> time.normalize(doc));
        ArticleEntities ents = cpu(ms, "entities", () -> entities.extract(doc));
        List<Event> evs = cpu(ms, "events", () -> events.extract(doc, ents, tx));
        if (quotations) cpu(ms, "quotes", () -> quotes.extract(doc, ents));
        assertThat(evs.size()).as("two events per paragraph (talks, and the quoted agreement)").isEqualTo(2 * copies);
        return ms;
    }

    private static <T> T cpu(Map<String, Double> ms, String stage, Supplier<T> work) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        T out = work.get();
        ms.put(stage, (THREADS.getCurrentThreadCpuTime() - t0) / 1e6);
        return out;
    }

    @Test void theTimeAndEventStagesGrowLinearlyWithArticleSize() {
        costs(200, false); // warm-up: JIT
        costs(1_000, false);
        int n = 1_500;
        Map<String, Double> small = costs(n, false);
        Map<String, Double> large = costs(4 * n, false); // ~330,000 characters
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (String stage : small.keySet()) {
            double ratio = large.get(stage) / Math.max(small.get(stage), 1.0);
            ratios.put(stage, ratio);
            System.out.printf(java.util.Locale.ROOT, "%-9s %,8.0f ms at %,d paragraphs, %,8.0f ms at %,d: x%.1f%n", stage,
                    small.get(stage), n, large.get(stage), 4 * n, ratio);
        }
        for (String stage : List.of("time", "events")) {
            assertThat(ratios.get(stage)).as(stage + ": 4 times the size costs at most 8 times the time").isLessThan(8.0);
        }
    }

    /** For profiling: {@code java -cp ... org.parley.cost.LinearCostTest 6000}. */
    public static void main(String[] args) {
        LinearCostTest t = new LinearCostTest();
        t.costs(200);
        for (String a : args) System.out.println(a + " paragraphs: " + t.costs(Integer.parseInt(a)));
    }
}
