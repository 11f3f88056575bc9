package org.parley.read.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates found in metadata, headers and URLs. The date is taken as written
 * (the publisher's local date), never shifted to UTC: "2017-05-30T23:30:00-05:00" is 30 May.
 */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s_].*)");
    private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:$|\\s.*)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s].*)");
    /** "May 30, 2017", "Tue, May 30 2017 10:00". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^\\s*(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b.*");
    /** "30 May 2017", "Tue, 30 May 2017 10:00:00 GMT" (RFC 1123). */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^\\s*(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b.*");
    /** In URLs: /2017/05/30/, /2017-05-30/, /20170530/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})([/_-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![0-9])");

    private static final Pattern FILE_NAME_DATE = Pattern.compile(
            "(?<![0-9A-Za-z])((?:19|20)\\d{2})([._-]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![0-9A-Za-z])");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private Dates() {}

    /** A date in any of the formats above, or null. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank() || s.length() > 100) return null;
        String t = s.strip();
        if (t.matches("\\d{10}|\\d{13}")) { // Unix time in seconds or milliseconds (UTC)
            long v = Long.parseLong(t);
            LocalDate d = java.time.Instant.ofEpochMilli(t.length() == 10 ? v * 1000 : v).atZone(java.time.ZoneOffset.UTC).toLocalDate();
            return d.getYear() >= 1990 && d.getYear() <= 2100 ? d : null;
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        m = SLASHED.matcher(s);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(s);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) return of(m.group(3), month(m.group(1)), m.group(2));
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) return of(m.group(3), month(m.group(2)), m.group(1));
        return null;
    }

    /** A date in the path of a URL ("/2017/05/30/"), or null. */
    public static LocalDate fromUrl(String url) {
        if (url == null) return null;
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        return firstDate(URL_DATE, path);
    }

    /**
     * A date standing alone in a file name ("wire_2017-05-29_slug.txt", "20170529-talks.html"), or null.
     * Unlike a URL path, a name may be a hash or code with digits inside letters, so the date must be
     * set off by non-alphanumerics.
     */
    public static LocalDate fromFileName(String name) {
        return name == null ? null : firstDate(FILE_NAME_DATE, name);
    }

    /** The first match of a year-month-day {@code pattern} (groups 1, 3, 4) in {@code s} that is a real date. */
    private static LocalDate firstDate(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            LocalDate d = of(m.group(1), m.group(3), m.group(4));
            if (d != null) return d;
        }
        return null;
    }

    /** Month number for an English month name or abbreviation, as a string, or null. */
    public static String month(String name) {
        if (name == null) return null;
        Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return n == null ? null : Integer.toString(n);
    }

    private static LocalDate of(String y, String mo, String d) {
        if (mo == null) return null;
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) return null;
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
