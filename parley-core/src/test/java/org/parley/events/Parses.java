package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * Hand-written parses for tests that must not load CoreNLP. Tokens are "word/lemma/POS/NER" separated by
 * spaces (NER may be omitted: "O"); dependencies are "rel gov dep" triples separated by ';' (0-based token
 * indices, gov -1 for the root). The text is the words joined by single spaces.
 */
final class Parses {
    private Parses() {}

    static AnnotatedArticle article(String tokens, String deps, LocalDate published, String... timexes) {
        StringBuilder text = new StringBuilder();
        List<Token> toks = tokens(tokens, text);
        List<Dependency> ds = dependencies(deps);
        Sentence s = new Sentence(0, 0, text.length(), toks, ds, true);
        List<RawTimex> tx = new ArrayList<>();
        for (String t : timexes) { // "firstToken lastToken value"
            String[] f = t.split(" ");
            Token a = toks.get(Integer.parseInt(f[0])), b = toks.get(Integer.parseInt(f[1]));
            tx.add(new RawTimex(0, a.start(), b.end(), text.substring(a.start(), b.end()), "DATE", f[2]));
        }
        Article art = new Article("a1", null, null, "Test Wire", null, published, "metadata", "en", null, text.toString(),
                List.of(new Span(0, text.length())), null);
        return new AnnotatedArticle(art, List.of(s), List.of(), tx);
    }

    /** The events {@code extractor} codes in one hand-parsed sentence published on {@code day}, with entities as {@link EventExtractorTest#entities} takes them. */
    static java.util.List<org.parley.model.Event> events(EventExtractor extractor, LocalDate day, String tokens, String deps, Object... entities) {
        AnnotatedArticle doc = article(tokens, deps, day);
        return extractor.extract(doc, EventExtractorTest.entities(doc, entities), java.util.List.of());
    }

    /** Tokens "word/lemma/POS[/NER]" appended to {@code text}, one space apart; offsets into {@code text}. */
    static List<Token> tokens(String tokens, StringBuilder text) {
        String[] parts = tokens.trim().split("\\s+");
        List<Token> toks = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            if (i > 0) text.append(' ');
            int start = text.length();
            text.append(f[0]);
            toks.add(new Token(i, start, text.length(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O"));
        }
        return toks;
    }

    /** Dependencies "rel gov dep" separated by ';' (gov -1: root). */
    static List<Dependency> dependencies(String deps) {
        List<Dependency> ds = new ArrayList<>();
        for (String d : deps.split(";")) {
            String[] f = d.trim().split("\\s+");
            if (f.length == 3) ds.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return ds;
    }
}
