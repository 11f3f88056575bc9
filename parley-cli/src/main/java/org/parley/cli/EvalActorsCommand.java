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
import org.parley.entities.ActorCoder;
import org.parley.eval.ActorPhraseEval;
import org.parley.eval.ActorPhraseEval.Half;
import org.parley.eval.ActorPhraseEval.Item;
import org.parley.eval.ActorPhraseEval.Phrase;
import org.parley.eval.CachingAnnotator;
import org.parley.model.Article;
import org.parley.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval actors --phrases FILE [--half odd|even]}: runs each test sentence through the
 * whole per-article pipeline and scores the actor code of its subject (country, sector, both).
 */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Scores actor codes of subject phrases (country, sector).")
public final class EvalActorsCommand implements Callable<Integer> {
    @Option(names = "--phrases", required = true, paramLabel = "FILE", description = "TSV: sentence, subject, country or '-', sector.")
    Path phrases;

    @Option(names = "--half", paramLabel = "odd|even", description = "Score only the odd (development) or even (unseen) data rows.")
    String halfName;

    @Option(names = "--date", description = "Publication date given to every sentence (default 2000-01-01).")
    LocalDate date = LocalDate.of(2000, 1, 1);

    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep annotations in DIR and reuse them on later runs (development).")
    Path cache;

    @Option(names = {"-v", "--verbose"}, description = "Print every phrase that is wrong.")
    boolean verbose;

    @Override public Integer call() {
        Half half;
        try {
            half = halfName == null ? Half.ALL : Half.valueOf(halfName.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("parley eval actors: --half is odd or even, not " + halfName);
            return 2;
        }
        List<Phrase> list;
        try {
            list = ActorPhraseEval.read(phrases, half);
        } catch (IOException e) {
            System.err.println("parley eval actors: cannot read " + phrases + ": " + e.getMessage());
            return 2;
        }
        Annotator annotator = cache == null ? knowledge.createAnnotator() : new CachingAnnotator(cache, knowledge::createAnnotator);
        Parley parley = knowledge.applyTo(Parley.builder().annotator(annotator)).build();
        ActorCoder coder = new ActorCoder(parley.knowledgeBase());
        List<Item> items = new ArrayList<>();
        for (Phrase p : list) {
            String text = p.sentence();
            Article a = new Article("actor-phrase-" + p.row(), null, null, "actor-phrases", null, date, "metadata", "en", null, text,
                    List.of(new Span(0, text.length())), null);
            ArticleAnalysis res = parley.analyze(a);
            Item it = ActorPhraseEval.predict(p, res, coder);
            items.add(it);
            if (verbose && !(ActorPhraseEval.countryOk(p, it.subject()) && ActorPhraseEval.sectorOk(p, it.subject()))) {
                System.out.printf("%3d %-45s want %s/%s  got %s  (event source %s)%n", p.row(), p.subject(),
                        p.country() == null ? "---" : p.country(), p.sector(), it.subject(), it.eventSource());
            }
        }
        System.out.println("Actor phrases, " + phrases.getFileName() + (half == Half.ALL ? "" : ", " + half.name().toLowerCase() + " rows"));
        System.out.print(ActorPhraseEval.score(items).format());
        return 0;
    }
}
