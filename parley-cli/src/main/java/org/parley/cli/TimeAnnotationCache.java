package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.model.Article;

/**
 * A plain-text cache of what time normalisation reads from the annotator (sentences, tokens with
 * POS, raw timexes), so that {@code parley eval time --cache DIR} re-scores the normaliser without
 * re-running CoreNLP. One file per document; lines: {@code S index start end}, {@code T start end
 * pos word}, {@code X sentence start end type value}. Dependencies and named mentions are not kept.
 */
final class TimeAnnotationCache {
    private final Path dir;

    TimeAnnotationCache(Path dir) { this.dir = dir; }

    private Path fileFor(String id) { return dir.resolve(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".ann"); }

    /** The cached annotation for the article, or null when there is none (or it is unreadable). */
    AnnotatedArticle load(Article article) {
        Path f = fileFor(article.id());
        if (!Files.isRegularFile(f)) return null;
        try {
            List<Sentence> sentences = new ArrayList<>();
            List<RawTimex> timexes = new ArrayList<>();
            int[] cur = null;
            List<Token> tokens = new ArrayList<>();
            String text = article.text();
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] p = line.split("\t", -1);
                switch (p[0]) {
                    case "S" -> {
                        if (cur != null) sentences.add(new Sentence(cur[0], cur[1], cur[2], tokens, List.of(), false));
                        cur = new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])};
                        tokens = new ArrayList<>();
                    }
                    case "T" -> {
                        int s = Integer.parseInt(p[1]), e = Integer.parseInt(p[2]);
                        String w = text.substring(s, e);
                        tokens.add(new Token(tokens.size(), s, e, w, w.toLowerCase(), p[3], "O"));
                    }
                    case "X" -> {
                        int s = Integer.parseInt(p[2]), e = Integer.parseInt(p[3]);
                        timexes.add(new RawTimex(Integer.parseInt(p[1]), s, e, text.substring(s, e), p[4].isEmpty() ? null : p[4],
                                p[5].isEmpty() ? null : p[5]));
                    }
                    default -> { }
                }
            }
            if (cur != null) sentences.add(new Sentence(cur[0], cur[1], cur[2], tokens, List.of(), false));
            return new AnnotatedArticle(article, sentences, List.of(), timexes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void save(AnnotatedArticle doc) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : doc.sentences()) {
            sb.append("S\t").append(s.index()).append('\t').append(s.start()).append('\t').append(s.end()).append('\n');
            for (Token t : s.tokens()) sb.append("T\t").append(t.start()).append('\t').append(t.end()).append('\t').append(t.pos()).append('\n');
        }
        for (RawTimex r : doc.timexes()) {
            sb.append("X\t").append(r.sentence()).append('\t').append(r.start()).append('\t').append(r.end()).append('\t')
                    .append(r.type() == null ? "" : r.type()).append('\t').append(r.value() == null ? "" : r.value().replace('\t', ' ')).append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(fileFor(doc.article().id()), sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("could not write annotation cache: " + e.getMessage());
        }
    }
}
