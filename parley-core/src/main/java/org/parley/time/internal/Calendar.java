package org.parley.time.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/** Calendar names and TIMEX3 value arithmetic. */
public final class Calendar {
    private Calendar() {}

    public static final String MONTH_RE = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    public static final String WEEKDAY_RE = "(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?";

    private static final Map<String, Integer> SEASON_MONTH = Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    /** 1-12 for a month name or abbreviation (any case, optional final dot), or 0. */
    public static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (n.length() < 3) return 0;
        String p = n.substring(0, 3);
        return switch (p) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> 0;
        };
    }

    /** The day of week for a weekday name or abbreviation, or null. */
    public static DayOfWeek weekday(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) return null;
        return switch (n.substring(0, 3)) {
            case "mon" -> DayOfWeek.MONDAY; case "tue" -> DayOfWeek.TUESDAY; case "wed" -> DayOfWeek.WEDNESDAY;
            case "thu" -> DayOfWeek.THURSDAY; case "fri" -> DayOfWeek.FRIDAY; case "sat" -> DayOfWeek.SATURDAY;
            case "sun" -> DayOfWeek.SUNDAY; default -> null;
        };
    }

    /** Season code (SP, SU, FA, WI) for a season word, or null. */
    public static String season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP"; case "summer" -> "SU"; case "fall", "autumn" -> "FA"; case "winter" -> "WI";
            default -> null;
        };
    }

    /** The season code a date falls in (meteorological seasons, northern hemisphere). */
    public static String seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        return m >= 3 && m <= 5 ? "SP" : m >= 6 && m <= 8 ? "SU" : m >= 9 && m <= 11 ? "FA" : "WI";
    }

    /** Ordinal of a season within its year, for ordering (winter = the December one). */
    public static int seasonIndex(String code) { return SEASON_MONTH.getOrDefault(code, 12) / 3; }

    public static String ymd(LocalDate d) { return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    public static String ym(int year, int month) { return String.format(Locale.ROOT, "%04d-%02d", year, month); }

    public static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static int quarterOf(LocalDate d) { return (d.getMonthValue() - 1) / 3 + 1; }

    /** A valid date or null (for "Feb. 30"). */
    public static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null; // no such day: the one failure meant here, not any bug
        }
    }

    /**
     * The date of a holiday rule in a year: "MM-DD", or "MM:DOW:N[:FROMDAY]" (N-th weekday of the month
     * counted from day FROMDAY, N = -1 for the last); null when the rule is malformed.
     */
    public static LocalDate holiday(String rule, int year) {
        try {
            if (rule.matches("\\d\\d-\\d\\d")) {
                return LocalDate.of(year, Integer.parseInt(rule.substring(0, 2)), Integer.parseInt(rule.substring(3)));
            }
            String[] f = rule.split(":");
            int month = Integer.parseInt(f[0]);
            DayOfWeek dow = weekday(f[1]);
            int n = Integer.parseInt(f[2]);
            if (dow == null) return null;
            if (n < 0) return YearMonth.of(year, month).atEndOfMonth().with(TemporalAdjusters.previousOrSame(dow));
            int from = f.length > 3 ? Integer.parseInt(f[3]) : 1;
            return LocalDate.of(year, month, from).with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(n - 1L);
        } catch (java.time.DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null; // a malformed rule or no such day; nothing else is caught
        }
    }
}
