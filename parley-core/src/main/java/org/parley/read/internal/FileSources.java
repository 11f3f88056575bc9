package org.parley.read.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import org.parley.model.Article;
import org.parley.read.ReadOutcome;
import org.parley.read.ReaderOptions;

/** Chooses how to read a file from its extension and opens the matching {@link OutcomeSource}. */
public final class FileSources {
    private final ReaderOptions options;
    private final Articles articles;
    private final JsonArticles json;

    public FileSources(ReaderOptions options) {
        this.options = options;
        this.articles = new Articles(options.detectLanguage());
        this.json = new JsonArticles(articles);
    }

    enum Format { TEXT, HTML, JSON, JSON_LINES, JSON_LINES_GZ, WARC }

    /** The format for a file name, or null when unsupported. */
    static Format formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) return Format.WARC;
        if (n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz")) return Format.JSON_LINES_GZ;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Format.JSON_LINES;
        if (n.endsWith(".json")) return Format.JSON;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Format.HTML;
        if (n.endsWith(".txt") || n.endsWith(".text")) return Format.TEXT;
        return null;
    }

    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? null : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    public OutcomeSource open(InputFile file) {
        String display = file.display();
        String name = file.path().getFileName() == null ? display : file.path().getFileName().toString();
        Format format = formatOf(name);
        if (format == null) {
            String ext = extensionOf(name);
            return skip(display, ext == null ? "unsupported format (no file extension)" : "unsupported format " + ext);
        }
        long size;
        try {
            if (!Files.isReadable(file.path())) return skip(display, Files.exists(file.path())
                    ? "permission denied" : "no such file or directory");
            if (!Files.isRegularFile(file.path())) return skip(display, "not a regular file");
            size = Files.size(file.path());
        } catch (IOException e) {
            return skip(display, Failures.reason(e));
        }
        if (size == 0) return skip(display, "empty file");
        boolean streamed = format == Format.JSON || format == Format.JSON_LINES
                || format == Format.JSON_LINES_GZ || format == Format.WARC;
        long limit = streamed ? options.maxStreamBytes() : options.maxFileBytes();
        if (size > limit) {
            return skip(display, "too large: " + Failures.size(size) + " exceeds the limit of " + Failures.size(limit));
        }
        return switch (format) {
            case TEXT -> new WholeFileSource(file, bytes -> text(file, bytes));
            case HTML -> new WholeFileSource(file, bytes -> html(file, bytes));
            case JSON -> new JsonFileSource(file, json, options.maxFileBytes(), false, false);
            case JSON_LINES -> new JsonFileSource(file, json, options.maxFileBytes(), true, false);
            case JSON_LINES_GZ -> new JsonFileSource(file, json, options.maxFileBytes(), true, true);
            case WARC -> new WarcSource(file, articles, options.maxFileBytes());
        };
    }

    private ReadOutcome text(InputFile file, byte[] bytes) {
        String display = file.display();
        String binary = TextDecoder.binaryReason(bytes);
        if (binary != null) return ReadOutcome.skip(display, binary);
        String text = TextDecoder.decode(bytes, false).text();
        if (text.isBlank()) return ReadOutcome.skip(display, "empty file (whitespace only)");
        Article a = articles.fromPlainText(file.id(), display, text, Meta.NONE);
        if (a.body().isEmpty()) return ReadOutcome.skip(display, "no article text after the header");
        return ReadOutcome.ok(datedByFileName(a, file));
    }

    private ReadOutcome html(InputFile file, byte[] bytes) {
        String display = file.display();
        String binary = TextDecoder.binaryReason(bytes);
        if (binary != null) return ReadOutcome.skip(display, binary);
        String html = TextDecoder.decode(bytes, true).text();
        if (html.isBlank()) return ReadOutcome.skip(display, "empty file (whitespace only)");
        Article a = articles.fromPage(file.id(), display, HtmlExtractor.extract(html, null), Meta.NONE);
        if (a == null) return ReadOutcome.skip(display, "no article text found in the page");
        return ReadOutcome.ok(datedByFileName(a, file));
    }

    /**
     * An article file that says nothing of its date but whose name carries one, as corpora and crawls
     * name files ("reuters_2017-05-29_putin-versailles.txt", "20170529-putin.html"), takes that date,
     * marked "path" so it is known to be the weakest source. Only the file's own name counts: a folder's
     * date is as often the date of a crawl or a run. A JSON line's container file is never read this way.
     */
    private static Article datedByFileName(Article a, InputFile file) {
        if (a.published() != null) return a;
        java.nio.file.Path name = file.path().getFileName();
        LocalDate d = name == null ? null : Dates.fromFileName(name.toString());
        return d == null ? a : a.withPublished(d, "path");
    }

    private static OutcomeSource skip(String path, String reason) {
        return OutcomeSource.of(ReadOutcome.skip(path, reason));
    }
}
