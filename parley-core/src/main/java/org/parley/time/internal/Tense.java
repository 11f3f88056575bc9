package org.parley.time.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * Which way a bare calendar name ("Monday", "May", "Oct. 23") points from the publication date,
 * guessed from the verbs of its sentence: the nearest tense marker to the expression wins; reporting
 * verbs ("said") count only when nothing else is found, because "said the talks will resume Monday"
 * is about a future Monday.
 */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN;

    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds", "announced",
            "reported", "stated", "declared", "noted", "explained", "confirmed", "wrote", "according");
    /** A reporting verb ("said", "told", "announced"): the word that makes a date next to it the date of a report. */
    public static boolean isReporting(String lowerWord) { return REPORTING.contains(lowerWord); }

    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had", "having", "was", "were", "been", "'s", "'ve", "'d");

    /**
     * The tense governing the character span [start, end) in {@code sentence}, or UNKNOWN. The markers of the
     * expression's own clause decide ("said on Tuesday that Iraq would retaliate": "said", not "would"); only
     * when that clause has no verb at all (a fragment) does the rest of the sentence count.
     */
    public static Tense around(Sentence sentence, int start, int end, Lexicon lex) {
        if (sentence == null || sentence.tokens().isEmpty()) return UNKNOWN;
        List<Token> toks = sentence.tokens();
        Scan own = scan(toks, clauseOf(toks, start, end, lex), start, end, lex);
        if (own.anyVerb) return own.strong;
        boolean[] all = new boolean[toks.size()];
        java.util.Arrays.fill(all, true);
        return scan(toks, all, start, end, lex).strong;
    }

    /** What one pass over tokens [from, to) found: the nearest strong marker, and whether any verb marker was seen. */
    private record Scan(Tense strong, boolean anyVerb) {}

    private static Scan scan(List<Token> toks, boolean[] in, int start, int end, Lexicon lex) {
        Tense strong = UNKNOWN;
        int strongDist = Integer.MAX_VALUE;
        boolean anyVerb = false;
        for (int i = 0; i < toks.size(); i++) {
            if (!in[i]) continue;
            Token t = toks.get(i);
            if (t.start() >= start && t.end() <= end) continue; // inside the expression itself
            String w = t.word().toLowerCase(Locale.ROOT);
            String pos = t.pos();
            Tense mark = UNKNOWN;
            boolean isWeak = false;
            String bigram = i + 1 < toks.size() ? w + " " + toks.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
            if (lex.isFutureCue(w) || lex.isFutureCue(bigram)) mark = pastPerfectBefore(toks, i) ? PAST : FUTURE; // "had been due to expire Friday"
            else if (w.equals("going") && i + 2 < toks.size() && toks.get(i + 1).word().equalsIgnoreCase("to")
                    && toks.get(i + 2).pos().equals("VB")) mark = FUTURE;
            else if (isAuxOfParticiple(toks, i)) continue;
            else if (pos.equals("VB") && finiteBase(toks, i)) mark = PRESENT; // "were planning", "has signed": the participle decides
            else if (pos.equals("VBD")) { mark = PAST; isWeak = REPORTING.contains(w); }
            else if (pos.equals("VBN") && presentPassive(toks, i)) mark = PRESENT; // "when the case is heard in May"
            else if (pos.equals("VBN") && !passiveFuture(toks, i)) { mark = PAST; isWeak = REPORTING.contains(w); }
            else if ((pos.equals("VBZ") || pos.equals("VBP")) && !perfectAfter(toks, i)) {
                mark = PRESENT;
                isWeak = REPORTING.contains(w) || w.equals("is") || w.equals("are") || w.equals("'s") || w.equals("'re");
                if (REPORTING.contains(w)) { anyVerb = true; continue; } // "says": present only in form, about the moment of saying
            }
            if (mark == UNKNOWN) continue;
            anyVerb = true;
            int dist = t.end() <= start ? start - t.end() : t.start() - end;
            if (t.end() > start) dist += 1; // on ties prefer the verb before the expression
            // "said Sunday", "said on Sunday", "Sunday said": a reporting verb next to the date is the date's verb.
            if (isWeak && (dist <= 2 || onlyOnBetween(toks, i, start, end))) isWeak = false;
            // Reporting verbs alone say when something was said, not when the thing named happens.
            if (!isWeak && dist < strongDist) { strong = mark; strongDist = dist; }
        }
        return new Scan(strong, anyVerb);
    }

    /**
     * The tokens of the clause holding the expression (true = in it): clauses open at a relative or
     * interrogative word (WDT, WP, WRB), at the complementizer "that", at the lexicon's subordinators
     * ("if", "because") and after a semicolon or colon; a relative clause set off by commas (", which
     * had been expected,") is left out of the clause around it. Coordination and zero complementizers
     * are not split.
     */
    static boolean[] clauseOf(List<Token> toks, int start, int end, Lexicon lex) {
        int n = toks.size();
        boolean[] in = new boolean[n];
        int first = -1, last = -1;
        for (Token t : toks) {
            if (t.end() > start && t.start() < end) {
                if (first < 0) first = t.index();
                last = t.index();
            }
        }
        if (first < 0) { java.util.Arrays.fill(in, true); return in; }
        boolean[] aside = new boolean[n]; // non-restrictive relative clauses that do not hold the expression
        for (int i = 1; i < n; i++) {
            if (!toks.get(i - 1).word().equals(",") || !relative(toks.get(i))) continue;
            int close = i + 1;
            while (close < n && !toks.get(close).word().equals(",")) close++;
            // the main clause resumes with its verb after the closing comma (", which had been expected, is part of");
            // a comma inside the relative clause ("who stepped down as chairman, president and ...") does not close it
            if (close + 1 >= n || !finiteVerbAt(toks, close + 1) || (first >= i && first <= close)) continue;
            for (int j = i; j <= close; j++) aside[j] = true;
        }
        int from = 0, to = n;
        for (int i = first - 1; i >= 0; i--) {
            if (aside[i]) continue;
            String w = toks.get(i).word();
            if (w.equals(";") || w.equals(":")) { from = i + 1; break; }
            if (opensClause(toks, i, lex)) { from = i; break; }
        }
        for (int i = last + 1; i < n; i++) {
            if (aside[i]) continue;
            String w = toks.get(i).word();
            if (w.equals(";") || w.equals(":") || opensClause(toks, i, lex)) { to = i; break; }
        }
        for (int i = from; i < to; i++) in[i] = !aside[i];
        return in;
    }

    private static boolean finiteVerbAt(List<Token> toks, int i) {
        if (toks.get(i).pos().equals("RB") && i + 1 < toks.size()) i++;
        String p = toks.get(i).pos();
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    private static boolean relative(Token t) {
        return t.pos().equals("WDT") || t.pos().equals("WP") || t.pos().equals("WP$");
    }

    private static boolean opensClause(List<Token> toks, int i, Lexicon lex) {
        Token t = toks.get(i);
        String pos = t.pos();
        if (pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$") || pos.equals("WRB")) return true;
        String w = t.word().toLowerCase(Locale.ROOT);
        return (w.equals("that") && pos.equals("IN")) || lex.opensClause(w);
    }

    /** "said on Tuesday", "Tuesday, said": only "on" or punctuation between a reporting verb and the date. */
    private static boolean onlyOnBetween(List<Token> toks, int verb, int start, int end) {
        Token v = toks.get(verb);
        for (Token t : toks) {
            boolean between = v.end() <= start ? t.start() >= v.end() && t.end() <= start : t.start() >= end && t.end() <= v.start();
            if (!between) continue;
            String w = t.word().toLowerCase(Locale.ROOT);
            if (!(w.equals("on") || w.equals(","))) return false;
        }
        return true;
    }

    /** "had been due to", "had been expected to": a plan told in the past perfect lies before the story. */
    private static boolean pastPerfectBefore(List<Token> toks, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = toks.get(j).word().toLowerCase(Locale.ROOT);
            if (w.equals("had")) return true;
            if (!(w.equals("been") || toks.get(j).pos().equals("RB"))) return false;
        }
        return false;
    }

    /** A base-form verb used as a finite present ("leaders meet Monday"): not after "to", a modal or "do". */
    private static boolean finiteBase(List<Token> toks, int i) {
        if (i == 0) return false;
        Token prev = toks.get(i - 1);
        String pw = prev.word().toLowerCase(Locale.ROOT);
        // "at the close of business", "their return": a base form after a determiner or possessive is a noun
        if (prev.pos().equals("DT") || prev.pos().equals("PRP$") || prev.pos().equals("POS")) return false;
        return !(prev.pos().equals("MD") || pw.equals("to") || pw.equals("do") || pw.equals("does") || pw.equals("did")
                || pw.equals("n't") || pw.equals("not") || prev.pos().startsWith("VB") || prev.pos().equals("RB"));
    }

    private static final Set<String> AUX = Set.of("was", "were", "is", "are", "am", "be", "been", "has", "have", "had", "'s", "'re", "'ve", "'d");

    private static boolean isAuxOfParticiple(List<Token> toks, int i) {
        if (!AUX.contains(toks.get(i).word().toLowerCase(Locale.ROOT))) return false;
        for (int j = i + 1; j < Math.min(toks.size(), i + 4); j++) {
            String p = toks.get(j).pos();
            if (p.equals("VBN") || p.equals("VBG")) return true;
            if (p.startsWith("VB") || p.equals("MD")) return false;
        }
        return false;
    }

    /** "will be held", "to be signed": a participle that is about the future. */
    private static boolean passiveFuture(List<Token> toks, int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            String w = toks.get(j).word().toLowerCase(Locale.ROOT);
            if (w.equals("be") || w.equals("being")) return true;
        }
        return false;
    }

    /** "is heard", "are being held": a passive participle after a present form of "be" is not past. */
    private static boolean presentPassive(List<Token> toks, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = toks.get(j).word().toLowerCase(Locale.ROOT);
            if (w.equals("is") || w.equals("are") || w.equals("am")) return true;
            if (!(w.equals("being") || toks.get(j).pos().equals("RB"))) return false;
        }
        return false;
    }

    private static boolean perfectAfter(List<Token> toks, int i) {
        String w = toks.get(i).word().toLowerCase(Locale.ROOT);
        if (!PERFECT_AUX.contains(w) && !w.equals("is") && !w.equals("are")) return false;
        for (int j = i + 1; j < Math.min(toks.size(), i + 4); j++) {
            String p = toks.get(j).pos();
            if (p.equals("VBN")) return true;
            if (p.equals("VBG") && (w.equals("is") || w.equals("are"))) return false;
        }
        return false;
    }
}
