package org.parley.read.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional header of a plain-text article, recognised in this order (see docs/input-formats.md):
 * <ol>
 *   <li>a leading {@code date YYYY-MM-DD} token, possibly after whitespace and on the same line as the body;</li>
 *   <li>otherwise a leading block of {@code Key: value} lines with known keys (title, date, url, source...);</li>
 *   <li>then up to two short lines: a title (no final period, followed by a blank line or by the body)
 *       and/or a line holding only a date.</li>
 * </ol>
 * {@code bodyStart} is the offset of the first body character; nothing before it is article prose.
 */
public record TextHeader(String title, LocalDate date, String url, String outlet, String language, int bodyStart) {

    private static final Pattern DATE_TOKEN =
            Pattern.compile("(?i)date:?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)");
    private static final Pattern KEY_VALUE =
            Pattern.compile("[ \\t]*([A-Za-z][A-Za-z _-]{0,24}?)[ \\t]*:[ \\t]*(.*?)[ \\t\\r]*");
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("headline", "title"),
            Map.entry("date", "date"), Map.entry("published", "date"), Map.entry("publication date", "date"),
            Map.entry("date published", "date"), Map.entry("pubdate", "date"), Map.entry("published at", "date"),
            Map.entry("url", "url"), Map.entry("link", "url"), Map.entry("source url", "url"),
            Map.entry("source", "outlet"), Map.entry("outlet", "outlet"), Map.entry("publisher", "outlet"),
            Map.entry("site", "outlet"), Map.entry("newspaper", "outlet"), Map.entry("publication", "outlet"),
            Map.entry("language", "language"), Map.entry("lang", "language"),
            // Known but not kept: they still belong to the header block.
            Map.entry("author", ""), Map.entry("authors", ""), Map.entry("byline", ""), Map.entry("id", ""),
            Map.entry("section", ""), Map.entry("category", ""), Map.entry("tags", ""), Map.entry("keywords", ""),
            Map.entry("updated", ""), Map.entry("modified", ""), Map.entry("description", ""));
    /** Words a title does not end with: a line ending in one is a hard-wrapped sentence. */
    private static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "and", "or", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "that", "his", "her", "its", "their", "is", "was", "were", "are",
            "be", "but", "said", "this", "which", "who", "president", "minister");

    public static TextHeader parse(String text) {
        return parse(text, null);
    }

    /**
     * @param knownTitle the title given outside the text (JSON field), or null: a first line repeating
     *                   it is header, whatever its form
     */
    public static TextHeader parse(String text, String knownTitle) {
        String title = null, url = null, outlet = null, language = null;
        LocalDate date = null;
        int pos = skipSpace(text, 0);

        Matcher token = DATE_TOKEN.matcher(text).region(pos, text.length());
        boolean keyBlock = false;
        // "Date: 2017-05-30" alone on its line may open a Key: value block; the token form is for
        // "date 2017-05-30" without a colon, or with the story on the same line.
        boolean tokenForm = token.lookingAt() && Dates.parse(token.group(1)) != null
                && (!token.group().contains(":") || !text.substring(token.end(), lineEnd(text, token.end())).isBlank());
        if (tokenForm) {
            date = Dates.parse(token.group(1));
            pos = skipSpace(text, token.end());
        } else {
            int p = lineStart(text, pos);
            while (p < text.length()) {
                int end = lineEnd(text, p);
                Matcher kv = KEY_VALUE.matcher(text).region(p, end);
                if (end - p > 300) break; // a header line is short
                if (!kv.matches()) break;
                String kind = KEYS.get(kv.group(1).trim().toLowerCase(Locale.ROOT));
                if (kind == null) break;
                String value = kv.group(2).trim();
                switch (kind) {
                    case "title" -> title = value.isEmpty() ? title : value;
                    case "date" -> date = date != null ? date : Dates.parse(value);
                    case "url" -> url = value.isEmpty() ? url : value;
                    case "outlet" -> {
                        if (value.startsWith("http://") || value.startsWith("https://")) url = url == null ? value : url;
                        else if (!value.isEmpty()) outlet = value;
                    }
                    case "language" -> language = value.isEmpty() ? language : value.toLowerCase(Locale.ROOT);
                    default -> { }
                }
                keyBlock = true;
                p = nextLine(text, end);
            }
            if (keyBlock) pos = skipSpace(text, p);
        }

        // Title and date lines, in either order, only at the start of a line.
        for (int round = 0; round < 2 && pos < text.length() && isLineStart(text, pos); round++) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).trim();
            String known = title != null ? title : knownTitle;
            if (known != null && line.replaceAll("\\s+", " ").equalsIgnoreCase(known.strip().replaceAll("\\s+", " "))
                    && nextLine(text, end) < text.length()) {
                title = title == null ? line : title;
                pos = skipSpace(text, end);
            } else if (date == null && isDateLine(line)) {
                date = Dates.parse(line);
                pos = skipSpace(text, end);
            } else if (title == null && isTitle(text, pos, end, line)) {
                title = line;
                pos = skipSpace(text, end);
            } else {
                break;
            }
        }
        return new TextHeader(title, date, url, outlet, language, Math.min(pos, text.length()));
    }

    static boolean isDateLine(String line) {
        return line.length() >= 8 && line.length() <= 40 && !line.endsWith(".") && words(line) <= 7
                && Dates.parse(line) != null;
    }

    private static boolean isTitle(String text, int start, int end, String line) {
        if (line.length() < 3 || line.length() > 200 || !hasLetter(line)) return false;
        if (words(line) > 30) return false;
        char last = line.charAt(line.length() - 1);
        // Some corpora end headlines with a period; then only a Title Case line before a blank line counts.
        boolean period = last == '.';
        if (period && (!isTitleCase(line) || words(line) > 20)) return false;
        if (last == ',' || last == ';' || last == ':' || last == '-' || last == '—') return false;
        if (Character.isLowerCase(line.codePointAt(0))) return false;
        if (Datelines.find(line, 0) != null) return false;
        int next = nextLine(text, end);
        if (next >= text.length() || text.substring(next).isBlank()) return false; // nothing after it
        int nextEnd = lineEnd(text, next);
        String nextLine = text.substring(next, nextEnd).trim();
        if (nextLine.isEmpty()) return true; // followed by a blank line
        if (period) return false;
        // Followed directly by the body: make sure the line is not the first line of a hard-wrapped paragraph.
        if (line.length() > 120) return false;
        String lastWord = line.replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
        if (DANGLING.contains(lastWord)) return false;
        int c = nextLine.codePointAt(0);
        if (Character.isLowerCase(c)) return false;
        int after = nextLine(text, nextEnd);
        boolean nextIsWrapped = after < text.length() && !text.substring(after, lineEnd(text, after)).isBlank();
        return !(nextIsWrapped && line.length() >= 0.6 * nextLine.length());
    }

    /** "Poll: Wealthy Voters Abandon Party": most words of four letters or more are capitalised. */
    static boolean isTitleCase(String line) {
        int longWords = 0, capitalised = 0;
        for (String w : line.split("[\\s\\-—–/]+")) {
            String letters = w.replaceAll("^[^\\p{L}]+", "");
            if (letters.codePoints().filter(Character::isLetter).count() < 4) continue;
            longWords++;
            if (Character.isUpperCase(letters.codePointAt(0))) capitalised++;
        }
        return longWords >= 3 && capitalised * 10 >= longWords * 7;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static boolean isLineStart(String s, int i) {
        return i == 0 || s.charAt(i - 1) == '\n' || s.charAt(i - 1) == '\r' || s.substring(0, i).isBlank();
    }

    private static int lineStart(String s, int i) {
        while (i > 0 && s.charAt(i - 1) != '\n') i--;
        return i;
    }

    /** Offset of the line break (or text end) ending the line that starts at {@code i}. */
    private static int lineEnd(String s, int i) {
        int nl = s.indexOf('\n', i);
        int end = nl < 0 ? s.length() : nl;
        return end > i && s.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int nextLine(String s, int lineEnd) {
        int i = lineEnd;
        if (i < s.length() && s.charAt(i) == '\r') i++;
        if (i < s.length() && s.charAt(i) == '\n') i++;
        return i;
    }
}
