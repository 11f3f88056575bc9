package org.parley.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Dependency;
import org.parley.annotate.NamedMention;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.clean.CleanText;

/**
 * The CoreNLP adapter: the one place CoreNLP types appear. Runs tokenize, ssplit, pos, lemma and
 * ner (with SUTime, anchored on the article's publication date) over the cleaned text, then the
 * dependency parser on the sentences {@link Options#parseFilter} selects, and converts everything
 * into Parley records whose offsets index the article's original text.
 *
 * <p>One instance is loaded once and shared: CoreNLP's annotators are thread-safe for concurrent
 * {@code annotate} calls on distinct documents.
 */
public final class CoreNlpAnnotator implements Annotator {

    /**
     * @param ner         run NER and SUTime (false: tokens, POS and lemmas only)
     * @param parse       run the dependency parser at all
     * @param parseFilter which sentences to parse, given their tokens (default: all)
     */
    public record Options(boolean ner, boolean parse, Predicate<List<Token>> parseFilter) {
        public static Options full() { return new Options(true, true, tokens -> true); }

        /** Tokens, POS, lemmas, NER and SUTime; no dependency parse (enough for time normalisation). */
        public static Options noParse() { return new Options(true, false, tokens -> false); }

        public Options withParseFilter(Predicate<List<Token>> filter) { return new Options(ner, parse, filter); }
    }

    private final Options options;
    private final StanfordCoreNLP pipeline;
    private final DependencyParseAnnotator parser;

    public CoreNlpAnnotator() { this(Options.full()); }

    public CoreNlpAnnotator(Options options) {
        this.options = options;
        this.pipeline = new StanfordCoreNLP(properties(options), false);
        this.parser = options.parse() ? new DependencyParseAnnotator(parserProperties()) : null;
    }

    static Properties properties(Options options) {
        Properties p = new Properties();
        p.setProperty("annotators", options.ner() ? "tokenize,ssplit,pos,lemma,ner" : "tokenize,ssplit,pos,lemma");
        // The cleaner turns wrap newlines into spaces; every newline left ends a sentence (headlines, paragraphs).
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "true");
        return p;
    }

    private static Properties parserProperties() {
        Properties p = new Properties();
        p.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }

    @Override
    public AnnotatedArticle annotate(CleanText clean) {
        Annotation doc = new Annotation(clean.cleaned());
        if (clean.article().published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, clean.article().published().toString());
        }
        pipeline.annotate(doc);

        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokensBySentence = new ArrayList<>();
        for (CoreMap s : coreSentences) tokensBySentence.add(tokens(s, clean));
        parseSelected(coreSentences, tokensBySentence);

        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            List<Token> tokens = tokensBySentence.get(i);
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            List<Dependency> deps = graph == null ? List.of() : dependencies(graph);
            int start = tokens.isEmpty() ? clean.toOriginal(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)) : tokens.get(0).start();
            int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
            sentences.add(new Sentence(i, start, end, tokens, deps, graph != null));
        }

        List<NamedMention> mentions = new ArrayList<>();
        List<RawTimex> timexes = new ArrayList<>();
        List<CoreMap> coreMentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (coreMentions != null) {
            for (CoreMap m : coreMentions) convertMention(m, coreSentences, clean, mentions, timexes);
        }
        return new AnnotatedArticle(clean.article(), sentences, mentions, timexes);
    }

    private void parseSelected(List<CoreMap> coreSentences, List<List<Token>> tokensBySentence) {
        if (parser == null) return;
        List<CoreMap> selected = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            List<Token> tokens = tokensBySentence.get(i);
            // Very long "sentences" are usually lists or tables glued together; parsing them is slow and useless.
            if (tokens.size() <= 120 && options.parseFilter().test(tokens)) selected.add(coreSentences.get(i));
        }
        if (selected.isEmpty()) return;
        Annotation subset = new Annotation("");
        subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
        parser.annotate(subset); // attaches graphs to the shared sentence maps
    }

    private static List<Token> tokens(CoreMap sentence, CleanText clean) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        String original = clean.original();
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int start = clean.toOriginal(l.beginPosition());
            int end = clean.toOriginal(l.endPosition() - 1) + 1;
            String word = original.substring(start, end);
            out.add(new Token(i, start, end, word, l.lemma() == null ? word : l.lemma(), l.tag() == null ? "" : l.tag(),
                    l.ner() == null ? "O" : l.ner()));
        }
        return out;
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) out.add(new Dependency(-1, root.index() - 1, "root"));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return out;
    }

    private static void convertMention(CoreMap m, List<CoreMap> coreSentences, CleanText clean,
                                       List<NamedMention> mentions, List<RawTimex> timexes) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (type == null) return;
        int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
        int start = clean.toOriginal(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        int end = clean.toOriginal(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - 1) + 1;
        String text = clean.original().substring(start, end);
        switch (type) {
            case "DATE", "TIME", "DURATION", "SET" -> {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                String value = t == null ? null : (t.value() != null ? t.value() : t.altVal());
                String timexType = t == null || t.timexType() == null ? type : t.timexType();
                timexes.add(new RawTimex(sentence, start, end, text, timexType, value));
            }
            case "NUMBER", "ORDINAL", "MONEY", "PERCENT" -> { /* not entities */ }
            default -> {
                int sentenceStartToken = coreSentences.get(sentence).get(CoreAnnotations.TokenBeginAnnotation.class);
                int first = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStartToken;
                int endToken = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStartToken;
                mentions.add(new NamedMention(sentence, first, endToken, start, end, text, type));
            }
        }
    }
}
