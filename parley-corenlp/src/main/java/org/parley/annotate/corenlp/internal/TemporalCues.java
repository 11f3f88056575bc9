package org.parley.annotate.corenlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap lexical test for "this sentence may hold a temporal expression", so that SUTime (the
 * second most expensive step after TokensRegexNER, ~1,700 tokens per CPU-second) runs only where it
 * can find something. A false positive costs a little time, a false negative loses a date: SUTime's
 * rules (english.sutime.txt) anchor on a digit, a month, weekday, unit, season, part of the day,
 * holiday or deictic word; words that only modify those ("last", "next", "this", "early", number
 * words) are not needed as cues because the word they modify is one.
 */
public final class TemporalCues {
    private static final Set<String> WORDS = Set.of(
            // months and abbreviations
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            // weekdays and abbreviations
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "weekday", "weekdays", "weekend", "weekends",
            // units: "three years", "last week", "the next month", "two days ago", "this quarter"
            "second", "seconds", "minute", "minutes", "hour", "hours", "hourly", "day", "days", "daily", "week", "weeks",
            "weekly", "fortnight", "fortnights", "month", "months", "monthly", "quarter", "quarters", "quarterly", "year",
            "years", "yearly", "annual", "annually", "decade", "decades", "century", "centuries", "millennium",
            "millennia", "semester", "biannual", "biennial", "ago",
            // decades in words
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            // deictic words SUTime tags on their own
            "today", "tonight", "tonite", "yesterday", "tomorrow", "now", "currently", "presently", "nowadays",
            "recently", "lately", "recent", "past", "future", "present", "soon", "meanwhile", "current", "once",
            "previously", "formerly", "time",
            // parts of the day and seasons
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "overnight",
            "noon", "midnight", "midday", "dawn", "dusk", "sunrise", "sunset", "am", "a.m.", "pm", "p.m.", "o'clock",
            "spring", "summer", "autumn", "fall", "winter", "springtime", "summertime", "wintertime",
            // holidays SUTime knows that do not come with "day"
            "christmas", "xmas", "easter", "thanksgiving", "halloween", "ramadan", "hanukkah", "chanukah", "passover",
            "diwali", "kwanzaa", "kippur", "hashanah");

    private TemporalCues() {}

    /** True when any token has a digit or is a temporal word. */
    public static boolean present(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (w == null || w.isEmpty()) continue;
            for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
            if (WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
