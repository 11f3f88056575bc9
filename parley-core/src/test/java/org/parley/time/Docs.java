package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.model.Article;
import org.parley.model.Span;

/** Builds small annotated articles by hand: one sentence per line, POS from a tiny word list. */
final class Docs {
    private static final Map<String, String> POS = Map.ofEntries(
            Map.entry("said", "VBD"), Map.entry("met", "VBD"), Map.entry("attacked", "VBD"), Map.entry("killed", "VBD"),
            Map.entry("rose", "VBD"), Map.entry("fell", "VBD"), Map.entry("was", "VBD"), Map.entry("signed", "VBD"),
            Map.entry("will", "MD"), Map.entry("may", "MD"), Map.entry("would", "MD"), Map.entry("meet", "VB"),
            Map.entry("visit", "VB"), Map.entry("march", "VB"), Map.entry("is", "VBZ"), Map.entry("says", "VBZ"),
            Map.entry("reported", "VBD"), Map.entry("announced", "VBD"), Map.entry("expects", "VBZ"),
            Map.entry("had", "VBD"), Map.entry("fled", "VBN"), Map.entry("gazeta", "NNP"));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['.-][\\p{L}\\p{N}]+)*\\.?|\\S");

    private final String text;
    private final LocalDate published;
    private final List<Span> body = new ArrayList<>();
    private final List<RawTimex> timexes = new ArrayList<>();

    Docs(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    static Docs of(String text, String published) {
        return new Docs(text, published == null ? null : LocalDate.parse(published));
    }

    Docs body(int start, int end) { body.add(new Span(start, end)); return this; }

    /** A raw timex at the first occurrence of {@code phrase} (after {@code from}), as SUTime would give it. */
    Docs timex(String phrase, String type, String value) { return timexAfter(0, phrase, type, value); }

    Docs timexAfter(int from, String phrase, String type, String value) {
        int start = text.indexOf(phrase, from);
        if (start < 0) throw new IllegalArgumentException(phrase);
        timexes.add(new RawTimex(sentenceIndex(start), start, start + phrase.length(), phrase, type, value));
        return this;
    }

    AnnotatedArticle build() {
        Article a = new Article("t1", null, null, null, null, published, published == null ? null : "metadata", "en", null,
                text, body, null);
        return new AnnotatedArticle(a, sentences(), List.of(), timexes);
    }

    private int sentenceIndex(int offset) {
        int i = 0;
        for (int p = text.indexOf('\n'); p >= 0 && p < offset; p = text.indexOf('\n', p + 1)) i++;
        return i;
    }

    private List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        int start = 0, index = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            List<Token> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text).region(start, end);
            while (m.find()) {
                String w = m.group();
                String pos = POS.getOrDefault(w.toLowerCase(), Character.isDigit(w.charAt(0)) ? "CD" : "NN");
                if (w.equals("May") || w.equals("March")) pos = "NNP";
                tokens.add(new Token(tokens.size(), m.start(), m.end(), w, w.toLowerCase(), pos, "O"));
            }
            out.add(new Sentence(index++, start, end, tokens, List.of(), false));
            start = end + 1;
        }
        return out;
    }
}
