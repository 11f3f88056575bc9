package org.parley.events.internal;

import java.time.LocalDate;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.events.internal.SentenceCoder.Context;
import org.parley.events.internal.SentenceCoder.TimexRef;

/**
 * Dates and places an event from its clause: a time expression or a place attached (within three
 * dependency steps) to the trigger or to the verb it depends on; otherwise the publication date.
 */
final class Dating {
    private static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");

    private Dating() {}


    static void date(SentenceView g, Candidate c, Context ctx) {
        Sentence s = g.sentence();
        for (TimexRef t : ctx.timexes().within(s.start(), s.end())) {
            int head = timexHead(g, t);
            if (head < 0) continue;
            int cur = head;
            boolean attached = false;
            for (int step = 0; step < 3 && !attached; step++) {
                Dependency d = g.head(cur);
                if (d == null) break;
                if (modifiesAnotherNoun(g, c, d)) break;
                if (step == 0 && namesAnotherNoun(g, c, d)) break;
                cur = d.governor();
                attached = cur == c.clause || cur == c.head;
            }
            if (!attached) continue;
            String v = isoDate(t.value(), ctx.published());
            if (v == null) continue;
            v = pastWeekday(g, c, v, ctx.published());
            c.date = v;
            c.dateFromText = true;
            if (ctx.published() != null && v.compareTo(ctx.published().toString().substring(0, v.length())) > 0
                    && c.type != org.parley.events.EventType.AGREE && c.type != org.parley.events.EventType.THREATEN) { c.hypothetical = true; c.future = true; }
            return;
        }
        c.date = ctx.published() == null ? null : ctx.published().toString();
    }

    /**
     * The time stage resolves a bare weekday by the tense of its clause, found from part-of-speech tags alone, and
     * can still take another clause's tense where the tags do not show the boundary ("bombed the sites on Monday
     * after coming under fire", "condemned the test on Monday and said it would..."). The event's own parsed verb
     * decides: an act told in the simple past cannot lie in the days after the article, so a day up to a week
     * ahead of the publication date is that weekday of the week before.
     */
    static String pastWeekday(SentenceView g, Candidate c, String v, LocalDate published) {
        if (published == null || v.length() != 10) return v;
        LocalDate d;
        try { d = LocalDate.parse(v); } catch (java.time.format.DateTimeParseException e) { return v; }
        if (!d.isAfter(published) || d.isAfter(published.plusDays(7))) return v;
        int verb = g.isNoun(c.head) ? c.clause : c.head;
        if (!g.token(verb).pos().equals("VBD")) return v;
        for (Dependency a : g.children(verb)) if (SentenceView.matches(a.relation(), "aux")) return v;
        return d.minusDays(7).toString();
    }

    /**
     * A time expression that modifies a noun as a word of its name ("within its 1967 borders", "the 2015 nuclear
     * deal", "last year's election") tells that thing's own date, not the date of an event that merely mentions
     * it ("violated the 2015 deal" did not happen in 2015). Only the event's own trigger is dated this way ("the
     * 2015 talks", "Monday's attack").
     */
    private static boolean namesAnotherNoun(SentenceView g, Candidate c, Dependency d) {
        String r = d.relation();
        if (!(SentenceView.matches(r, "compound") || SentenceView.matches(r, "nummod") || SentenceView.matches(r, "amod")
                || SentenceView.matches(r, "nmod:poss"))) return false;
        int gov = d.governor();
        if (gov == c.head || gov == c.clause) return false;
        return !c.match.tokens().contains(gov);
    }

    /**
     * A clause that modifies a noun of the sentence ("the state of emergency imposed 19 years ago") dates that
     * noun's own past, not the event of a verb that takes the noun as its object ("lifted the state of
     * emergency"). Only a nominal trigger is dated by a clause on its own phrase ("talks held on Monday").
     */
    private static boolean modifiesAnotherNoun(SentenceView g, Candidate c, Dependency d) {
        if (!SentenceView.matches(d.relation(), "acl")) return false;
        int gov = d.governor();
        if (gov == c.head || gov == c.clause) return false;
        return !(g.isNoun(c.head) && c.match.tokens().contains(gov));
    }

    /** The token of timex {@code t} whose head lies outside it, or -1. */
    static int timexHead(SentenceView g, TimexRef t) {
        for (int i = 0; i < g.size(); i++) {
            if (g.token(i).start() < t.start() || g.token(i).end() > t.end()) continue;
            Dependency d = g.head(i);
            if (d == null) return i;
            int gv = d.governor();
            if (g.token(gv).start() < t.start() || g.token(gv).end() > t.end()) return i;
        }
        return -1;
    }

    /** A TIMEX3 value as an ISO date as precise as it is ("2017-05-29", "2017-04", "2017"), or null. */
    static String isoDate(String value, LocalDate published) {
        if (value == null) return null;
        String v = value;
        if (v.equals("PRESENT_REF")) return published == null ? null : published.toString();
        if (v.startsWith("XXXX") && published != null) v = published.getYear() + v.substring(4);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4})(-(\\d{2}))?(-(\\d{2}))?").matcher(v);
        if (!m.find()) return null;
        if (m.group(3) == null && v.length() > 4 && v.charAt(4) == '-' && v.length() > 5 && !Character.isDigit(v.charAt(5))) return m.group(1);
        return m.group(0);
    }

    static void place(SentenceView g, Candidate c, String text) {
        Set<Integer> where = SentenceCoder.clauseAndTriggerTokens(c);
        for (int t : where) {
            for (Dependency d : g.children(t)) {
                String r = d.relation();
                if (!(r.equals("obl:in") || r.equals("nmod:in") || r.equals("obl:at") || r.equals("nmod:at"))) continue;
                int x = d.dependent();
                if (PLACE_NER.contains(g.token(x).ner())) {
                    int[] span = g.phrase(x);
                    c.location = g.text(text, span[0], span[1]);
                    return;
                }
            }
        }
    }
}
