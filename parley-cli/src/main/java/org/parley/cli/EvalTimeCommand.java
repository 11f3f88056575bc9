package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.eval.CachingAnnotator;
import org.parley.annotate.RawTimex;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.clean.CleanText;
import org.parley.clean.OffsetMap;
import org.parley.eval.TimeEval;
import org.parley.eval.timeml.TimeMlDocument;
import org.parley.eval.timeml.TimeMlReader;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.time.TimeNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval time --timeml DIR}: runs the annotator (SUTime, no parsing) and the time
 * normaliser on TimeML documents, anchored on each document's creation time, and scores extents
 * and values against the gold TIMEX3s. The cleaner is bypassed: TimeML TEXT is already clean and
 * all of it is body.
 */
@Command(name = "time", mixinStandardHelpOptions = true, description = "Scores temporal expression extent and value F1 on TimeML files.")
public final class EvalTimeCommand implements Callable<Integer> {
    @Option(names = "--timeml", required = true, description = "Gold data: a .tml file, a folder searched recursively, or a .tar.gz of .tml files.")
    Path gold;

    @Option(names = "--limit", description = "Score only the first N documents (sorted by path); 0 = all.")
    int limit;

    @Option(names = "--skip", description = "Skip the first N documents (sorted by path) before applying --limit.")
    int skip;

    @Option(names = "--every", description = "Keep only every K-th document (a spread-out development subset); 1 = all.")
    int every = 1;

    @Option(names = "--offset", description = "With --every: keep documents whose index modulo K equals this (default 0).")
    int offset;

    @Option(names = "--errors", defaultValue = "25", description = "How many error groups to print per kind (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--raw", description = "Score SUTime's raw values (no Parley normalisation), for comparison.")
    boolean raw;

    @Option(names = "--cache", description = "Folder caching the annotator's output per document (created if missing), "
            + "so that later runs re-score the normaliser without re-running CoreNLP.")
    Path cache;

    @Option(names = "--dump", description = "Write every error and every correct match (tab-separated) to this file.")
    Path dump;

    @Override public Integer call() throws IOException {
        TimeMlReader.Result read = new TimeMlReader().readAll(gold);
        for (TimeMlReader.Failure f : read.failures()) System.err.println("skipped " + f.name() + ": " + f.reason());
        List<TimeMlDocument> docs = read.documents();
        if (every > 1) {
            List<TimeMlDocument> all = docs;
            docs = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % every == offset).mapToObj(all::get).toList();
        }
        if (skip > 0) docs = docs.subList(Math.min(skip, docs.size()), docs.size());
        if (limit > 0 && docs.size() > limit) docs = docs.subList(0, limit);
        if (docs.isEmpty()) {
            System.err.println("no TimeML documents found under " + gold);
            return 1;
        }
        // The real annotator is loaded only when a document is not in the cache.
        java.util.function.Supplier<Annotator> load = () -> new CoreNlpAnnotator(CoreNlpAnnotator.Options.noParse());
        Annotator annotator = cache == null ? load.get() : new CachingAnnotator(cache, load);
        TimeNormalizer normalizer = new TimeNormalizer();
        TimeEval eval = new TimeEval();
        long t0 = System.nanoTime();
        for (TimeMlDocument d : docs) {
            Article article = new Article(d.id(), d.id(), null, null, null, d.dct(), d.dct() == null ? null : "metadata",
                    "en", null, d.text(), List.of(new Span(0, d.text().length())), null);
            AnnotatedArticle doc = annotator.annotate(new CleanText(article, d.text(), OffsetMap.identity()));
            List<Timex> ours = raw ? rawTimexes(doc) : normalizer.normalize(doc);
            eval.add(d.id(), d.text(), d.timexes(), ours);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "parley eval time: %d documents from %s%s (%.0f s)%n", docs.size(), gold,
                raw ? " [raw SUTime values]" : "", secs);
        System.out.print(eval.table());
        System.out.println("\nby expression form (the recogniser's forms; OTHER = the rest):");
        System.out.print(eval.formTable());
        System.out.println("\ntop value errors (count  text shape | gold shape -> our shape):");
        System.out.print(eval.topErrors("value", errors));
        System.out.println("\ntop missed gold timexes:");
        System.out.print(eval.topErrors("missed", errors));
        System.out.println("\ntop spurious timexes:");
        System.out.print(eval.topErrors("spurious", errors));
        if (dump != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                w.println("#doc\tkind\tgold_text\tgold_value\tour_value\tour_text\tcontext");
                List<TimeEval.Error> all = new java.util.ArrayList<>(eval.errors());
                all.addAll(eval.correct());
                for (TimeEval.Error e : all) {
                    w.println(String.join("\t", e.doc(), e.kind(), clean(e.text()), String.valueOf(e.goldValue()),
                            String.valueOf(e.ourValue()), clean(e.ourText()), clean(e.context())));
                }
            }
        }
        return 0;
    }

    private static String clean(String s) { return s == null ? "" : s.replaceAll("\\s+", " "); }

    private static List<Timex> rawTimexes(AnnotatedArticle doc) {
        return doc.timexes().stream()
                .map((RawTimex r) -> new Timex(doc.article().id(), r.start(), r.end(), r.text(), r.type(), r.value()))
                .toList();
    }
}
