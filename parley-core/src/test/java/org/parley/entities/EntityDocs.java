package org.parley.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * Builds hand-made {@link AnnotatedArticle}s for entity tests: a crude tokenizer, sentences ending at
 * ". ! ?", POS from a small lexicon (capitalised words NNP, other words NN), and NER mentions placed
 * by their surface text, the way CoreNLP would report them.
 */
public final class EntityDocs {
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s\\p{Lu})|['\u2019]s\\b|\\p{L}[\\p{L}\\p{M}-]*\\p{L}|\\p{L}|\\d+|\\S");
    private static final Map<String, String> LEXICON = new HashMap<>();

    static {
        for (String w : "said added told quoted met discussed urged warned praised called spoke visited insisted agreed replied".split(" ")) LEXICON.put(w, "VBD");
        for (String w : "says adds wants is".split(" ")) LEXICON.put(w, "VBZ");
        for (String w : "are were have".split(" ")) LEXICON.put(w, "VBP");
        for (String w : "talk meet be".split(" ")) LEXICON.put(w, "VB");
        for (String w : "he she it they we i you him them".split(" ")) LEXICON.put(w, "PRP");
        for (String w : "his her its their our my your".split(" ")) LEXICON.put(w, "PRP$");
        for (String w : "the a an this that".split(" ")) LEXICON.put(w, "DT");
        for (String w : "and or but".split(" ")) LEXICON.put(w, "CC");
        for (String w : "in on at of with for from by about after before during as".split(" ")) LEXICON.put(w, "IN");
        for (String w : "may will can would could should must".split(" ")) LEXICON.put(w, "MD");
        for (String w : "to".split(" ")) LEXICON.put(w, "TO");
        for (String w : "not also later".split(" ")) LEXICON.put(w, "RB");
        for (String w : "new french russian syrian german american".split(" ")) LEXICON.put(w, "JJ");
    }

    private final String id;
    private final String text;
    private final List<int[]> tokenSpans = new ArrayList<>();
    private final Map<Integer, String> nerByToken = new HashMap<>();
    private final Map<String, String> posOverride = new HashMap<>();
    private final List<String[]> mentionRequests = new ArrayList<>();
    private List<Span> body = List.of();
    private String title;
    private LocalDate published = LocalDate.of(2017, 5, 30);

    private EntityDocs(String id, String text) {
        this.id = id;
        this.text = text;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokenSpans.add(new int[] {m.start(), m.end()});
    }

    public static EntityDocs of(String id, String text) { return new EntityDocs(id, text); }

    /** Marks the {@code occurrence}-th (0-based) occurrence of {@code surface} as a mention of {@code type}. */
    public EntityDocs mention(String surface, String type, int occurrence) {
        mentionRequests.add(new String[] {surface, type, Integer.toString(occurrence)});
        return this;
    }

    public EntityDocs mention(String surface, String type) { return mention(surface, type, 0); }

    /** Marks every occurrence of {@code surface} (as whole words). */
    public EntityDocs mentionAll(String surface, String type) {
        mentionRequests.add(new String[] {surface, type, "*"});
        return this;
    }

    public EntityDocs pos(String word, String tag) { posOverride.put(word, tag); return this; }

    public EntityDocs body(Span... spans) { body = List.of(spans); return this; }

    public EntityDocs title(String t) { title = t; return this; }

    public EntityDocs published(LocalDate d) { published = d; return this; }

    public Article article() {
        return new Article(id, id + ".txt", null, "test", title, published, "metadata", "en", null, text, body, null);
    }

    public AnnotatedArticle build() {
        List<int[]> requested = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String[] r : mentionRequests) {
            List<Integer> hits = occurrences(r[0]);
            if (r[2].equals("*")) {
                for (int h : hits) { requested.add(new int[] {h, h + r[0].length()}); types.add(r[1]); }
            } else {
                int n = Integer.parseInt(r[2]);
                if (n >= hits.size()) throw new IllegalArgumentException("no occurrence " + n + " of " + r[0]);
                requested.add(new int[] {hits.get(n), hits.get(n) + r[0].length()});
                types.add(r[1]);
            }
        }
        for (int i = 0; i < requested.size(); i++) {
            int[] span = requested.get(i);
            for (int t = 0; t < tokenSpans.size(); t++) {
                if (tokenSpans.get(t)[0] >= span[0] && tokenSpans.get(t)[1] <= span[1]) nerByToken.put(t, types.get(i));
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        List<Integer> sentenceOfToken = new ArrayList<>();
        List<Integer> indexInSentence = new ArrayList<>();
        for (int t = 0; t < tokenSpans.size(); t++) {
            int[] s = tokenSpans.get(t);
            String word = text.substring(s[0], s[1]);
            sentenceOfToken.add(sentences.size());
            indexInSentence.add(current.size());
            current.add(new Token(current.size(), s[0], s[1], word, word.toLowerCase(), posOf(word), nerByToken.getOrDefault(t, "O")));
            if (word.equals(".") || word.equals("!") || word.equals("?")) {
                sentences.add(sentence(sentences.size(), current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) sentences.add(sentence(sentences.size(), current));
        List<NamedMention> mentions = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            int[] span = requested.get(i);
            int first = -1, last = -1;
            for (int t = 0; t < tokenSpans.size(); t++) {
                if (tokenSpans.get(t)[0] >= span[0] && tokenSpans.get(t)[1] <= span[1]) { if (first < 0) first = t; last = t; }
            }
            int sent = sentenceOfToken.get(first);
            mentions.add(new NamedMention(sent, indexInSentence.get(first), indexInSentence.get(last) + 1, span[0], span[1],
                    text.substring(span[0], span[1]), types.get(i)));
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new AnnotatedArticle(article(), sentences, mentions, List.of());
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of(), false);
    }

    private String posOf(String word) {
        if (posOverride.containsKey(word)) return posOverride.get(word);
        String lower = word.toLowerCase();
        if (LEXICON.containsKey(lower)) return LEXICON.get(lower);
        if (word.equals("'s") || word.equals("\u2019s")) return "POS";
        if (!Character.isLetter(word.charAt(0))) return word.matches("\\d+") ? "CD" : word;
        if (Character.isUpperCase(word.charAt(0))) return word.endsWith("ians") ? "NNPS" : "NNP";
        return "NN";
    }

    private List<Integer> occurrences(String surface) {
        List<Integer> out = new ArrayList<>();
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + surface.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) out.add(at);
        }
        return out;
    }
}
