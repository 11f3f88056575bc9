package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.knowledge.TsvLoader;
import org.parley.time.internal.Calendar;

/**
 * Parley's own reader of the common news date forms, run in front of SUTime on its cue windows: weekdays
 * ("Friday", "last Friday", "Friday night"), month-days and months ("Nov. 16", "Nov. 16, 1998", "July 1997",
 * "January"), years ("1998"), "last/this/next week/month/year" (with "earlier"/"later"), "today",
 * "yesterday", "tomorrow", "tonight", counted durations ("three years", "the past two months") and
 * "N units ago". A window whose every cue word it reads ({@link #covers}) needs no SUTime: that is what
 * it saves (SUTime costs ~90 ms an article). Everything else, and anything next to a word that could make
 * SUTime read a longer or another expression (the file's guards), is left to SUTime.
 * <p>
 * It gives the span, type and value SUTime gives for the same words (values anchored on the publication
 * date, month-days without a year in the publication year), so that {@link TimeNormalizer} reads both alike;
 * the direction of a bare weekday or month is decided there, from the tense. Words are data:
 * {@code org/parley/time/recognizer.tsv}.
 */
public final class DateRecognizer {
    /** The form of a recognised expression (also used to break evaluation figures down by form). */
    public enum Form { WEEKDAY, MONTH_DAY, MONTH, YEAR, RELATIVE_PERIOD, DEICTIC_DAY, DURATION, AGO, QUARTER, REFERENCE,
        /**
         * Words SUTime may tag that the normaliser drops (ages such as "six-year-old", a bare "time"): read, so that they
         * keep no window open, but no expression.
         */
        NO_DATE,
        /** Any expression the recogniser does not read whole (left to SUTime). */
        OTHER }

    /** TIMEX3 types the recogniser gives. */
    public enum Type { DATE, TIME, DURATION, NONE }

    /** An expression over tokens [from, to) of the words given. */
    public record Found(int from, int to, Form form, Type type, String value) {}

    private record Unit(String letter, boolean clock) {}

    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> verbMonths = new HashSet<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, String> parts = new HashMap<>();
    private final Map<String, Integer> deictic = new HashMap<>();
    private final Map<String, String> deicticPart = new HashMap<>();
    private final Map<String, Integer> relative = new HashMap<>();
    private final Set<String> shifts = new HashSet<>();
    private final Map<String, String> periods = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Set<String> spans = new HashSet<>();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Set<String> quarterWords = new HashSet<>();
    private final Map<String, String> refs = new HashMap<>();
    private final Set<String> noDate = new HashSet<>();
    /** Words that, right before or after a no-date word, make it part of an expression SUTime reads ("the future", "second half"). */
    private final Map<String, Set<String>> noDateOpeners = new HashMap<>();
    private final Set<String> ageWords = new HashSet<>();
    private final Set<String> agoWords = new HashSet<>();
    private final Set<String> guardBefore = new HashSet<>();
    private final Map<String, Set<Form>> guardBeforeForms = new HashMap<>();
    private final Set<String> guardAfter = new HashSet<>();
    private final Set<String> guardAfterBeforeDate = new HashSet<>();

    public static DateRecognizer load() {
        DateRecognizer r = new DateRecognizer();
        for (TsvLoader.Row row : TsvLoader.resource("/org/parley/time/recognizer.tsv")) r.add(row);
        return r;
    }

