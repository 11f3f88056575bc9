package org.parley.time.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.knowledge.TsvLoader;

/** The time lexicon ({@code org/parley/time/lexicon.tsv}): see the file's header for its format. */
public final class Lexicon {
    /** An expression SUTime misses, found by regex, with a fixed value or a rule name (starting with '@'). */
    public record Extra(Pattern pattern, String value) {}

    private final Set<String> drop = new HashSet<>();
    private final Map<String, String> refs = new HashMap<>();
    private final List<Extra> extras = new ArrayList<>();
    private final Set<String> future = new HashSet<>();
    private final Map<String, String> holidays = new HashMap<>();
    private final Set<String> connectives = new HashSet<>();
    private final Set<String> rates = new HashSet<>();
    private final Set<String> periodicals = new HashSet<>();
    private final Set<String> clauseOpeners = new HashSet<>();
    private final Set<String> generic = new HashSet<>();
    private final List<String> forward = new ArrayList<>();
    private final List<Pattern> backshift = new ArrayList<>();

    public static Lexicon load() {
        Lexicon lex = new Lexicon();
        for (TsvLoader.Row row : TsvLoader.resource("/org/parley/time/lexicon.tsv")) lex.add(row);
        return lex;
    }

    /** Adds one row of the file (kind, key, value). */
    private void add(TsvLoader.Row row) {
        String key = row.cell(1);
        String value = row.cellOr(2, null);
        switch (row.cell(0)) {
            case "drop" -> drop.add(key.toLowerCase(Locale.ROOT));
            case "ref" -> { if (value != null) refs.put(key.toLowerCase(Locale.ROOT), value); }
            case "extra" -> {
                if (value != null) {
                    try {
                        extras.add(new Extra(Pattern.compile(key, Pattern.CASE_INSENSITIVE), value));
                    } catch (java.util.regex.PatternSyntaxException e) {
                        throw new IllegalArgumentException(row.where() + ": bad regular expression: " + e.getDescription(), e);
                    }
                }
            }
            case "future" -> future.add(key.toLowerCase(Locale.ROOT));
            case "connective" -> connectives.add(key.toLowerCase(Locale.ROOT));
            case "rate" -> rates.add(key.toLowerCase(Locale.ROOT));
            case "periodical" -> periodicals.add(key.toLowerCase(Locale.ROOT));
            case "clause" -> clauseOpeners.add(key.toLowerCase(Locale.ROOT));
            case "forward" -> forward.add(key.toLowerCase(Locale.ROOT));
            case "generic" -> generic.add(key.toLowerCase(Locale.ROOT));
            case "backshift" -> backshift.add(Pattern.compile("\\b" + Pattern.quote(key.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q") + "\\b"));
            case "holiday" -> { if (value != null) holidays.put(key.toLowerCase(Locale.ROOT), value); }
            default -> { }
        }
    }

    public boolean isDropped(String lowerText) { return drop.contains(lowerText); }
    public String ref(String lowerText) { return refs.get(lowerText); }
    public List<Extra> extras() { return extras; }
    public boolean isFutureCue(String lowerWord) { return future.contains(lowerWord); }
    public Map<String, String> holidays() { return holidays; }
    /** A word that, first in its sentence, is a discourse connective rather than a time ("Now, ..."). */
    public boolean isConnective(String lowerText) { return connectives.contains(lowerText); }
    /** "a year", "per week": the denominator of a rate when it follows a quantity. */
    public boolean isRate(String lowerText) { return rates.contains(lowerText); }
    /** "daily", "weekly": a newspaper when a proper name follows. */
    public boolean isPeriodical(String lowerText) { return periodicals.contains(lowerText); }
    /** Whether {@code lowerBefore} (the text before a date, lower case) ends in a preposition of anticipation ("ahead of"). */
    public boolean endsInForward(String lowerBefore) {
        String b = lowerBefore.replaceAll("\\s+", " ").stripTrailing();
        for (String f : forward) {
            if (b.endsWith(f) && (b.length() == f.length() || !Character.isLetter(b.charAt(b.length() - f.length() - 1)))) return true;
        }
        return false;
    }

    /** A noun after which "today's" is the generic present ("today's world"), not the day of publication. */
    public boolean isGenericNoun(String lowerWord) { return generic.contains(lowerWord); }

    /** Whether {@code lowerText} holds a tense form told from a past moment ("would", "had", "was due to"). */
    public boolean hasBackshift(String lowerText) {
        for (Pattern p : backshift) if (p.matcher(lowerText).find()) return true;
        return false;
    }

    /** A subordinator that opens a clause of its own for the tense guess ("if", "because"). */
    public boolean opensClause(String lowerWord) { return clauseOpeners.contains(lowerWord); }
}
