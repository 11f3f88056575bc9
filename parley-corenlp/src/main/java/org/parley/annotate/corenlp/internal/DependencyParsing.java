package org.parley.annotate.corenlp.internal;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParleyFastClassifier;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (english_UD), called directly. CoreNLP's parse annotator builds
 * five graphs per sentence (basic, collapsed, CC-processed, enhanced, enhanced++), each a conversion of
 * the parse; Parley's stages read enhanced++ only, so this builds that one (and nothing is lost: the
 * arcs are the parser's). With {@code fast}, the network is evaluated by {@link ParleyFastClassifier}.
 * Thread-safe, as CoreNLP's parser is.
 */
public final class DependencyParsing {
    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /**
     * Hidden-layer contributions kept for the fast network: all the model lists (99,990 for english_UD,
     * 400 MB, filled on first use). A smaller table costs more than it saves: 30,000 was 1.5x slower.
     */
    private static final int PRECOMPUTED_FEATURES = 100_000;

    private final DependencyParser parser;
    private final boolean fast;

    /** Loads the parser; {@code fast} asks for Parley's network, which falls back to CoreNLP's if it cannot be installed. */
    public DependencyParsing(boolean fast) {
        Properties p = new Properties();
        // CoreNLP's own precomputed table is not needed when Parley's network replaces its classifier
        if (fast) p.setProperty("numPreComputed", "0");
        DependencyParser loaded = DependencyParser.loadFromModelFile(MODEL, p);
        boolean installed = fast && ParleyFastClassifier.install(loaded, PRECOMPUTED_FEATURES);
        this.parser = fast && !installed ? DependencyParser.loadFromModelFile(MODEL, new Properties()) : loaded;
        this.fast = installed;
    }

    /** True when Parley's network evaluation is in use. */
    public boolean fast() { return fast; }

    /**
     * Parses one tagged sentence and attaches its enhanced++ graph. A failure is thrown: the adapter lists the
     * sentence's dependencies as missing (never silently: docs/decisions.md).
     */
    public void parse(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        SemanticGraph graph = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
    }
}