    private void add(TsvLoader.Row row) {
        String key = row.cell(1).toLowerCase(Locale.ROOT);
        switch (row.cell(0)) {
            case "month" -> {
                months.put(key, number(row, 2));
                if ("verb".equals(row.cellOr(3, null))) verbMonths.add(key);
            }
            case "weekday" -> weekdays.put(key, number(row, 2));
            case "part" -> parts.put(key, row.cell(2));
            case "deictic" -> {
                deictic.put(key, number(row, 2));
                String part = row.cellOr(3, null);
                if (part != null) deicticPart.put(key, part);
            }
            case "relative" -> relative.put(key, number(row, 2));
            case "shift" -> shifts.add(key);
            case "period" -> periods.put(key, row.cell(2));
            case "unit" -> {
                Unit u = new Unit(row.cell(2), "T".equals(row.cellOr(3, null)));
                units.put(key, u);
                units.put(key + "s", u);
            }
            case "number" -> numbers.put(key, number(row, 2));
            case "span" -> spans.add(key);
            case "ordinal" -> ordinals.put(key, number(row, 2));
            case "quarter" -> quarterWords.add(key);
            case "ref" -> refs.put(key, row.cell(2));
            case "nodate" -> {
                noDate.add(key);
                String openers = row.cellOr(2, null);
                if (openers != null) for (String o : openers.split(",")) noDateOpeners.computeIfAbsent(key, k -> new HashSet<>()).add(o.strip().toLowerCase(Locale.ROOT));
            }
            case "age" -> ageWords.add(key);
            case "ago" -> agoWords.add(key);
            case "guard-before" -> {
                String forms = row.cellOr(2, null);
                if (forms == null) guardBefore.add(key);
                else for (String f : forms.split(",")) guardBeforeForms.computeIfAbsent(key, k -> java.util.EnumSet.noneOf(Form.class)).add(form(row, f));
            }
            case "guard-after" -> (("date".equals(row.cellOr(2, null))) ? guardAfterBeforeDate : guardAfter).add(key);
            default -> throw new IllegalArgumentException(row.where() + ": unknown kind " + row.cell(0));
        }
    }

