package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.parley.annotate.corenlp.internal.DependencyParsing;

/**
 * Parley's way of running the parser (its own network evaluation, only the enhanced++ graph built) must give
 * what CoreNLP's parse annotator gives, arc for arc.
 */
class FastParserTest {

    private static final String TEXT = String.join("\n",
            "The foreign minister said on Tuesday that the talks in Geneva had failed.",
            "Protesters threw stones at police, who responded with tear gas and rubber bullets.",
            "\"We will not accept any deal that ignores our borders,\" the president told reporters.",
            "Officials from both countries, who declined to be named, denied the report.",
            "Rain.",
            "Go!",
            "The ministry, citing security concerns that it did not describe, suspended flights to the capital "
                    + "until further notice and urged citizens to avoid travel to the region.");

    @Test void sameEnhancedPlusPlusGraphsAsCoreNlpsParseAnnotator() {
        DependencyParsing fast = new DependencyParsing(true);
        assertThat(fast.fast()).as("Parley's network installed").isTrue();
        Annotation a = tagged(), b = tagged(), c = tagged();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) fast.parse(s); // throws if the parser fails
        DependencyParsing plain = new DependencyParsing(false);
        for (CoreMap s : b.get(CoreAnnotations.SentencesAnnotation.class)) plain.parse(s);
        new DependencyParseAnnotator(new Properties()).annotate(c);

        List<String> ours = graphs(a);
        assertThat(ours).hasSize(7).isEqualTo(graphs(b)).isEqualTo(graphs(c));
        assertThat(ours.get(0)).contains("nsubj(said-4, minister-3)");
    }

    private static Annotation tagged() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation doc = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(doc);
        return doc;
    }

    private static List<String> graphs(Annotation doc) {
        List<String> out = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            out.add(g.typedDependencies().toString());
        }
        return out;
    }
}
