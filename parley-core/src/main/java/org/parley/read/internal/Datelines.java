package org.parley.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Dateline;
import org.parley.model.Span;

/**
 * Finds a wire-style dateline at the start of a body: "MOSCOW (Sputnik) —", "WASHINGTON (Reuters) -",
 * "PARIS, May 29 (AFP) -", "SAN FRANCISCO, Calif. —", "MOSCOW, May 29. /TASS/.". An upper-case place
 * may stand alone before a dash; a place in ordinary case needs the outlet in brackets, which keeps
 * ordinary sentences ("Moscow - the capital...") from being taken as datelines.
 */
public final class Datelines {
    private static final String UPPER_WORD = "\\p{Lu}[\\p{Lu}.'’\\-]*";
    private static final String TITLE_WORD = "\\p{Lu}[\\p{L}.'’\\-]*";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DATE = MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?";
    private static final String DASH = "(?:—|–|--|-|:)";

    private static final Pattern WIRE = Pattern.compile(
            "(?<place>" + UPPER_WORD + "(?:[ ]" + UPPER_WORD + "){0,3})"
            + "(?:,[ ]?(?<region>\\p{Lu}[\\p{L}.]{0,12}))?"
            + "(?:,[ ]?(?<date>" + DATE + "))?"
            + "(?:[ ]?\\((?<outlet>[^()\\n]{2,40})\\))?"
            + "[ ]?(?<dash>" + DASH + ")(?=\\s)");
    private static final Pattern TITLE_CASE_WIRE = Pattern.compile(
            "(?<place>" + TITLE_WORD + "(?:[ ]" + TITLE_WORD + "){0,3})"
            + "(?:,[ ]?(?<date>" + DATE + "))?"
            + "[ ]?\\((?<outlet>[^()\\n]{2,40})\\)"
            + "[ ]?(?<dash>" + DASH + ")(?=\\s)");
    /** TASS: "MOSCOW, May 29. /TASS/." */
    private static final Pattern TASS = Pattern.compile(
            "(?<place>" + UPPER_WORD + "(?:[ ]" + UPPER_WORD + "){0,3}),[ ]?" + DATE + "\\.?[ ]?/(?<outlet>[\\p{L} -]{2,30})/\\.?(?=\\s)");

    /** Upper-case words at the start of a story that are labels, not places. */
    private static final Set<String> NOT_PLACES = Set.of("UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS",
            "OPINION", "EDITORIAL", "COMMENT", "WATCH", "VIDEO", "PHOTOS", "LIVE", "CORRECTED", "FACTBOX",
            "EXPLAINER", "INTERVIEW", "REVIEW", "NOTE", "NEWS", "UPDATE 1", "UPDATE 2", "TV", "US", "UK", "EU", "UN");

    /** A short byline paragraph ("By Jane Doe", "By JANE DOE, Staff Writer") that may precede the dateline. */
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY|Written by|From)\\s+[^\\n.]{2,80}\\.?");

    private Datelines() {}

    /** Body paragraphs with the dateline cut out of the paragraph that starts with it, and that dateline. */
    public record Applied(Dateline dateline, List<Span> body) {}

    /**
     * Looks for a dateline at the start of the first paragraph, or of the second when the first is a
     * short byline; returns the paragraphs with the dateline removed (an emptied paragraph disappears).
     */
    public static Applied apply(String text, List<Span> paragraphs) {
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            Span p = paragraphs.get(i);
            if (i == 1 && !BYLINE.matcher(text).region(paragraphs.get(0).start(), paragraphs.get(0).end()).matches()) break;
            Found f = find(text, p.start());
            if (f == null || f.dateline().span().end() > p.end()) continue;
            List<Span> body = new ArrayList<>(paragraphs);
            if (f.bodyStart() >= p.end()) body.remove(i);
            else body.set(i, new Span(f.bodyStart(), p.end()));
            return new Applied(f.dateline(), body);
        }
        return new Applied(null, paragraphs);
    }

    /** A dateline and the offset where the body text after it starts. */
    public record Found(Dateline dateline, int bodyStart) {}

    /** The dateline starting at the first non-blank character at or after {@code from}, or null. */
    public static Found find(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        if (start >= text.length()) return null;
        int limit = Math.min(text.length(), start + 160);
        // A dateline stays on its first line.
        int nl = text.indexOf('\n', start);
        if (nl >= 0 && nl < limit) limit = nl + 1;
        String head = text.substring(start, limit);
        Found f = tryMatch(TASS, head, text, start, false);
        if (f == null) f = tryMatch(WIRE, head, text, start, false);
        if (f == null) f = tryMatch(TITLE_CASE_WIRE, head, text, start, true);
        return f;
    }

    private static Found tryMatch(Pattern p, String head, String text, int start, boolean outletRequired) {
        Matcher m = p.matcher(head);
        if (!m.lookingAt()) return null;
        String place = m.group("place").trim();
        String outlet = m.group("outlet") == null ? null : m.group("outlet").trim();
        String dash = p == TASS ? "" : m.group("dash");
        if (outletRequired && outlet == null) return null;
        if (NOT_PLACES.contains(place.toUpperCase(Locale.ROOT)) && outlet == null) return null;
        if (place.replaceAll("[^\\p{L}]", "").length() < 2) return null;
        // A colon or a bare hyphen after an upper-case word with no outlet is too often a label ("NOTE:").
        if (outlet == null && (dash.equals(":") || place.length() < 3)) return null;
        if (outlet == null && m.group("date") == null && !place.equals(place.toUpperCase(Locale.ROOT))) return null;
        int end = start + m.end();
        int body = end;
        while (body < text.length() && Character.isWhitespace(text.charAt(body))) body++;
        String region = p == WIRE ? m.group("region") : null;
        String fullPlace = region == null ? place : place + ", " + region;
        return new Found(new Dateline(fullPlace, outlet, new Span(start, end)), body);
    }
}
