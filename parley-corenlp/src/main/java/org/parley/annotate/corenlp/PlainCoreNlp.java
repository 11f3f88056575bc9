package org.parley.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark's baseline: plain CoreNLP as most projects run it, {@code
 * tokenize,ssplit,pos,lemma,ner,depparse} with default models and options on every sentence of the
 * raw text. Thread-safe (one pipeline shared by all threads, as CoreNLP supports).
 */
public final class PlainCoreNlp {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP pipeline;

    public PlainCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates {@code text} and returns its number of tokens. */
    public int annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<?> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /** Drops CoreNLP's cache of loaded annotators, so the models can be garbage-collected. */
    public static void releaseModels() { StanfordCoreNLP.clearAnnotatorPool(); }
}
