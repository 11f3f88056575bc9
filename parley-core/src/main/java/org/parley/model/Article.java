package org.parley.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article as read and cleaned. {@code text} is the article exactly as read (for HTML, the
 * extracted text) and is the frame of every offset Parley writes; {@code body} lists the spans of
 * {@code text} that are real article text (not bylines, photo credits, footers).
 *
 * @param published      publication date, or null when unknown
 * @param publishedFrom  where the date came from: "metadata", "header", "dateline", "url", "path" (the file name),
 *                       "estimated", or null
 * @param language       ISO 639-1 code ("en"), or "und" when undetermined
 * @param duplicateOf    id of the article this one is a near-copy of, or null
 */
public record Article(
        String id,
        String path,
        String url,
        String outlet,
        String title,
        LocalDate published,
        String publishedFrom,
        String language,
        String duplicateOf,
        String text,
        List<Span> body,
        Dateline dateline) {

    public Article {
        body = body == null ? List.of() : List.copyOf(body);
    }

    public boolean isEnglish() { return "en".equals(language); }

    public Article withPublished(LocalDate date, String from) {
        return new Article(id, path, url, outlet, title, date, from, language, duplicateOf, text, body, dateline);
    }

    public Article withDuplicateOf(String other) {
        return new Article(id, path, url, outlet, title, published, publishedFrom, language, other, text, body, dateline);
    }

    public Article withLanguage(String lang) {
        return new Article(id, path, url, outlet, title, published, publishedFrom, lang, duplicateOf, text, body, dateline);
    }

    public Article withBody(List<Span> spans, Dateline line) {
        return new Article(id, path, url, outlet, title, published, publishedFrom, language, duplicateOf, text, spans, line);
    }
}
