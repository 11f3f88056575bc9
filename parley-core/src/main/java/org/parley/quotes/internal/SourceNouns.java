package org.parley.quotes.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.annotate.Token;
import org.parley.knowledge.TsvLoader;

/**
 * Which common nouns can head a speaker phrase, from {@code org/parley/quotes/source-nouns.tsv} (WordNet
 * classes, method in its header). Speakers are people and organisations; documents and findings speak
 * only through evidential cues ("a poll shows") and "according to"; acts, states, places and topics never
 * do ("According to the domestic conflict, ..." is no attribution).
 */
public final class SourceNouns {
    /** What a listed noun may be the source of. */
    public enum Kind {
        /** never a source */
        THING,
        /** a source of evidence cues and "according to" only */
        EVIDENCE
    }

    private static final String RESOURCE = "/org/parley/quotes/source-nouns.tsv";
    private static final SourceNouns BUILT_IN = new SourceNouns(TsvLoader.resource(RESOURCE));

    private final Map<String, Kind> nouns = new HashMap<>();

    private SourceNouns(List<TsvLoader.Row> rows) {
        for (TsvLoader.Row r : rows) {
            String kind = r.cell(1).toUpperCase(Locale.ROOT);
            try {
                nouns.put(r.cell(0).toLowerCase(Locale.ROOT), Kind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(r.where() + ": unknown class '" + r.cell(1) + "' (thing or evidence)", e);
            }
        }
    }

    public static SourceNouns builtIn() { return BUILT_IN; }

    /** The class of a noun lemma, or null when it may be any source (people, groups, communications, unknown words). */
    public Kind kind(String lemma) { return lemma == null ? null : nouns.get(lemma.toLowerCase(Locale.ROOT)); }

    /**
     * True when the source tokens are headed by a common noun that cannot speak through a cue of
     * {@code cueClass} ({@code according} for "according to"). Names, pronouns and unknown nouns pass.
     */
    public boolean excludes(List<Token> source, String cueClass, boolean according) {
        // a phrase holding a name or pronoun anywhere ("Speaking at a town hall event, Trump") names its speaker there
        for (Token t : source) if (t.pos().startsWith("NNP") || t.pos().startsWith("PRP")) return false;
        Token head = head(source);
        if (head == null) return false;
        Kind k = kind(head.lemma());
        if (k == null) return false;
        // EVIDENCE heads are kept for every cue: on held-out news a cue's first class does not tell evidential
        // uses apart ("a poll found", "a source said"), and dropping them lost more than it saved
        return k == Kind.THING;
    }

    /**
     * The head of a noun phrase read off its tokens: the last common noun before a preposition, comma
     * or relative clause; null when a name or pronoun heads it, or there is no common noun.
     */
    public static Token head(List<Token> source) {
        Token head = null;
        boolean noun = false;
        for (Token t : source) {
            String pos = t.pos();
            // the phrase ends at its first preposition, comma or relative word after a noun or name
            // ("councillor Ann Lee, dressed in a grey coat": the head is the name, not "coat")
            if (noun && (pos.equals("IN") || pos.equals("TO") || pos.startsWith("W") || t.word().equals(",") || pos.startsWith("VB"))) break;
            if (pos.equals("NN") || pos.equals("NNS")) { head = t; noun = true; }
            else if (pos.startsWith("NNP") || pos.startsWith("PRP")) { head = null; noun = true; }
        }
        return head;
    }
}
