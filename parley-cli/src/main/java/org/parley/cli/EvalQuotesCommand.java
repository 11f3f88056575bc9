package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ArticleAnalysis;
import org.parley.annotate.Annotator;
import org.parley.eval.CachingAnnotator;
import org.parley.Parley;
import org.parley.eval.QuoteEval;
import org.parley.eval.brat.BratAttribution;
import org.parley.eval.brat.BratDocument;
import org.parley.eval.brat.BratReader;
import org.parley.model.Article;
import org.parley.model.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval quotes --gold DIR}: runs the whole per-article pipeline on PolNeAR's texts and
 * scores the attributions against the BRAT gold (see {@link QuoteEval}).
 */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Scores quotation content, source and cue on PolNeAR BRAT standoff.")
public final class EvalQuotesCommand implements Callable<Integer> {
    private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

    @Option(names = "--gold", required = true, description = "PolNeAR folder (with train/ and dev/, or one split's text/ and attributions/).")
    Path gold;

    @Option(names = "--split", defaultValue = "dev", description = "dev, train or all (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--limit", defaultValue = "0", description = "Score only the first N articles (0: all).")
    int limit;

    @Option(names = "--skip", defaultValue = "0", description = "Leave out the first N articles (after --half, before --limit): "
            + "with --half and --limit, a further set of articles disjoint from the first N of either half.")
    int skip;

    @Option(names = "--errors", description = "Write each article's gold and predicted attributions to this file (for error analysis).")
    Path errors;

    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--cache", description = "Folder to keep CoreNLP annotations in between runs (outside the repository).")
    Path cache;

    @Option(names = "--half", description = "odd or even: keep only the articles at odd (1st, 3rd, ...) or even positions of the split sorted by id, "
            + "so that one half can be developed on and the other kept unseen.")
    String half;

    @Option(names = "--parse-all", description = "Parse every sentence, not only those the built-in lexicons select: with --cache, "
            + "annotations stay valid when cues are added later (development; quotations are the same, events may differ).")
    boolean parseAll;

    @Override public Integer call() throws IOException {
        if (!List.of("dev", "train", "all").contains(split)) {
            System.err.println("--split must be dev, train or all");
            return 2;
        }
        if (half != null && !List.of("odd", "even").contains(half)) {
            System.err.println("--half must be odd or even");
            return 2;
        }
        List<BratDocument> docs = BratReader.read(gold, split);
        if (half != null) docs = half(docs, half);
        if (skip < 0) {
            System.err.println("--skip must not be negative");
            return 2;
        }
        docs = docs.subList(Math.min(skip, docs.size()), docs.size());
        if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
        if (docs.isEmpty()) {
            System.err.println("no PolNeAR articles under " + gold + " for split " + split);
            return 1;
        }
        QuoteEval eval = new QuoteEval();
        long t0 = System.nanoTime();
        java.util.function.Supplier<Annotator> load = parseAll
                ? () -> new org.parley.annotate.corenlp.CoreNlpAnnotator(org.parley.annotate.corenlp.CoreNlpAnnotator.Options.full())
                : knowledge::createAnnotator;
        Annotator annotator = cache == null ? load.get() : new CachingAnnotator(cache, load);
        try (annotator;
             PrintWriter dump = errors == null ? null : new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            Parley parley = knowledge.applyTo(Parley.builder().annotator(annotator)).build();
            int n = 0;
            for (BratDocument d : docs) {
                List<Quote> quotes;
                try {
                    ArticleAnalysis a = parley.analyze(article(d));
                    quotes = a.quotes();
                } catch (RuntimeException e) {
                    System.err.println("failed on " + d.id() + ": " + e);
                    quotes = List.of();
                }
                eval.add(d.text(), d.attributions(), quotes);
                if (dump != null) dump(dump, d, quotes);
                if (++n % 10 == 0) System.err.printf(Locale.ROOT, "%d/%d articles%n", n, docs.size());
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "PolNeAR %s%s: %d articles, %.0f s%n%n", split, (half == null ? "" : " (" + half + " half)") + (skip == 0 ? "" : " after the first " + skip), eval.documents(), secs);
        System.out.print(eval.table());
        System.out.println();
        System.out.print(eval.errors(25));
        return 0;
    }


    /** The documents at odd (1st, 3rd, ...) or even (2nd, 4th, ...) positions in id order: two fixed halves. */
    static List<BratDocument> half(List<BratDocument> docs, String which) {
        int first = "odd".equals(which) ? 0 : 1;
        return java.util.stream.IntStream.range(0, docs.size()).filter(i -> i % 2 == first).mapToObj(docs::get).toList();
    }

    static Article article(BratDocument d) {
        String text = d.text();
        int nl = text.indexOf('\n');
        String title = nl > 0 ? text.substring(0, nl).strip() : null;
        Matcher m = DATE.matcher(d.id());
        LocalDate date = m.find() ? LocalDate.parse(m.group(1)) : null;
        return new Article(d.id(), d.id() + ".txt", null, null, title, date, date == null ? null : "metadata", "en", null, text, null, null);
    }

    private static void dump(PrintWriter out, BratDocument d, List<Quote> quotes) {
        String t = d.text();
        out.println("=== " + d.id());
        List<BratAttribution> predicted = QuoteEval.asAttributions(quotes);
        for (BratAttribution a : d.attributions()) {
            boolean found = a.content() != null && predicted.stream().anyMatch(p -> p.content() != null && p.content().overlap(a.content()) > 0);
            boolean sourceFound = a.source() != null && predicted.stream().anyMatch(p -> p.source() != null && p.source().overlap(a.source()) > 0);
            out.println((found ? "G+" : "G-") + " src=" + show(t, a.source()) + " cue=" + show(t, a.cue()) + " content=" + show(t, a.content())
                    + (a.source() == null ? "" : sourceFound ? " [source found]" : " [source missed]")
                    + " @content=" + a.content() + " @source=" + a.source() + " @cue=" + a.cue());
        }
        for (BratAttribution a : predicted) {
            // whether this attribution's content and source meet any gold one (overlap): the spurious ones are "no"
            boolean content = a.content() != null && d.attributions().stream().anyMatch(g -> g.content() != null && g.content().overlap(a.content()) > 0);
            boolean source = a.source() != null && d.attributions().stream().anyMatch(g -> g.source() != null && g.source().overlap(a.source()) > 0);
            out.println("P src=" + show(t, a.source()) + " cue=" + show(t, a.cue()) + " content=" + show(t, a.content())
                    + " @content=" + a.content() + " @source=" + a.source() + " @cue=" + a.cue()
                    + " [content " + (content ? "gold" : "spurious") + (a.source() == null ? "" : ", source " + (source ? "gold" : "spurious")) + "]");
        }
        for (Quote q : quotes) {
            out.println("Q " + q.kind() + " " + q.confidence() + " speaker=" + (q.speaker() == null ? null : q.speaker().name()));
        }
    }

    private static String show(String text, org.parley.eval.brat.BratSpan s) {
        if (s == null) return "-";
        StringBuilder sb = new StringBuilder("[");
        for (int[] f : s.fragments()) {
            if (sb.length() > 1) sb.append(" | ");
            String frag = text.substring(Math.max(0, f[0]), Math.min(text.length(), f[1])).replace('\n', ' ');
            sb.append(frag.length() > 90 ? frag.substring(0, 60) + " ... " + frag.substring(frag.length() - 25) : frag);
        }
        return sb.append("]").toString();
    }
}