    private static Form form(TsvLoader.Row row, String name) {
        try {
            return Form.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.where() + ": unknown form " + name + "; known: " + java.util.Arrays.toString(Form.values()), e);
        }
    }

    private static int number(TsvLoader.Row row, int i) {
        try {
            return Integer.parseInt(row.cell(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(row.where() + ": not a number: " + row.cell(i), e);
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("([12]?\\d|3[01])(?:st|nd|rd|th)?");
    private static final Pattern COUNT = Pattern.compile("[1-9]\\d{0,2}");

    /**
     * The expressions in {@code words} (tokens as the tokenizer gave them), anchored on {@code published}.
     * {@code tags} (Penn part-of-speech tags, same length) may be null. Empty without a publication date.
     */
    public List<Found> find(List<String> words, List<String> tags, LocalDate published) {
        List<Found> out = new ArrayList<>();
        if (published == null) return out;
        List<String> w = new ArrayList<>(words.size());
        for (String s : words) w.add(s.toLowerCase(Locale.ROOT));
        int i = 0;
        while (i < w.size()) {
            Found f = at(words, w, tags, i, published);
            if (f == null) {
                i++;
                continue;
            }
            // a guarded expression is left whole to SUTime: no part of it is read ("over [the past two years]")
            if (f.form() == Form.NO_DATE || !guarded(w, f)) out.add(f); // a no-date reading checked its own neighbours
            i = f.to();
        }
        return out;
    }

    /**
     * True when every cue word of the window (as {@code isCue} tells them) lies inside an expression found:
     * the window then needs no SUTime.
     */
    public static boolean covers(List<Found> found, int size, java.util.function.IntPredicate isCue) {
        boolean[] in = new boolean[size];
        for (Found f : found) for (int k = f.from(); k < f.to(); k++) in[k] = true;
        for (int k = 0; k < size; k++) if (isCue.test(k) && !in[k]) return false;
        return true;
    }

    /**
     * A cue word the tagger reads as a verb or modal ("may", "march", "fall", "am") names no date: the normaliser drops
     * them when SUTime tags them, so a window they alone keep open needs no SUTime. Capitalised words are left to
     * SUTime ("in March" mis-tagged as a verb is still a month).
     */
    public static boolean readsAsVerb(String word, String tag) {
        return tag != null && (tag.startsWith("VB") || tag.equals("MD")) && !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    /** A word next to the expression that could make SUTime read it otherwise. */
    private boolean guarded(List<String> w, Found f) {
        if (f.from() > 0) {
            String before = w.get(f.from() - 1);
            if (guardBefore.contains(before)) return true;
            Set<Form> only = guardBeforeForms.get(before);
            if (only != null && only.contains(f.form())) return true;
        }
        int after = f.to();
        if (after < w.size() && w.get(after).equals("'s")) after++;
        if (after < w.size()) {
            String a = w.get(after);
            if (guardAfter.contains(a)) return true;
            if (guardAfterBeforeDate.contains(a) && after + 1 < w.size() && isDateWord(w.get(after + 1))) return true;
        }
        return false;
    }

    private boolean isDateWord(String lower) {
        String s = stripDot(lower);
        return Character.isDigit(lower.isEmpty() ? 'x' : lower.charAt(0)) || months.containsKey(s) || weekdays.containsKey(s)
                || deictic.containsKey(s) || relative.containsKey(s) || numbers.containsKey(s) && !s.equals("a") && !s.equals("an")
                || periods.containsKey(s) || units.containsKey(s) || parts.containsKey(s);
    }

    private static String stripDot(String lower) {
        return lower.length() > 2 && lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private Found at(List<String> orig, List<String> w, List<String> tags, int i, LocalDate d) {
        String x = w.get(i);
        String bare = stripDot(x);
        // weekdays: [last|this|next] Friday [night]; a weekday inside a name ("Good Friday", "Black Monday") is not one
        // "Earlier Friday", "later today": SUTime keeps the shift word in the span, with the day's value
        int si = shifts.contains(x) && i + 1 < w.size() && (weekdays.containsKey(w.get(i + 1)) || deictic.containsKey(w.get(i + 1))) ? i + 1 : i;
        Integer rel = relative.get(w.get(si));
        int wi = rel != null && si + 1 < w.size() && weekdays.containsKey(w.get(si + 1)) ? si + 1 : si;
        Integer dow = weekdays.get(w.get(wi));
        if (dow != null && Character.isUpperCase(orig.get(wi).charAt(0))) {
            if (wi == i && i > 0 && Character.isUpperCase(orig.get(i - 1).charAt(0)) && !isSentenceStartWord(w, i - 1)) return null;
            // "Friday, Nov. 16": SUTime reads the weekday and the date as one
            if (wi + 2 < w.size() && w.get(wi + 1).equals(",") && months.containsKey(stripDot(w.get(wi + 2)))) return null;
            LocalDate day = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow - 1L);
            String part = wi + 1 < w.size() ? parts.get(w.get(wi + 1)) : null;
            int end = part != null ? wi + 2 : wi + 1;
            return new Found(i, end, Form.WEEKDAY, part != null ? Type.TIME : Type.DATE, Calendar.ymd(day) + (part == null ? "" : part));
        }
        // last/this/next week|month|year, "earlier this year"
        int ri = shifts.contains(x) && i + 1 < w.size() && relative.containsKey(w.get(i + 1)) ? i + 1 : i;
        Integer r = relative.get(w.get(ri));
        if (r != null && ri + 1 < w.size() && periods.containsKey(w.get(ri + 1))) {
            String value = switch (periods.get(w.get(ri + 1))) {
                case "W" -> Calendar.week(d.plusWeeks(r));
                case "M" -> { LocalDate m = d.plusMonths(r); yield Calendar.ym(m.getYear(), m.getMonthValue()); }
                default -> String.valueOf(d.getYear() + r);
            };
            return new Found(i, ri + 2, Form.RELATIVE_PERIOD, Type.DATE, value);
        }
        // today, yesterday [morning], tonight
        Integer shift = deictic.get(w.get(si));
        if (shift != null) {
            String part = si + 1 < w.size() ? parts.get(w.get(si + 1)) : null;
            if (part == null) part = deicticPart.get(w.get(si));
            int end = si + 1 < w.size() && parts.containsKey(w.get(si + 1)) ? si + 2 : si + 1;
            return new Found(i, end, Form.DEICTIC_DAY, part != null ? Type.TIME : Type.DATE, Calendar.ymd(d.plusDays(shift)) + (part == null ? "" : part));
        }
        // [last|this|next] January: the normaliser picks the year from the relative word
        if (rel != null && si == i && i + 1 < w.size() && months.containsKey(stripDot(w.get(i + 1)))
                && Character.isUpperCase(orig.get(i + 1).charAt(0)) && (i + 2 >= w.size() || !DAY.matcher(w.get(i + 2)).matches() && !YEAR.matcher(w.get(i + 2)).matches())) {
            return new Found(i, i + 2, Form.MONTH, Type.DATE, Calendar.ym(d.getYear(), months.get(stripDot(w.get(i + 1)))));
        }
        // Nov. 16 [, 1998] | July 1997 | January
        Integer month = months.get(bare);
        if (month != null && Character.isUpperCase(orig.get(i).charAt(0)) && (x.endsWith(".") || bare.length() > 3 || bare.equals("may"))) {
            if (i + 1 < w.size() && DAY.matcher(w.get(i + 1)).matches()) {
                int day = Integer.parseInt(w.get(i + 1).replaceAll("\\D", ""));
                if (i + 3 < w.size() && w.get(i + 2).equals(",") && YEAR.matcher(w.get(i + 3)).matches()) {
                    LocalDate full = Calendar.date(Integer.parseInt(w.get(i + 3)), month, day);
                    return full == null ? null : new Found(i, i + 4, Form.MONTH_DAY, Type.DATE, Calendar.ymd(full));
                }
                LocalDate same = Calendar.date(d.getYear(), month, day);
                return same == null ? null : new Found(i, i + 2, Form.MONTH_DAY, Type.DATE, Calendar.ymd(same));
            }
            if (i + 1 < w.size() && YEAR.matcher(w.get(i + 1)).matches()) {
                return new Found(i, i + 2, Form.MONTH, Type.DATE, Calendar.ym(Integer.parseInt(w.get(i + 1)), month));
            }
            if (verbMonths.contains(bare) || x.endsWith(".")) return null; // "may", "march" the verbs; "Jan." alone
            if (i + 1 < w.size() && w.get(i + 1).equals(",")) return null;       // "November, 1998"
            return new Found(i, i + 1, Form.MONTH, Type.DATE, Calendar.ym(d.getYear(), month));
        }
        // [the] third quarter, third-quarter (split at the hyphen by the tokenizer)
        int q0 = x.equals("the") ? i + 1 : i;
        Integer ord = q0 < w.size() ? ordinals.get(w.get(q0)) : null;
        if (ord != null) {
            int qi = q0 + 1 < w.size() && w.get(q0 + 1).equals("-") ? q0 + 2 : q0 + 1;
            if (qi < w.size() && quarterWords.contains(w.get(qi))) return new Found(i, qi + 1, Form.QUARTER, Type.DATE, d.getYear() + "-Q" + ord);
        }
        // "six-year-old", "a 44 - year - old" (the tokenizer splits at hyphens): an age, which the normaliser drops
        if ((numbers.containsKey(x) || COUNT.matcher(x).matches()) && i + 4 < w.size() && w.get(i + 1).equals("-") && units.containsKey(w.get(i + 2))
                && w.get(i + 3).equals("-") && ageWords.contains(w.get(i + 4))) {
            return new Found(i, i + 5, Form.NO_DATE, Type.NONE, null);
        }
        // "a 30-year bond", "the two-week crisis" (split at the hyphen by the tokenizer): SUTime reads the compound as the
        // duration it counts; an age ("six-year-old", above) and a range ("two- to three-year") are not this
        if ((numbers.containsKey(x) && !x.equals("a") && !x.equals("an") || COUNT.matcher(x).matches()) && i + 2 < w.size()
                && w.get(i + 1).equals("-") && units.containsKey(w.get(i + 2)) && !w.get(i + 2).endsWith("s")
                && (i + 3 >= w.size() || !w.get(i + 3).equals("-") && !w.get(i + 3).equals("to"))) {
            int count = numbers.containsKey(x) ? numbers.get(x) : Integer.parseInt(x);
            Unit unit = units.get(w.get(i + 2));
            return new Found(i, i + 3, Form.DURATION, Type.DURATION, (unit.clock() ? "PT" : "P") + count + unit.letter());
        }
        // "at the same time", "for the first time", "once", "future losses": no date word within two words either side
        // and no word before it that makes it part of a longer expression ("the future"); otherwise the word is read
        // by the rules below or left to SUTime ("the past three years")
        if (noDate.contains(x) && noDateAlone(w, i)) return new Found(i, i + 1, Form.NO_DATE, Type.NONE, null);
        // now, currently, recently: SUTime's fixed references
        String ref = refs.get(x);
        if (ref != null) return new Found(i, i + 1, Form.REFERENCE, Type.DATE, ref);
        // 1998 (a cardinal number when tags are given)
        if (YEAR.matcher(x).matches() && (tags == null || "CD".equals(tags.get(i)))) {
            return new Found(i, i + 1, Form.YEAR, Type.DATE, x);
        }
        // [the] [past|last|next|first] three years [ago]
        int n0 = i;
        if (x.equals("the")) n0 = i + 1 < w.size() && spans.contains(w.get(i + 1)) ? i + 2 : i + 1;
        else if (spans.contains(x)) n0 = i + 1;
        if (n0 + 1 < w.size()) {
            Integer count = numbers.get(w.get(n0));
            if (count == null && COUNT.matcher(w.get(n0)).matches()) count = Integer.parseInt(w.get(n0));
            Unit unit = count == null ? null : units.get(w.get(n0 + 1));
            if (unit != null) {
                boolean plural = w.get(n0 + 1).endsWith("s");
                if (plural != (count != 1)) return null; // "a days", "two year": not a plain count
                boolean ago = n0 == i && n0 + 2 < w.size() && agoWords.contains(w.get(n0 + 2));
                if (ago) {
                    if (unit.clock()) return null;
                    LocalDate then = switch (unit.letter()) {
                        case "Y" -> d.minusYears(count);
                        case "M" -> d.minusMonths(count);
                        case "W" -> d.minusWeeks(count);
                        default -> d.minusDays(count);
                    };
                    return new Found(i, n0 + 3, Form.AGO, Type.DATE, Calendar.ymd(then));
                }
                return new Found(i, n0 + 2, Form.DURATION, Type.DURATION, (unit.clock() ? "PT" : "P") + count + unit.letter());
            }
        }
        return null;
    }

    private boolean noDateAlone(List<String> w, int i) {
        Set<String> openers = noDateOpeners.get(w.get(i));
        if (openers != null && (i > 0 && openers.contains(w.get(i - 1)) || i + 1 < w.size() && openers.contains(w.get(i + 1)))) return false;
        for (int k = Math.max(0, i - 2); k <= Math.min(w.size() - 1, i + 2); k++) {
            if (k != i && isDateWord(w.get(k)) && !numbers.containsKey(w.get(k))) return false;
        }
        return true;
    }

    private static final Pattern TOKEN = Pattern.compile("'s|[,;]|[^\\s,;]+?(?='s|[,;]|\\s|$)");

    /**
     * The form of an expression written on its own ("Nov. 16, 1998" = MONTH_DAY, "early 1998" = OTHER): the form the
     * recogniser reads it as when it covers every word, else OTHER. For breaking evaluation figures down by form.
     */
    public Form formOf(String text) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = TOKEN.matcher(text.strip());
        while (m.find()) words.add(m.group());
        if (words.isEmpty()) return Form.OTHER;
        List<Found> found = find(words, null, FORM_ANCHOR);
        return found.size() == 1 && found.get(0).from() == 0 && found.get(0).to() == words.size() ? found.get(0).form() : Form.OTHER;
    }

    private static final LocalDate FORM_ANCHOR = LocalDate.of(2000, 1, 1);

    /** The first word of a sentence is capitalised anyway ("On Friday" is not a name). */
    private static boolean isSentenceStartWord(List<String> w, int k) {
        return k == 0 || w.get(k - 1).matches("[.!?\"'`]+|``|''|--");
    }
}
