package org.parley.quotes.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of an article's text between quotation marks: straight and curly double
 * quotes, guillemets, low-high quotes („...“ / „...”), and single quotes where they cannot be
 * apostrophes. Handles the news convention of a quote running over several paragraphs (each new
 * paragraph reopens the quote, only the last one closes it), and unbalanced marks from bad
 * conversions (closed or opened at the paragraph boundary). Pure surface: no tokens needed.
 */
public final class QuoteMarks {
    private QuoteMarks() {}

    public static boolean isQuoteChar(char c) {
        return isDouble(c) || isSingle(c);
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB' || c == '\u2033' || c == '\u301D' || c == '\u301E' || c == '\uFF02';
    }

    static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2039' || c == '\u203A'
                || c == '`';
    }

    /** Paragraph spans: blank-line separated when the text has blank lines, else one per line. */
    public static List<int[]> paragraphs(String text) {
        boolean blankLines = text.matches("(?s).*\\n[ \\t\\u00A0]*\\r?\\n.*");
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            boolean atEnd = i == text.length();
            boolean breakHere = false;
            int next = i + 1;
            if (!atEnd && text.charAt(i) == '\n') {
                if (!blankLines) breakHere = true;
                else {
                    int j = i + 1;
                    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r'
                            || text.charAt(j) == '\u00A0')) j++;
                    if (j < text.length() && text.charAt(j) == '\n') { breakHere = true; next = j + 1; }
                }
            }
            if (atEnd || breakHere) {
                int s = start, e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) out.add(new int[] {s, e});
                start = next;
                i = next;
                if (atEnd) break;
                continue;
            }
            i++;
        }
        return out;
    }

    /** All quoted stretches of {@code text}, in order. Single-quoted ones only outside double quotes. */
    public static List<MarkedSpan> find(String original) {
        String text = pairedApostrophes(original);
        List<int[]> paras = paragraphs(text);
        List<MarkedSpan> doubles = new ArrayList<>();
        for (MarkedSpan m : findDoubles(text, paras)) {
            // widen spans whose mark was a pair of apostrophes back over the pair
            int s = m.start(), e = m.end();
            if (s > 0 && original.charAt(s) == '\'' && original.charAt(s - 1) == '\'') s--;
            if (e < original.length() && original.charAt(e - 1) == '\'' && original.charAt(e) == '\'') e++;
            doubles.add(new MarkedSpan(s, e, m.innerStart(), m.innerEnd(), m.single(), m.paragraph(), m.runsOn(), m.continuation(), m.unbalanced()));
        }
        List<MarkedSpan> out = new ArrayList<>(doubles);
        out.addAll(findSingles(text, paras, doubles));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Some conversions write double quotes as two apostrophes (''like this''). Same-length rewrite: an
     * opening pair becomes space + quote, a closing pair quote + space, so offsets stay put.
     */
    static String pairedApostrophes(String text) {
        if (!text.contains("''")) return text;
        char[] c = text.toCharArray();
        for (int i = 0; i + 1 < c.length; i++) {
            if (c[i] != '\'' || c[i + 1] != '\'' || i + 2 < c.length && c[i + 2] == '\'') continue;
            boolean opens = i + 2 < c.length && Character.isLetterOrDigit(c[i + 2]) && (i == 0 || !Character.isLetterOrDigit(c[i - 1]));
            if (opens) { c[i] = ' '; c[i + 1] = '"'; } else { c[i] = '"'; c[i + 1] = ' '; }
            i++;
        }
        return new String(c);
    }

    private static boolean opensAt(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u201F' || c == '\u301D') return true;
        if (c == '\u00BB' || c == '\u301E') return false;
        if (c == '\u201D') {
            // a right mark used as an opener (bad conversions): at a paragraph or word start, before a letter
            boolean start = i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == ' ' && (i < 2 || text.charAt(i - 2) == '\n');
            return start && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        }
        // straight (and otherwise ambiguous) marks: opening if at a word start
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-/:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static List<MarkedSpan> findDoubles(String text, List<int[]> paras) {
        List<MarkedSpan> out = new ArrayList<>();
        boolean carried = false; // the quote was reopened from the previous paragraph
        for (int p = 0; p < paras.size(); p++) {
            int ps = paras.get(p)[0], pe = paras.get(p)[1];
            int open = -1;
            char openChar = 0;
            boolean openIsContinuation = false;
            for (int i = ps; i < pe; i++) {
                char c = text.charAt(i);
                if (!isDouble(c)) continue;
                boolean opener = opensAt(text, i);
                if (open < 0) {
                    // a low-high „ ... “ pair: “ closes it; otherwise a lone closing mark
                    if (opener) {
                        open = i; openChar = c; openIsContinuation = carried && i == ps;
                    } else {
                        // closing mark with no opening one: the opening mark was lost; start at the paragraph
                        out.add(new MarkedSpan(ps, i + 1, ps, i, false, p, false, carried && i > ps, true));
                    }
                } else {
                    boolean closes = !opener || c == '\u201D' || c == '\u00BB' || c == '"'
                            || (openChar == '\u201E' && (c == '\u201C' || c == '\u201D'))
                            || (c == '\u201C' && i > 0 && !Character.isWhitespace(text.charAt(i - 1)));
                    if (closes) {
                        out.add(new MarkedSpan(open, i + 1, open + 1, i, false, p, false, openIsContinuation, false));
                        open = -1;
                    } else {
                        // an unambiguous opening mark while open: the previous quote lost its close
                        out.add(new MarkedSpan(open, trimEnd(text, open, i), open + 1, trimEnd(text, open, i), false, p, false,
                                openIsContinuation, true));
                        open = i; openChar = c; openIsContinuation = false;
                    }
                }
            }
            carried = false;
            if (open >= 0) {
                boolean reopened = p + 1 < paras.size() && opensAt(text, paras.get(p + 1)[0])
                        && isDouble(text.charAt(paras.get(p + 1)[0]));
                out.add(new MarkedSpan(open, pe, open + 1, pe, false, p, reopened, openIsContinuation, !reopened));
                carried = reopened;
            }
        }
        return out;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from + 1 && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    private static boolean singleOpens(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u2019' || c == '\u203A') return false;
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u2014\u2013-:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }

    private static boolean singleCloses(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u2018' || c == '\u201A' || c == '\u2039') return false;
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }

    private static List<MarkedSpan> findSingles(String text, List<int[]> paras, List<MarkedSpan> doubles) {
        List<MarkedSpan> out = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            int ps = paras.get(p)[0], pe = paras.get(p)[1];
            int open = -1;
            for (int i = ps; i < pe; i++) {
                char c = text.charAt(i);
                if (!isSingle(c) || insideAny(doubles, i)) continue;
                if (open < 0) {
                    if (singleOpens(text, i)) open = i;
                } else if (singleCloses(text, i)) {
                    // "players' union": a plural possessive right after an s is only a close if what follows ends a phrase
                    boolean possessive = text.charAt(i - 1) == 's' && i + 2 < pe && Character.isWhitespace(text.charAt(i + 1))
                            && Character.isLowerCase(text.charAt(i + 2)) && hasLaterClose(text, i + 1, pe);
                    if (possessive) continue;
                    if (i - open > 1) out.add(new MarkedSpan(open, i + 1, open + 1, i, true, p, false, false, false));
                    open = -1;
                }
            }
        }
        return out;
    }

    private static boolean hasLaterClose(String text, int from, int end) {
        for (int j = from; j < end; j++) if (isSingle(text.charAt(j)) && singleCloses(text, j)) return true;
        return false;
    }

    private static boolean insideAny(List<MarkedSpan> spans, int i) {
        for (MarkedSpan s : spans) if (i >= s.start() && i < s.end()) return true;
        return false;
    }
}
