package org.parley.annotate.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.annotate.Token;

/**
 * Which sentences are worth a dependency parse: those holding a lemma some stage needs the parse for
 * (event trigger candidates, speech-cue verbs and nouns) or a quotation mark. The dependency parser
 * is the most expensive step left once NER is fast, and the events and quotes stages read
 * dependencies only around their triggers and cues, so the other sentences can go unparsed.
 *
 * <p>Built from the stages' lexicons, as {@code Engine.createAnnotator} does:
 * <pre>
 * Set&lt;String&gt; lemmas = union(EventExtractor.triggerWords(patternFiles), CueLexicon.load(cueFiles).lemmas());
 * new CoreNlpAnnotator(Options.full().withParseFilter(ParseCues.of(lemmas)))
 * </pre>
 * Lemmas are matched lower-cased against each token's lemma and word. Multiword cues are
 * represented by their most specific word ("according" for "according to", "statement" for "in a statement").
 *
 * @param lemmas      lower-cased lemmas that make a sentence worth parsing
 * @param quoteChars  characters that make a sentence worth parsing wherever they occur (quotation marks)
 */
public record ParseCues(Set<String> lemmas, String quoteChars) implements Predicate<List<Token>> {
    /** Straight and curly double quotes, guillemets, low-9 quotes; single curly quotes are too ambiguous with apostrophes. */
    public static final String QUOTE_CHARS = "\"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E";

    public ParseCues {
        lemmas = lemmas == null ? Set.of() : Set.copyOf(lemmas.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        quoteChars = quoteChars == null ? "" : quoteChars;
    }

    public static ParseCues of(Set<String> lemmas) { return new ParseCues(lemmas, QUOTE_CHARS); }

    /** Both filters: a sentence is parsed when either wants it. */
    public ParseCues and(ParseCues other) {
        java.util.HashSet<String> all = new java.util.HashSet<>(lemmas);
        all.addAll(other.lemmas());
        StringBuilder q = new StringBuilder(quoteChars);
        for (char c : other.quoteChars().toCharArray()) if (q.indexOf(String.valueOf(c)) < 0) q.append(c);
        return new ParseCues(all, q.toString());
    }

    @Override public boolean test(List<Token> tokens) {
        for (Token t : tokens) {
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (lemmas.contains(lemma) || lemmas.contains(t.word().toLowerCase(Locale.ROOT))) return true;
            String w = t.word();
            for (int i = 0; i < w.length(); i++) if (quoteChars.indexOf(w.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
