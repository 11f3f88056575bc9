package org.parley.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.model.Span;
import org.parley.time.internal.Lexicon;
import org.parley.time.internal.Tense;

/**
 * Estimates a publication date from an undated article's own dated expressions.
 *
 * <p>Rule: among the body's fully specified calendar dates (day, month and a year written in the text,
 * e.g. "May 29, 2017" or "29.05.2017"; never relative ones such as "Monday"), take the latest one that
 * is not in a future-tense context: news reports on what has happened, so the newest past date is the
 * closest lower bound of the publication date. When every explicit date is in the future tense, the
 * earliest of them is used (an announcement is published before the event). No explicit date: null.
 */
public final class PublicationDates {
    private static final Pattern DATE_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)(1[89]\\d\\d|2[01]\\d\\d)(?!\\d)");
    private static final Lexicon LEXICON = Lexicon.load();

    private PublicationDates() {}

    /** The estimated date, or null when the article gives no basis for one. */
    public static LocalDate estimate(AnnotatedArticle doc) {
        if (doc == null || doc.article() == null) return null;
        LocalDate latestPast = null, earliestFuture = null;
        for (RawTimex r : doc.timexes()) {
            if (r.value() == null || r.text() == null || !inBody(doc, r)) continue;
            Matcher m = DATE_VALUE.matcher(r.value());
            if (!m.find() || !YEAR_IN_TEXT.matcher(r.text()).find()) continue;
            LocalDate d;
            try {
                d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                continue; // a value that is no real day ("2017-02-30"): no basis for a date
            }
            if (!m.group(1).equals(yearIn(r.text()))) continue; // the year must be the one written
            Sentence s = r.sentence() >= 0 && r.sentence() < doc.sentences().size() ? doc.sentences().get(r.sentence())
                    : doc.sentenceAt(r.start());
            if (Tense.around(s, r.start(), r.end(), LEXICON) == Tense.FUTURE) {
                if (earliestFuture == null || d.isBefore(earliestFuture)) earliestFuture = d;
            } else if (latestPast == null || d.isAfter(latestPast)) {
                latestPast = d;
            }
        }
        return latestPast != null ? latestPast : earliestFuture;
    }

    private static String yearIn(String text) {
        Matcher m = YEAR_IN_TEXT.matcher(text);
        String last = null;
        while (m.find()) last = m.group(1);
        return last;
    }

    private static boolean inBody(AnnotatedArticle doc, RawTimex r) {
        if (doc.article().body().isEmpty()) return true;
        for (Span s : doc.article().body()) if (s.start() <= r.start() && r.end() <= s.end()) return true;
        return false;
    }
}
