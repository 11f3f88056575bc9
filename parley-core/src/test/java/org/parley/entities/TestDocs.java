package org.parley.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.model.Article;
import org.parley.model.Dateline;
import org.parley.model.Span;

/**
 * Builds small annotated articles by hand for unit tests: sentences split at ". ", tokens by a
 * regex, a crude POS tag (enough for the coder's phrase windows), and named mentions given as
 * {@code [[text|TYPE]]} markup in the fixture.
 */
final class TestDocs {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z\u00C0-\u024F][\\w\u00C0-\u024F.\\-]*(?<![.])|'s|\u2019s|\\d+|[^\\s\\w]");
    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([A-Z_]+)]]");
    private static final Set<String> VERBS = Set.of("said", "says", "told", "met", "visited", "warned", "announced",
            "declined", "called", "accused", "stressed", "added", "is", "was", "are", "were", "will", "has", "have");
    private static final Set<String> PREPS = Set.of("of", "to", "in", "at", "for", "with", "from", "on", "by", "against");

    private TestDocs() {}

    static AnnotatedArticle doc(String markup, LocalDate published) { return doc(markup, published, null); }

    static AnnotatedArticle doc(String markup, LocalDate published, String datelinePlace) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Matcher m = MARK.matcher(markup);
        int last = 0;
        while (m.find()) {
            text.append(markup, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            spans.add(new int[] {start, text.length()});
            types.add(m.group(2));
            last = m.end();
        }
        text.append(markup.substring(last));
        String t = text.toString();

        List<Sentence> sentences = new ArrayList<>();
        List<NamedMention> mentions = new ArrayList<>();
        int sentStart = 0;
        int idx = 0;
        while (sentStart < t.length()) {
            int end = t.indexOf(". ", sentStart);
            end = end < 0 ? t.length() : end + 1;
            List<Token> toks = new ArrayList<>();
            Matcher tm = TOKEN.matcher(t.substring(sentStart, end));
            while (tm.find()) {
                int s = sentStart + tm.start(), e = sentStart + tm.end();
                String w = tm.group();
                toks.add(new Token(toks.size(), s, e, w, w.toLowerCase(), pos(w, toks.isEmpty()), nerAt(s, spans, types)));
            }
            Sentence sentence = new Sentence(idx, sentStart, end, toks, List.of(), false);
            sentences.add(sentence);
            for (int k = 0; k < spans.size(); k++) {
                int[] sp = spans.get(k);
                if (sp[0] >= sentStart && sp[1] <= end) {
                    int ft = sentence.tokenAt(sp[0]), lt = sentence.tokenAt(sp[1] - 1);
                    mentions.add(new NamedMention(idx, ft, lt + 1, sp[0], sp[1], t.substring(sp[0], sp[1]), types.get(k)));
                }
            }
            idx++;
            sentStart = end;
            while (sentStart < t.length() && t.charAt(sentStart) == ' ') sentStart++;
        }
        Dateline dl = datelinePlace == null ? null : new Dateline(datelinePlace, null, new Span(0, 0));
        Article a = new Article("t1", null, null, null, null, published, "metadata", "en", null, t, List.of(new Span(0, t.length())), dl);
        return new AnnotatedArticle(a, sentences, mentions, List.of());
    }

    /** The span of the first occurrence of {@code s} in the article's text. */
    static Span span(AnnotatedArticle doc, String s) {
        int i = doc.text().indexOf(s);
        if (i < 0) throw new IllegalArgumentException(s);
        return new Span(i, i + s.length());
    }

    private static String nerAt(int offset, List<int[]> spans, List<String> types) {
        for (int k = 0; k < spans.size(); k++) if (offset >= spans.get(k)[0] && offset < spans.get(k)[1]) return types.get(k);
        return "O";
    }

    private static String pos(String w, boolean first) {
        String l = w.toLowerCase();
        if (VERBS.contains(l)) return "VBD";
        if (PREPS.contains(l)) return "IN";
        if (l.equals("and") || l.equals("or")) return "CC";
        if (l.equals("the") || l.equals("a") || l.equals("an")) return "DT";
        if (l.equals("who") || l.equals("which")) return "WP";
        if (l.equals("'s") || l.equals("\u2019s")) return "POS";
        if (!Character.isLetterOrDigit(w.charAt(0))) return w;
        return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
    }
}
