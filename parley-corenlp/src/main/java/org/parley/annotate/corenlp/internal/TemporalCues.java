package org.parley.annotate.corenlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap lexical test for "this sentence may hold a temporal expression", so that SUTime (the
 * second most expensive step after TokensRegexNER, ~1,700 tokens per CPU-second) runs only where it
 * can find something. A false positive costs a little time, a false negative loses a date: SUTime's
 * rules (english.sutime.txt) anchor on a number, a month, weekday, unit, season, part of the day,
 * holiday or deictic word; words that only modify those ("last", "next", "this", "early", number
 * words) are not needed as cues because the word they modify is one, and neither are numbers that
 * cannot be a date by themselves ({@link #isCue}).
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

    /** True when any token is a date-like number or a temporal word. */
    public static boolean present(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) if (isCue(t.word())) return true;
        return false;
    }

    public static boolean isCue(String w) {
        if (w == null || w.isEmpty()) return false;
        if (hasDigit(w)) return NUMERIC_CUE.matcher(w).matches();
        String lower = w.toLowerCase(Locale.ROOT);
        // "Aug.", "Sept.", "Tues.": the abbreviations keep their period as part of the token
        return WORDS.contains(lower) || lower.length() > 2 && lower.endsWith(".") && WORDS.contains(lower.substring(0, lower.length() - 1));
    }

    /**
     * The numbers that can be a date or time by themselves: years ("1999", "2017"), decades ("1990s",
     * "'90s"), dates and times with separators ("30/05/2017", "30.05.2017", "2017-05-30", "10:30"), hours with am/pm
     * ("10am"), and ordinals ("30th"). Counts, sums and percentages ("5", "$3.5", "20%", "G20") are left
     * out: a number that is part of a date has a month, unit or other cue word beside it ("May 30",
     * "three years", "5 days"), which opens the window anyway.
     */
    private static final java.util.regex.Pattern NUMERIC_CUE = java.util.regex.Pattern.compile(
            "(?i)'?\\d{4}s?|'?\\d0s|\\d{1,4}[-/:]\\d{1,4}.*|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{1,2}(am|pm|a\\.m\\.|p\\.m\\.|h|hrs?)|\\d{1,2}(st|nd|rd|th)");

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
        return false;
    }

    /**
     * The stretches of a sentence SUTime needs to see: each cue token with {@code before} tokens
     * before it and {@code after} after it, overlapping or touching stretches merged. Returned as
     * [start, end) token index pairs.
     */
    public static List<int[]> windows(List<CoreLabel> tokens, int before, int after) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isCue(tokens.get(i).word())) continue;
            int start = Math.max(0, i - before), end = Math.min(tokens.size(), i + after + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last[1]) last[1] = Math.max(last[1], end);
            else out.add(new int[] {start, end});
        }
        return out;
    }
}
