package org.parley.quotes;

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
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * Hand-made annotated articles for quote tests, without a parser: a crude tokenizer, sentences ending
 * at ". ! ?" or a newline, POS and lemmas from a small lexicon, PERSON mentions placed by surface
 * text. Sentences are unparsed, so these tests exercise the surface rules (quote marks, cues next to
 * marks, continuation, headlines, speaker resolution).
 */
final class QuoteDocs {
    private static final Pattern TOKEN = Pattern.compile("['\u2019]s\\b|\\p{L}[\\p{L}\\p{M}'\u2019-]*\\p{L}|\\p{L}|\\d+|\\S");
    private static final Map<String, String[]> LEX = new HashMap<>();

    static {
        String[][] verbs = {{"said", "say", "VBD"}, {"says", "say", "VBZ"}, {"added", "add", "VBD"}, {"told", "tell", "VBD"},
                {"stressed", "stress", "VBD"}, {"insisted", "insist", "VBD"}, {"warned", "warn", "VBD"}, {"reported", "report", "VBD"},
                {"is", "be", "VBZ"}, {"are", "be", "VBP"}, {"was", "be", "VBD"}, {"were", "be", "VBD"}, {"back", "back", "VBP"},
                {"will", "will", "MD"}, {"met", "meet", "VBD"}, {"called", "call", "VBD"}, {"held", "hold", "VBD"},
                {"respond", "respond", "VB"}, {"support", "support", "VBP"}, {"want", "want", "VBP"}, {"has", "have", "VBZ"},
                {"searched", "search", "VBD"}, {"discussed", "discuss", "VBD"}, {"explained", "explain", "VBD"}, {"editing", "edit", "VBG"}};
        for (String[] v : verbs) LEX.put(v[0], new String[] {v[1], v[2]});
        for (String w : "he she it they we i you".split(" ")) LEX.put(w, new String[] {w, "PRP"});
        for (String w : "the a an this that".split(" ")) LEX.put(w, new String[] {w, "DT"});
        for (String w : "in on at of with for from by about after before during as".split(" ")) LEX.put(w, new String[] {w, "IN"});
        for (String w : "so-called".split(" ")) LEX.put(w, new String[] {w, "JJ"});
        LEX.put("and", new String[] {"and", "CC"});
        LEX.put("two", new String[] {"two", "CD"});
        LEX.put("leaders", new String[] {"leader", "NNS"});
        LEX.put("officials", new String[] {"official", "NNS"});
    }

    private final String text;
    private final List<String> persons = new ArrayList<>();
    private final List<ArticleEntity> entities = new ArrayList<>();

    private boolean wrapped;

    private QuoteDocs(String text) { this.text = text; }

    /** Hard-wrapped text: a single newline is a wrap inside a sentence (as the cleaner leaves it); a blank line ends one. */
    QuoteDocs wrapped() { wrapped = true; return this; }

    static QuoteDocs of(String text) { return new QuoteDocs(text); }

    /** Every occurrence of {@code name} is a PERSON mention. */
    QuoteDocs person(String name) { persons.add(name); return this; }

    /** An entity (as the entity stage would give it) with every occurrence of each spelling as a mention. */
    QuoteDocs entity(String id, String canonical, EntityType type, Actor actor, String... spellings) {
        List<Span> spans = new ArrayList<>();
        for (String s : spellings) for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) spans.add(new Span(i, i + s.length()));
        entities.add(new ArticleEntity(id, canonical, type, actor, List.of(spellings), spans));
        return this;
    }

    ArticleEntities entities() { return new ArticleEntities(entities); }

    AnnotatedArticle build() {
        Article article = new Article("t1", "t1.txt", null, null, null, LocalDate.of(2017, 5, 30), "metadata", "en", null, text,
                List.of(new Span(0, text.length())), null);
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        List<Sentence> sentences = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int[] sp = spans.get(k);
            String w = text.substring(sp[0], sp[1]);
            String gap = cur.isEmpty() ? "" : text.substring(cur.get(cur.size() - 1).end(), sp[0]);
            if (!cur.isEmpty() && (wrapped ? gap.contains("\n\n") : gap.contains("\n"))) {
                sentences.add(sentence(sentences.size(), cur));
                cur = new ArrayList<>();
            }
            cur.add(token(cur.size(), sp, w));
            boolean end = w.matches("[.!?]") && (k + 1 >= spans.size() || spans.get(k + 1)[0] > sp[1]
                    || !text.substring(spans.get(k + 1)[0], spans.get(k + 1)[1]).matches("[\"\u201D\u00BB\u201C']"));
            if (end) { sentences.add(sentence(sentences.size(), cur)); cur = new ArrayList<>(); }
        }
        if (!cur.isEmpty()) sentences.add(sentence(sentences.size(), cur));
        List<NamedMention> mentions = new ArrayList<>();
        for (String p : persons) {
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                for (Sentence s : sentences) {
                    if (i >= s.start() && i < s.end()) {
                        int first = s.tokenAt(i), last = s.tokenAt(i + p.length() - 1);
                        mentions.add(new NamedMention(s.index(), first, last + 1, i, i + p.length(), p, "PERSON"));
                    }
                }
            }
        }
        return new AnnotatedArticle(article, sentences, mentions, List.of());
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        return new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens, List.of(), false);
    }

    private Token token(int index, int[] sp, String w) {
        String lower = w.toLowerCase();
        String[] lex = LEX.get(lower);
        String lemma = lex != null ? lex[0] : lower;
        String pos = lex != null ? lex[1] : Character.isUpperCase(w.charAt(0)) ? "NNP" : w.matches("\\p{L}+") ? "NN" : w;
        return new Token(index, sp[0], sp[1], w, lemma, pos, "O");
    }
}
