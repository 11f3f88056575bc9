package org.parley.events.internal;

import java.util.regex.Matcher;
import org.parley.annotate.Dependency;
import org.parley.model.Event;

/**
 * Decides an event's {@link Event.Status}: whether it is told as news of the day, or as history ("300
 * years since his visit", "in 1717" in an article of 2017), an allegation ("the alleged torture"), a
 * claim ("claimed that X attacked"), or a future plan (dated after the article). One job; called once
 * the candidate is dated.
 */
final class EventStatusRules {
    /** A past event is history when it lies at least this many years before the article. */
    static final int HISTORY_YEARS = 2;
    private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("P(\\d+)Y");
    /** A decade ("195X") or a century ("19XX") as TIMEX3 writes it. */
    private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("(\\d{3}|\\d{2})(X|XX)");

    private final Lexicon lexicon;

    EventStatusRules(Lexicon lexicon) { this.lexicon = lexicon; }

    Event.Status status(SentenceView g, Candidate c, SentenceCoder.Context ctx) {
        if (c.future) return Event.Status.FUTURE;
        if (historical(g, c, ctx)) return Event.Status.HISTORICAL;
        if (alleged(g, c)) return Event.Status.ALLEGED;
        if ("speech".equals(c.governorKind) && c.governor >= 0 && cue(g, "claim", c.governor)) return Event.Status.CLAIMED;
        Event.Status content = contentOfAStatement(g, c);
        return content != null ? content : Event.Status.CURRENT;
    }

    /**
     * Relations by which an event is the content of the word above it: its object, its clause, or a phrase
     * with a preposition of content ("blamed X for the attack", "accused of torturing", "charged with", "over
     * the strikes"; status-words.tsv). A time or manner clause ("as the Council met") is not content.
     */
    private static boolean contentRelation(String r) {
        if (r.equals("obj") || SentenceView.matches(r, "xcomp") || SentenceView.matches(r, "ccomp")) return true;
        if (!(r.startsWith("obl:") || r.startsWith("nmod:") || r.startsWith("advcl:"))) return false;
        return StatusWords.BUILT_IN.contentPreposition(SentenceView.prep(r));
    }

    /**
     * An event told as what someone is accused of or blamed for is an allegation the news does not assert
     * ("Ukraine blamed the rebels for shooting down the jet", "the strikes that Washington blames on Tehran",
     * "allegations of torture"): ALLEGED. An event in the clause of a noun of a contested statement ("claims that
     * they had launched the attack") is CLAIMED. A deed the news tells and someone judges ("condemned the
     * attack") is presupposed and stays CURRENT: judging words are not in {@code status-words.tsv}. The walk
     * climbs a few content relations (and conjuncts and participles: "shooting down the jet, killing all on board"), never
     * through the event's own trigger words.
     */
    private static Event.Status contentOfAStatement(SentenceView g, Candidate c) {
        StatusWords w = StatusWords.BUILT_IN;
        for (int rel : g.childrenExact(c.head, "acl:relcl")) {
            if (!c.match.tokens().contains(rel) && w.attributes(g, rel)) return Event.Status.ALLEGED;
        }
        int cur = c.head;
        for (int step = 0; step < 4; step++) {
            Dependency d = g.head(cur);
            if (d == null) return null;
            String r = d.relation();
            int a = d.governor();
            boolean own = c.match.tokens().contains(a);
            // a noun's that-clause ("claims that they had launched the attack", "allegations that he ordered ...")
            boolean nounClause = SentenceView.matches(r, "acl") && !r.equals("acl:relcl") || r.equals("dep");
            if (!own && (nounClause || SentenceView.matches(r, "ccomp")) && g.token(a).pos().startsWith("NN")) {
                if (w.claimNoun(g, a)) return Event.Status.CLAIMED;
                if (w.attributes(g, a)) return Event.Status.ALLEGED;
                return null;
            }
            // conjuncts and participles pass the content on ("shooting down the jet, killing all on board")
            boolean pass = SentenceView.matches(r, "conj") || r.equals("advcl");
            if (!pass && !contentRelation(r)) return null;
            if (!pass && !own) {
                if (w.attributes(g, a)) return Event.Status.ALLEGED;
                if (r.equals("nmod:of") && w.claimOf(g, a)) return Event.Status.CLAIMED;
            }
            cur = a;
        }
        return null;
    }

