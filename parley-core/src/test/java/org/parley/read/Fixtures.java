package org.parley.read;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.Span;

final class Fixtures {
    private Fixtures() {}

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/read/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ReadOutcome> readAll(ArticleReader reader, Path... inputs) {
        try (Stream<ReadOutcome> s = reader.read(List.of(inputs))) {
            return s.collect(Collectors.toList());
        }
    }

    static List<ReadOutcome> readAll(Path... inputs) {
        return readAll(new ArticleReader(), inputs);
    }

    static Article only(Path input) {
        List<ReadOutcome> all = readAll(input);
        if (all.size() != 1 || !all.get(0).isOk()) throw new AssertionError("expected one article, got " + all);
        return all.get(0).article();
    }

    static List<String> bodyTexts(Article a) {
        return a.body().stream().map(s -> s.of(a.text())).toList();
    }

    /** Every body span lies in the text, is trimmed, and spans do not overlap. */
    static void checkSpans(Article a) {
        int prev = 0;
        for (Span s : a.body()) {
            if (s.start() < prev || s.end() > a.text().length() || s.length() == 0) {
                throw new AssertionError("bad span " + s + " in " + a.id());
            }
            String t = s.of(a.text());
            if (!t.equals(t.strip())) throw new AssertionError("untrimmed span " + s + " in " + a.id());
            prev = s.end();
        }
        if (a.dateline() != null && a.body().size() > 0 && a.dateline().span().end() > a.body().get(0).start()) {
            throw new AssertionError("dateline overlaps body in " + a.id());
        }
    }
}
