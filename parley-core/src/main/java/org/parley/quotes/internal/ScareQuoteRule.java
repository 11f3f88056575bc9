package org.parley.quotes.internal;

import java.util.Locale;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * Decides whether a marked span is speech or a scare quote / name / title (docs/quotes.md, "The
 * scare-quote rule"). A span is clause-like when it has a verb and at least three words, or at least
 * six words, or ends with sentence punctuation inside the marks while standing at a sentence start,
 * or runs over a paragraph. A span that follows a determiner, possessive, preposition, adjective or
 * a naming word ("so-called", "dubbed", "known as") and is short is a name or a scare quote. Only
 * clause-like spans can be quotations on their own; the others count as speech only inside the
 * content of a cue found by the parse ("called the deal a 'disaster'": a mixed quote).
 */
public final class ScareQuoteRule {
    /** Words that mention a phrase rather than quote it (quotes/closed-words.tsv class naming). */
    private static final Set<String> NAMING = org.parley.knowledge.WordSets.resource("/org/parley/quotes/closed-words.tsv").get("naming");
    private static final Set<String> LEAD_POS = Set.of("DT", "PRP$", "POS", "IN", "JJ", "JJR", "JJS", "CD", "TO", "NN", "NNS", "NNP", "NNPS");

    private ScareQuoteRule() {}

    public static boolean clauseLike(MarkedSpan m, AnnotatedArticle doc) {
        if (m.runsOn() || m.continuation()) return true;
        String inner = m.inner(doc.text()).strip();
        if (inner.isEmpty()) return false;
        int words = inner.split("\\s+").length;
        boolean verb = false;
        for (Sentence s : doc.sentences()) {
            if (s.end() <= m.innerStart() || s.start() >= m.innerEnd()) continue;
            for (Token t : s.tokens()) {
                if (t.start() >= m.innerStart() && t.end() <= m.innerEnd() && (t.isVerb() || t.pos().equals("MD"))) verb = true;
            }
        }
        boolean terminal = inner.matches("(?s).*[.,?!\u2026;:\u2014-]$");
        boolean atStart = startsSentence(m, doc);
        if (words >= 6) return true;
        if (verb && words >= 3) return true;
        if (terminal && atStart && (verb || words >= 1) && !isLeadIn(m, doc)) return true;
        return false;
    }

    /** Short span right after a determiner / preposition / adjective / naming word: a name or scare quote. */
    public static boolean isLeadIn(MarkedSpan m, AnnotatedArticle doc) {
        Token before = tokenBefore(m.start(), doc);
        if (before == null) return false;
        String w = before.word().toLowerCase(Locale.ROOT);
        if (NAMING.contains(w)) return true;
        return LEAD_POS.contains(before.pos()) && !w.equals("that") && !w.matches("[,:;]");
    }

    static Token tokenBefore(int offset, AnnotatedArticle doc) {
        Token best = null;
        for (Sentence s : doc.sentences()) {
            if (s.start() > offset) break;
            for (Token t : s.tokens()) if (t.end() <= offset) best = t;
        }
        return best;
    }

    /** True when nothing but punctuation or whitespace stands between the sentence start and the mark. */
    public static boolean startsSentence(MarkedSpan m, AnnotatedArticle doc) {
        Sentence s = doc.sentenceAt(m.start());
        if (s == null) return true;
        String lead = doc.text().substring(s.start(), m.start());
        return lead.matches("[\\s\\p{Punct}\\p{Pd}\u2014\u2013]*");
    }
}
