package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.ArticleAnalysis;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.eval.CachingAnnotator;
import org.parley.eval.EventEval;
import org.parley.eval.plover.PloverGold;
import org.parley.eval.plover.PloverRecord;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval events --gold FILE}: runs the whole per-article pipeline on each gold sentence (as
 * a one-sentence article dated with the record's date) and scores the events against the gold record.
 */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Scores event types and actor codes on PLOVER gold-standard JSON.")
public final class EvalEventsCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, description = "Gold data (file or folder).")
    Path gold;

    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep annotations in DIR and reuse them on later runs (development).")
    Path cache;

    @Option(names = "--min-confidence", description = "Score only events with at least this confidence (default: all).")
    double minConfidence = 0;

    @Option(names = "--limit", description = "Score only the first N records.")
    int limit = Integer.MAX_VALUE;

    /** Which records are scored: the development protocol keeps one half unseen (docs/quality.md). */
    enum Half { odd, even, all }

    @Option(names = "--half", description = "Score only the odd (1,3,5...) or even records, numbered 1..N in file order "
            + "after the reader's filtering (default: all). Develop on odd; even is the unseen half.")
    Half half = Half.all;

    @Option(names = {"-v", "--verbose"}, description = "Print every sentence with the events found.")
    boolean verbose;

    @Override public Integer call() {
        List<PloverRecord> records;
        try {
            records = PloverGold.read(gold);
        } catch (IOException | RuntimeException e) {
            System.err.println("parley eval events: cannot read " + gold + ": " + e.getMessage());
            return 2;
        }
        records = select(records, half);
        if (records.size() > limit) records = records.subList(0, limit);
        // The annotator parses only sentences holding a trigger word, so a cached annotation is valid only for
        // the lexicon it was made with: one cache folder per set of trigger words.
        Annotator annotator = cache == null ? knowledge.createAnnotator()
                : new CachingAnnotator(cache.resolve("lexicon-" + Integer.toHexString(
                        new java.util.TreeSet<>(org.parley.events.EventExtractor.triggerWords(knowledge.patterns)).hashCode())
                        + (knowledge.classFrames ? "-frames" : "")),
                        knowledge::createAnnotator);
        Parley parley = knowledge.applyTo(Parley.builder().annotator(annotator)).build();
        List<EventEval.Item> items = new ArrayList<>();
        for (PloverRecord r : records) {
            String text = r.text();
            LocalDate date = r.date() == null ? LocalDate.of(2000, 1, 1) : r.date();
            Article a = new Article(r.id(), null, null, "plover-gsr", null, date, "metadata", "en", null, text,
                    List.of(new Span(0, text.length())), null);
            List<Event> events;
            try {
                ArticleAnalysis res = parley.analyze(a);
                events = res.events();
            } catch (RuntimeException e) {
                System.err.println(r.id() + ": pipeline failed: " + e);
                events = List.of();
            }
            final double floor = minConfidence;
            items.add(new EventEval.Item(r, events.stream().filter(e -> e.confidence() >= floor).toList()));
            if (verbose) {
                System.out.println(r.id() + "  gold " + r.type() + " " + r.sourceCodes() + " -> " + r.targetCodes());
                System.out.println("    " + text);
                for (Event e : events) System.out.println("    => " + describe(e));
            }
        }
        EventEval.Report report = EventEval.score(items);
        EventEval.Report main = EventEval.scoreMain(items);
        System.out.println("PLOVER event coding, " + gold.getFileName());
        System.out.println("HEADLINE, main events (each sentence's own report: the gold codes one main event per sentence)");
        System.out.print(main.format());
        System.out.println();
        System.out.println("all current events (main and background, as a news reader gets them; the figure of sessions before 10)");
        System.out.print(report.summary());
        if (verbose) {
            report.misses().forEach(m -> System.out.println("miss " + m));
            java.util.Set<String> missedAll = new java.util.HashSet<>();
            report.misses().forEach(m -> missedAll.add(m.split("\t")[0]));
            // sentences whose gold type is found among all events but not among the main ones
            main.misses().stream().filter(m -> !missedAll.contains(m.split("\t")[0]))
                    .forEach(m -> System.out.println("miss-main-only " + m));
        }
        return 0;
    }

    /** Records of one half: numbering starts at 1, so "odd" holds the first record. */
    static List<PloverRecord> select(List<PloverRecord> records, Half half) {
        if (half == Half.all) return records;
        List<PloverRecord> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            boolean odd = (i + 1) % 2 == 1;
            if (odd == (half == Half.odd)) out.add(records.get(i));
        }
        return out;
    }

    static String describe(Event e) {
        StringBuilder b = new StringBuilder();
        b.append(e.type());
        if (e.mode() != null) b.append('/').append(e.mode());
        b.append(' ').append(actors(e.source())).append(" -> ").append(actors(e.target()));
        b.append(" \"").append(e.mentions().get(0).trigger().text()).append('"');
        b.append(" cameo ").append(e.cameo()).append(" date ").append(e.date());
        if (e.negated()) b.append(" NEGATED");
        if (e.hypothetical()) b.append(" HYPOTHETICAL");
        if (e.status() != Event.Status.CURRENT) b.append(" ").append(e.status());
        if (e.reportedBy() != null) b.append(" reported_by ").append(e.reportedBy().text());
        b.append(" conf ").append(e.confidence());
        if (e.method() != Event.Method.LEXICON) b.append(" ").append(e.method());
        if (e.salience() != Event.Salience.MAIN) b.append(" ").append(e.salience());
        return b.toString();
    }

    private static String actors(List<Event.EventActor> as) {
        List<String> out = new ArrayList<>();
        for (Event.EventActor a : as) out.add(a.text() + "=" + a.country() + (a.sector() == null ? "" : "/" + a.sector()));
        return out.toString();
    }
}
