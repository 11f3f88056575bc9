package org.parley.read.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Article;
import org.parley.model.Dateline;
import org.parley.model.Span;

/** Builds {@link Article}s from decoded text or extracted web pages: header, dateline, body, language. */
public final class Articles {
    private final boolean detectLanguage;

    public Articles(boolean detectLanguage) {
        this.detectLanguage = detectLanguage;
    }

    /**
     * A plain-text article ({@code .txt}, or the text field of JSON): {@code text} is kept exactly;
     * header and dateline are recognised at its start; fields in {@code meta} win over the header's.
     */
    public Article fromPlainText(String id, String path, String text, Meta meta) {
        TextHeader header = TextHeader.parse(text, meta.title());
        String title = first(meta.title(), header.title());
        String url = first(meta.url(), header.url());
        String outlet = first(meta.outlet(), header.outlet());
        LocalDate published = meta.published();
        String from = meta.publishedFrom();
        if (published == null && header.date() != null) { published = header.date(); from = "header"; }
        Datelines.Applied applied = Datelines.apply(text, Paragraphs.of(text, header.bodyStart(), text.length()));
        Dateline dateline = applied.dateline();
        List<Span> body = applied.body();
        if (outlet == null && dateline != null) outlet = dateline.outlet();
        if (published == null && (published = dateIn(dateline, text)) != null) from = "dateline";
        if (published == null && (published = Dates.fromUrl(url)) != null) from = "url";
        String language = language(first(meta.language(), header.language()), text, body, null);
        return new Article(id, path, url, outlet, title, published, published == null ? null : from,
                language, null, text, body, dateline);
    }

    /**
     * A web page: {@code text} is the headline (when known), a blank line, then the story paragraphs
     * separated by blank lines; the body is the paragraphs, minus a dateline at the start of the first.
     * Returns null when the page holds no story text.
     */
    public Article fromPage(String id, String path, HtmlExtractor.Page page, Meta meta) {
        if (page.paragraphs().isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        String title = first(meta.title(), page.title());
        if (title != null) sb.append(title).append("\n\n");
        List<Span> body = new ArrayList<>();
        for (String p : page.paragraphs()) {
            if (!body.isEmpty()) sb.append("\n\n");
            body.add(new Span(sb.length(), sb.length() + p.length()));
            sb.append(p);
        }
        String text = sb.toString();
        Datelines.Applied applied = Datelines.apply(text, body);
        Dateline dateline = applied.dateline();
        body = applied.body();
        String url = first(meta.url(), page.url());
        String outlet = first(meta.outlet(), page.outlet(), dateline == null ? null : dateline.outlet());
        LocalDate published = meta.published() != null ? meta.published() : page.published();
        String from = meta.published() != null ? meta.publishedFrom() : page.publishedFrom();
        if (published == null && (published = dateIn(dateline, text)) != null) from = "dateline";
        if (published == null && (published = Dates.fromUrl(url)) != null) from = "url";
        String language = language(meta.language(), text, body, page.language());
        return new Article(id, path, url, outlet, title, published, published == null ? null : from,
                language, null, text, body, dateline);
    }

    /** The date a dateline states ("PARIS, May 8, 2017 —", "MINSK, February 12 (Reuters) -"), or null. */
    static LocalDate dateIn(Dateline dateline, String text) {
        if (dateline == null) return null;
        String s = dateline.span().of(text);
        for (int comma = s.indexOf(','); comma >= 0; comma = s.indexOf(',', comma + 1)) {
            String rest = s.substring(comma + 1).replaceAll("\\s*(\\([^)]*\\))?\\s*[\u2014\u2013-]+\\s*$", "").strip();
            LocalDate d = Dates.parse(rest);
            if (d != null) return d;
        }
        return null;
    }

    private String language(String given, String text, List<Span> body, String declared) {
        String norm = normalise(given);
        if (norm != null) return norm;
        if (!detectLanguage) return first(normalise(declared), "en");
        StringBuilder sample = new StringBuilder();
        for (Span s : body) {
            if (sample.length() >= LanguageGuesser.SAMPLE_CHARS) break;
            if (sample.length() > 0) sample.append('\n');
            sample.append(text, s.start(), Math.min(s.end(), s.start() + LanguageGuesser.SAMPLE_CHARS));
        }
        String guess = LanguageGuesser.guess(sample.toString());
        if (guess.equals("und")) return first(normalise(declared), "und");
        return guess;
    }

    /** "en", "EN", "en-US", "eng"... to a two-letter code; null when unusable. */
    static String normalise(String lang) {
        if (lang == null) return null;
        String l = lang.strip().toLowerCase(Locale.ROOT);
        if (l.equals("eng") || l.equals("english")) return "en";
        if (l.length() >= 2 && l.substring(0, 2).matches("[a-z]{2}") && (l.length() == 2 || !Character.isLetter(l.charAt(2)))) {
            return l.substring(0, 2);
        }
        return null;
    }

    private static String first(String... xs) {
        for (String x : xs) if (x != null && !x.isBlank()) return x;
        return null;
    }
}
