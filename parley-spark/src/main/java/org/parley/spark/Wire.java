package org.parley.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.ArticleAnalysis;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.entities.ArticleEntities;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.read.ReadOutcome;
import org.parley.run.BatchRunner;
import org.parley.write.Json;

/**
 * What travels between executors and the driver, as JSON text in Parley's own conventions ({@link Json}): an
 * article as read, and the compact result of its analysis. The compact result keeps everything the linker and
 * the corpus stages use and drops the annotation graph (tokens, dependencies), of which they need only the
 * sentence spans; it is a few kB per article instead of the text's tens of kB of annotation.
 */
final class Wire {
    private Wire() {}

    /** An article as read, or a skipped input. */
    record Read(Article article, Skipped skipped) {}

    /** The result of one article's analysis, or why it was skipped. */
    record Result(Article article, ArticleEntities entities, List<Span> sentences, List<Timex> timexes, List<Event> events,
                  List<Quote> quotes, String skippedReason, Skipped skipped) {}

    static String read(ReadOutcome o) { return write(new Read(o.article(), o.skipped())); }

    static ReadOutcome read(String json) {
        Read r = parse(json, Read.class);
        return new ReadOutcome(r.article(), r.skipped());
    }

    static String result(BatchRunner.Analysed a) {
        if (a.skipped() != null) return write(new Result(null, null, null, null, null, null, null, a.skipped()));
        ArticleAnalysis x = a.analysis();
        List<Span> sentences = new ArrayList<>();
        if (x.annotated() != null) for (Sentence s : x.annotated().sentences()) sentences.add(new Span(s.start(), s.end()));
        return write(new Result(x.article(), x.entities(), x.annotated() == null ? null : sentences, x.timexes(), x.events(),
                x.quotes(), x.skippedReason(), null));
    }

    /** The compact result as shipped (its article is null when the input was skipped). */
    static Result parseResult(String json) { return parse(json, Result.class); }

    /** Back to what the in-order half of the batch runner takes; the annotation holds only the sentence spans. */
    static BatchRunner.Analysed result(String json) {
        Result r = parseResult(json);
        if (r.skipped() != null) return new BatchRunner.Analysed(null, r.skipped());
        AnnotatedArticle annotated = null;
        if (r.sentences() != null) {
            List<Sentence> sentences = new ArrayList<>();
            for (Span s : r.sentences()) sentences.add(new Sentence(sentences.size(), s.start(), s.end(), List.of(), List.of(), false));
            annotated = new AnnotatedArticle(r.article(), sentences, List.of(), List.of());
        }
        return new BatchRunner.Analysed(new ArticleAnalysis(r.article(), annotated, r.entities(), orEmpty(r.timexes()),
                orEmpty(r.events()), orEmpty(r.quotes()), r.skippedReason()), null);
    }

    private static <T> List<T> orEmpty(List<T> l) { return l == null ? List.of() : l; }

    static String write(Object o) {
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T parse(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
