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
    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "had", "having", "was", "were", "been", "'s", "'ve", "'d");

    /** The tense governing the character span [start, end) in {@code sentence}, or UNKNOWN. */
    public static Tense around(Sentence sentence, int start, int end, Lexicon lex) {
        if (sentence == null || sentence.tokens().isEmpty()) return UNKNOWN;
        List<Token> toks = sentence.tokens();
        Tense strong = UNKNOWN, weak = UNKNOWN;
        int strongDist = Integer.MAX_VALUE, weakDist = Integer.MAX_VALUE;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() >= start && t.end() <= end) continue; // inside the expression itself
            String w = t.word().toLowerCase(Locale.ROOT);
            String pos = t.pos();
            Tense mark = UNKNOWN;
            boolean isWeak = false;
            String bigram = i + 1 < toks.size() ? w + " " + toks.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
            if (lex.isFutureCue(w) || lex.isFutureCue(bigram)) mark = FUTURE;
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
                if (REPORTING.contains(w)) continue; // "says": present only in form, about the moment of saying
            }
            if (mark == UNKNOWN) continue;
            int dist = t.end() <= start ? start - t.end() : t.start() - end;
            if (t.end() > start) dist += 1; // on ties prefer the verb before the expression
            // "said Sunday", "Sunday said": a reporting verb right next to the date is the date's verb.
            if (isWeak && dist <= 2) isWeak = false;
            if (isWeak) {
                if (dist < weakDist) { weak = mark; weakDist = dist; }
            } else if (dist < strongDist) { strong = mark; strongDist = dist; }
        }
        // Reporting verbs alone say when something was said, not when the thing named happens.
        return strong;
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