    /** "the alleged torture", "reportedly attacked": a cue modifying the trigger or its clause. */
    private boolean alleged(SentenceView g, Candidate c) {
        for (int t : SentenceCoder.clauseAndTriggerTokens(c)) {
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                if ((r.equals("amod") || r.equals("advmod")) && cue(g, "alleged", d.dependent())) return true;
            }
        }
        return false;
    }

    private boolean historical(SentenceView g, Candidate c, SentenceCoder.Context ctx) {
        // A year the event is dated with, years before the article's own time.
        if (c.dateFromText && c.date != null && c.date.length() >= 4 && c.date.substring(0, 4).matches("\\d{4}")) {
            int year = Integer.parseInt(c.date.substring(0, 4));
            Integer now = articleYear(ctx);
            if (now != null && year <= now - HISTORY_YEARS) return true;
        }
        var s = g.sentence();
        // "during the 1950s", "in the 1980s": a decade or century (TIMEX3 "195X", "19XX") tied to the event, over
        // years before the article. Dating gives such a value no date, so the year test above never sees it.
        Integer now = articleYear(ctx);
        for (SentenceCoder.TimexRef t : ctx.timexes().within(s.start(), s.end())) {
            Matcher d = DECADE.matcher(t.value() == null ? "" : t.value());
            if (now == null || !d.matches()) continue;
            int lastYear = d.group(2).length() == 1 ? Integer.parseInt(d.group(1)) * 10 + 9 : Integer.parseInt(d.group(1)) * 100 + 99;
            if (lastYear > now - HISTORY_YEARS) continue;
            int head = Dating.timexHead(g, t);
            if (head >= 0 && (attachedTo(g, head, c) || datesTheGoverningVerb(g, head, c))) return true;
        }
        // "300 years ago", "300 years since his visit": a duration of years tied to the event.
        for (SentenceCoder.TimexRef t : ctx.timexes().within(s.start(), s.end())) {
            Matcher m = YEARS.matcher(t.value());
            if (!m.matches() || Integer.parseInt(m.group(1)) < HISTORY_YEARS) continue;
            int head = -1;
            for (int i = 0; i < g.size(); i++) {
                if (g.token(i).start() >= t.start() && g.token(i).end() <= t.end()) head = i; // last token: "years"
            }
            if (head < 0) continue;
            // "300 years since his diplomatic visit": the word after the duration, then the event within a few words
            if (head + 1 < g.size() && g.lower(head + 1).equals("since") && c.head > head + 1) {
                Dependency marked = g.head(head + 1);
                if (marked != null && (marked.governor() == c.head || marked.governor() == c.clause)) return true;
            }
            for (Dependency d : g.children(head)) {
                int x = d.dependent();
                // "years ago" attached to the event's clause
                if (cue(g, "ago", x) && d.relation().equals("advmod") && attachedTo(g, head, c)) return true;
                // "years since his visit": the event hangs from the duration
                if ((d.relation().endsWith(":since") || d.relation().endsWith(":before")) && (x == c.head || x == c.clause)) return true;
            }
        }
        return false;
    }

    /**
     * The timex hangs from the verb whose complement or conjunct the event's clause is: "used forged documents to
     * harass dissenters during the 1950s" dates the harassing too.
     */
    private static boolean datesTheGoverningVerb(SentenceView g, int timexHead, Candidate c) {
        Dependency up = g.head(c.clause);
        if (up == null) return false;
        String r = up.relation();
        if (!SentenceView.matches(r, "xcomp") && !SentenceView.matches(r, "advcl") && !SentenceView.matches(r, "conj")) return false;
        Dependency t = g.head(timexHead);
        return t != null && t.governor() == up.governor();
    }

    private static boolean attachedTo(SentenceView g, int t, Candidate c) {
        int cur = t;
        for (int step = 0; step < 3; step++) {
            Dependency d = g.head(cur);
            if (d == null) return false;
            cur = d.governor();
            if (cur == c.head || cur == c.clause) return true;
        }
        return false;
    }

    /** The article's year: its publication date, else the latest year its own dates mention. */
    private static Integer articleYear(SentenceCoder.Context ctx) {
        if (ctx.published() != null) return ctx.published().getYear();
        return ctx.timexes().latestYear();
    }

    private boolean cue(SentenceView g, String cls, int t) {
        return lexicon.isCue(cls, g.lemma(t)) || lexicon.isCue(cls, g.lower(t));
    }
}
