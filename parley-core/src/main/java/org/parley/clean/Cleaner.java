package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import org.parley.clean.internal.Boilerplate;
import org.parley.clean.internal.HardWrap;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * Stage 2 entry point: decides the body spans and builds the string the annotator reads.
 *
 * <ul>
 *   <li>Body: the reader's body spans (text minus header and dateline) minus boilerplate lines
 *       (bylines, photo credits, "Read more", legal footnotes).</li>
 *   <li>Cleaned string: non-body characters become spaces (newlines stay); quote marks and
 *       apostrophes become ASCII; exotic spaces become spaces; in hard-wrapped text, newlines that
 *       only wrap a line become spaces, so "Francois\nHollande" reads as one name while real line
 *       breaks still end sentences. Zero-width characters and soft hyphens are removed, the only
 *       length-changing edits, recorded in the {@link OffsetMap}.</li>
 * </ul>
 * Every other character stays where it was, so most offsets map to themselves.
 */
public final class Cleaner {

    public CleanText clean(Article article) {
        String text = article.text();
        List<Span> body = bodySpans(text, article.body().isEmpty() ? List.of(new Span(0, text.length())) : article.body());
        boolean[] inBody = new boolean[text.length()];
        for (Span s : body) for (int i = s.start(); i < s.end(); i++) inBody[i] = true;

        int width = HardWrap.wrapWidth(text);
        StringBuilder out = new StringBuilder(text.length());
        OffsetMap.Builder map = new OffsetMap.Builder();
        int removed = 0;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boolean wrap = width > 0 && inBody[i] && HardWrap.isWrap(text, i, i - lineStart, width);
                out.append(wrap ? ' ' : '\n');
                lineStart = i + 1;
                continue;
            }
            if (c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') {
                removed++;
                map.add(out.length(), removed);
                continue;
            }
            out.append(inBody[i] ? normalize(c) : (c == '\r' ? '\r' : ' '));
        }
        Article cleaned = article.withBody(body, article.dateline());
        return new CleanText(cleaned, out.toString(), map.build());
    }

    /** Quote marks to ASCII, exotic spaces to a space, dashes left alone (they carry meaning). */
    static char normalize(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u301D', '\u301E' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\u0060', '\u00B4' -> '\'';
            case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u200A', '\u3000', '\t' -> ' ';
            default -> c;
        };
    }

    /** The reader's body spans with boilerplate lines cut out, trimmed of surrounding whitespace. */
    static List<Span> bodySpans(String text, List<Span> readerBody) {
        List<Span> out = new ArrayList<>();
        for (Span span : readerBody) {
            int runStart = -1;
            int lineStart = span.start();
            while (lineStart < span.end()) {
                int nl = text.indexOf('\n', lineStart);
                int lineEnd = nl < 0 || nl >= span.end() ? span.end() : nl;
                boolean keep = !Boilerplate.isBoilerplate(text.substring(lineStart, lineEnd));
                if (keep && runStart < 0) runStart = lineStart;
                if (!keep && runStart >= 0) { addTrimmed(text, runStart, lineStart, out); runStart = -1; }
                lineStart = lineEnd + 1;
            }
            if (runStart >= 0) addTrimmed(text, runStart, span.end(), out);
        }
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
