package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.time.internal.Lexicon;
import org.parley.time.internal.Resolver;
import org.parley.time.internal.Tense;

/**
 * Stage 4 (time): turns the annotator's raw temporal expressions into TIMEX3 values relative to the
 * article's publication date, with news-specific fixes around SUTime:
 * <ul>
 *   <li>only expressions inside the article body are kept;</li>
 *   <li>false positives are dropped: "may" the modal, "march" the verb, ages ("six-year-old"),
 *       adverbs news does not mean as dates ("once", "previously"), expressions without a value;</li>
 *   <li>bare weekdays, months, month-days, seasons, quarters and holidays are re-anchored on the
 *       publication date in the direction the sentence's tense points ("on Monday" in a past-tense
 *       story is the Monday before publication, "will meet Monday" the one after);</li>
 *   <li>halves ("the second half of 2013" = 2013-H2), decades ("the late 1970s" = 197, END),
 *       fiscal years, PAST_REF/PRESENT_REF/FUTURE_REF words, and the earnings-report idiom
 *       ("the quarter", "a year earlier" = the same quarter a year before);</li>
 *   <li>expressions SUTime misses, found with the patterns of {@code org/parley/time/lexicon.tsv}.</li>
 * </ul>
 * Without a publication date, absolute values are kept and relative ones stay in SUTime's X-form.
 */
public final class TimeNormalizer {
    private final Lexicon lexicon;
    private final Resolver resolver;

    public TimeNormalizer() { this(Lexicon.load()); }

    public TimeNormalizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.resolver = new Resolver(lexicon);
    }

    /** A candidate expression: from SUTime, or from a lexicon pattern ({@code rule} then set). */
    private record Candidate(int sentence, int start, int end, String text, String type, String value, String rule) {}

    public List<Timex> normalize(AnnotatedArticle doc) {
        Article article = doc.article();
        String text = article.text() == null ? "" : article.text();
        LocalDate dct = article.published();
        List<Candidate> candidates = new ArrayList<>();
        for (RawTimex r : doc.timexes()) {
            if (r.start() < 0 || r.end() > text.length() || r.start() >= r.end()) continue; // bad offsets: skip, never throw
            candidates.add(new Candidate(r.sentence(), r.start(), r.end(), r.text(), r.type(), r.value(), null));
        }
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end()));
        candidates = mergeSplitPieces(text, candidates);
        candidates = splitRanges(candidates);
        addLexiconMatches(doc, text, candidates);
        candidates = splitAnchoredSpans(candidates, dct);
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.end()));

        Resolver.DocState state = new Resolver.DocState();
        List<Timex> out = new ArrayList<>();
        int lastEnd = -1;
        Report report = null;
        for (Candidate c : candidates) {
            if (c.start() < lastEnd) continue; // overlaps a kept expression
            if (!inBody(article, c.start(), c.end())) continue;
            Sentence sentence = sentenceOf(doc, c);
            if (isVerbOrModal(sentence, c) || isFraction(text, c) || hasLowerCaseMonthVerb(c) || isConnective(sentence, c) || isQuotedTitle(text, c)
                    || isPeriodical(sentence, c) || isGenericToday(text, sentence, c)) continue;
            Tense tense = Tense.around(sentence, c.start(), c.end(), lexicon);
            if (isDeadline(text, c) || lexicon.endsInForward(text.substring(Math.max(0, c.start() - 24), c.start()).toLowerCase(Locale.ROOT))) {
                tense = Tense.FUTURE; // "until 9 a.m. Tuesday", "ahead of Monday's vote"
            } else if (SINCE_BEFORE.matcher(text.substring(Math.max(0, c.start() - 7), c.start())).find()) tense = Tense.PAST;
            else if (isAttributive(text, sentence, c)) tense = Tense.PAST;
            String sentenceText = sentence == null ? "" : sentence.text(text);
            int sentenceIndex = sentence == null ? c.sentence() : sentence.index();
            Resolver.Result r;
            if (c.rule() != null && !c.rule().startsWith("@")) {
                r = new Resolver.Result(c.rule().matches("PT?[\\dX].*") ? "DURATION" : "DATE", c.rule(), null); // PXY, not PAST_REF
            } else if (isPeriodEnded(text, c)) {
                r = new Resolver.Result("DURATION", "P1Y", null);
            } else {
                LocalDate anchor = reportAnchor(report, text, c, sentenceIndex, dct, tense);
                r = resolver.resolve(c.text(), c.type(), c.value(), c.rule(), anchor, tense, state, sentenceIndex, sentenceText);
            }
            if (r == null) continue;
            Report dated = reportOf(sentence, c, sentenceIndex, r.value());
            if (dated != null) report = dated;
            if (isRate(sentence, c) && r.value() != null && r.value().startsWith("P")) r = new Resolver.Result("SET", r.value(), r.mod());
            out.add(new Timex(article.id(), c.start(), c.end(), c.text(), r.type(), r.value(), r.mod()));
            lastEnd = c.end();
        }
        return out;
    }

    /** A report dated in its sentence ("said Monday"): the sentence, the day, and where the date ends. */
    private record Report(int sentence, LocalDate day, int end) {}

    private static final java.util.regex.Pattern BARE_WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\\s+(?:morning|afternoon|evening|night))?");
    private static final java.util.regex.Pattern DAY_VALUE = java.util.regex.Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d)(?:T.*)?$");

    /**
     * A date right after a reporting verb ("said Monday", "announced on Tuesday") dates the report; null otherwise.
     */
    private static Report reportOf(Sentence sentence, Candidate c, int sentenceIndex, String value) {
        if (sentence == null || value == null) return null;
        Matcher d = DAY_VALUE.matcher(value);
        if (!d.matches()) return null;
        int i = sentence.tokenAt(c.start());
        if (i <= 0) return null;
        List<Token> toks = sentence.tokens();
        int v = toks.get(i - 1).word().equalsIgnoreCase("on") ? i - 2 : i - 1;
        if (v < 0 || !Tense.isReporting(toks.get(v).word().toLowerCase(Locale.ROOT))) return null;
        return new Report(sentenceIndex, LocalDate.parse(d.group(1)), c.end());
    }

    /**
     * The day a bare weekday is counted from. Reported speech shifts its tenses to the moment of the report ("will" to
     * "would", the past to "had"), and its deictic words are told from that moment too: in "the ministry said Monday
     * the talks would resume Tuesday", Tuesday is the one after that Monday, even when it lies before publication. So
     * a weekday after a backshifted form, in a sentence whose report is dated before publication, is counted from the
     * report's day; every other expression from the publication date.
     */
    private LocalDate reportAnchor(Report report, String text, Candidate c, int sentenceIndex, LocalDate dct, Tense tense) {
        if (report == null || dct == null || report.sentence() != sentenceIndex || !report.day().isBefore(dct)
                || report.end() > c.start() || (tense != Tense.FUTURE && tense != Tense.PAST)
                || !BARE_WEEKDAY.matcher(c.text()).matches()) return dct;
        return lexicon.hasBackshift(text.substring(report.end(), c.start()).toLowerCase(Locale.ROOT)) ? report.day() : dct;
    }

    /** "from Aug. 26 to Oct. 20", "Friday to December": two ends joined by a range word. */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "(?i)^((?:from|between)\\s+)?(.+?)(\\s+(?:to|through|until|till|and)\\s+|\\s*[-\u2013]\\s*)(.+)$");

    /**
     * A range the annotator read as one duration (SUTime's "from Aug. 26 to Oct. 20" = PT1320H): TimeML
     * marks its two ends as two dates, so each end becomes a candidate of its own, resolved by the rules.
     * Only calendar ends are split ("from 1985 to 1988", "Friday to December"); "two to three years" stays.
     */
    private static List<Candidate> splitRanges(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            Matcher j = JOINED.matcher(c.text());
            if (c.value() != null && c.value().contains(" INTERSECT P") && j.matches()) {
                // "a calendar year in December", "quarter, the second quarter": a unit noun joined to the date that
                // follows it; the date is the expression (TimeML), the unit noun is the head of the phrase
                int a = c.start() + j.start(2);
                out.add(new Candidate(c.sentence(), a, c.end(), j.group(2), "DATE", c.value().substring(0, c.value().indexOf(" INTERSECT")), "@RULES"));
                continue;
            }
            Matcher m = RANGE.matcher(c.text());
            if ("DURATION".equals(c.type()) && c.value() != null && c.value().matches("PT\\d+H") && m.matches()
                    && CALENDAR_END.matcher(m.group(2)).find() && CALENDAR_END.matcher(m.group(4)).find()) {
                int a = c.start() + m.start(2), b = c.start() + m.start(4);
                out.add(new Candidate(c.sentence(), a, a + m.group(2).length(), m.group(2), "DATE", null, "@RULES"));
                out.add(new Candidate(c.sentence(), b, c.end(), m.group(4), "DATE", null, "@RULES"));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** "the first nine months of 1997", "the past six weeks of the year": a counted span, "of", and the date it lies in. */
    private static final java.util.regex.Pattern ANCHORED_SPAN = java.util.regex.Pattern.compile(
            "(?i)^((?:the\\s+)?(?:first|last|past|final|next|initial|opening|closing)\\s+"
                    + "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\\s+(?:days|weeks|months|quarters))"
                    + "(\\s+of\\s+)((?:fiscal\\s+)?(?:1\\d|20)\\d\\d|(?:the|this|last|next)\\s+(?:fiscal\\s+)?year)$");

    /**
     * A counted span inside a dated unit ("the first nine months of 1997", "the first six months of the year") is, in
     * TimeML, two expressions: the span is a DURATION (P9M) whose anchor is the date, and the date is a TIMEX3 of its
     * own (TimeML 1.2.1 anchors such durations with anchorTimeID to the date; TIMEX3 tags do not nest). Calendar
     * units of a year stay whole, since they are dates themselves ("the third quarter of 1984" = 1984-Q3, "the
     * second half of 1998" = 1998-H2). The year named "the year" / "this year" is the publication year.
     */
    private static List<Candidate> splitAnchoredSpans(List<Candidate> in, LocalDate dct) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            Matcher m = ANCHORED_SPAN.matcher(c.text());
            String span = m.matches() ? org.parley.time.internal.Resolver.countedSpan(m.group(1)) : null;
            String year = span == null ? null : yearOf(m.group(3), dct);
            if (year == null) { out.add(c); continue; }
            int b = c.start() + m.start(3);
            out.add(new Candidate(c.sentence(), c.start(), c.start() + m.end(1), m.group(1), "DURATION", span, "@RULES"));
            out.add(new Candidate(c.sentence(), b, c.end(), m.group(3), "DATE", year, "@RULES"));
        }
        return out;
    }

    /** "1997", "fiscal 1997", "the year", "last year": the year as a TIMEX3 value; null when it needs a date that is missing. */
    private static String yearOf(String t, LocalDate dct) {
        Matcher digits = java.util.regex.Pattern.compile("((?:1\\d|20)\\d\\d)$").matcher(t);
        if (digits.find()) return digits.group(1);
        if (dct == null) return null;
        String lower = t.toLowerCase(Locale.ROOT);
        int y = dct.getYear();
        return String.valueOf(lower.startsWith("last") ? y - 1 : lower.startsWith("next") ? y + 1 : y);
    }

    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile(
            "(?i)^(?:the\\s+)?(?:year|quarter|month|week|day)s?(\\s+in\\s+|\\s*,\\s*)(.+)$");

    private static final java.util.regex.Pattern CALENDAR_END = java.util.regex.Pattern.compile(
            "(?i)\\b(?:" + org.parley.time.internal.Calendar.MONTH_RE + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:1\\d|20)\\d\\d)\\b");

    private static final java.util.regex.Pattern ENDED_AFTER = java.util.regex.Pattern.compile("(?i)^\\s+(?:ended|ending)\\b");

    /** "for the year ended March 31": the twelve months that closed on that date, a duration (TimeML). */
    private static boolean isPeriodEnded(String text, Candidate c) {
        if (!c.text().matches("(?i)(?:the\\s+)?(?:fiscal\\s+)?year")) return false;
        return ENDED_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 10))).find();
    }

    private static final java.util.regex.Pattern CAPITAL_UNIT = java.util.regex.Pattern.compile(
            "\\b(?:Minutes?|Hours?|Days?|Nights?|Weeks?|Months?|Years?|Decades?|Century|Centuries)\\b");

    /**
     * CBS's "60 Minutes", ABC's "This Week": a programme or book title that opens with a time phrase,
     * told by the quotation mark before it and its capitalised unit word.
     */
    private static boolean isQuotedTitle(String text, Candidate c) {
        if (!CAPITAL_UNIT.matcher(c.text()).find()) return false;
        int i = c.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && "\"'\u201c\u2018`".indexOf(text.charAt(i)) >= 0;
    }

    /** "Now, he says, ...": a connective word first in its sentence is discourse, not a time. */
    private boolean isConnective(Sentence sentence, Candidate c) {
        if (sentence == null || !lexicon.isConnective(c.text().toLowerCase(Locale.ROOT))) return false;
        for (Token t : sentence.tokens()) {
            if (t.end() <= c.start() && !t.word().matches("[\"'`\u201c\u2018(\\[-]+")) return false;
            if (t.start() >= c.start()) return true;
        }
        return false;
    }

    /**
     * "$500 million a year", "four flights a week", "358,000 a month": after a number, a price or a counted
     * plural, "a"/"per" + unit is the denominator of a rate: a TIMEX3 SET (P1Y = every year), not a period of
     * the story. (Dropping them instead was measured: TimeBank marks some rates and not others.)
     */
    private boolean isRate(Sentence sentence, Candidate c) {
        if (sentence == null || !lexicon.isRate(c.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) return false;
        int i = sentence.tokenAt(c.start());
        if (i <= 0) return false;
        String pos = sentence.tokens().get(i - 1).pos();
        return pos.equals("CD") || pos.equals("NNS") || pos.equals("$");
    }

    /** "the Communist Party daily Granma": a frequency word right before a proper name is a newspaper. */
    private boolean isPeriodical(Sentence sentence, Candidate c) {
        if (sentence == null || !lexicon.isPeriodical(c.text().toLowerCase(Locale.ROOT))) return false;
        int i = sentence.tokenAt(c.start());
        if (i < 0 || i + 1 >= sentence.tokens().size()) return false;
        return sentence.tokens().get(i + 1).pos().startsWith("NNP");
    }

    /**
     * "in today's world", "for today's youth": "today's" before a noun of the lexicon's class {@code generic} (populations,
     * eras, the state of things) means "of our time", not the day of publication; adjectives between are skipped
     * ("today's modern world").
     */
    private boolean isGenericToday(String text, Sentence sentence, Candidate c) {
        if (sentence == null || !c.text().toLowerCase(Locale.ROOT).matches("today(?:['\u2019]s)?")) return false;
        int after = c.end();
        if (!c.text().toLowerCase(Locale.ROOT).endsWith("s")) {
            if (!POSSESSIVE_AFTER.matcher(text.substring(after, Math.min(text.length(), after + 3))).find()) return false;
            after += 2;
        }
        for (Token t : sentence.tokens()) {
            if (t.start() < after || t.word().matches("['\u2019]s")) continue;
            if (t.pos().startsWith("JJ")) continue;
            return lexicon.isGenericNoun(t.word().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static final java.util.regex.Pattern PART_OF_DAY = java.util.regex.Pattern.compile(
            "(?i)(morning|afternoon|evening|night|overnight)");

    /**
     * Joins pieces of one expression that the annotator returned apart ("Wednesday" + "night",
     * "9 a.m. EST" + "Tuesday"): adjacent, separated by blanks only, and either carrying the same
     * date or the second being a part of the day.
     */
    private static List<Candidate> mergeSplitPieces(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.end() <= c.start() && text.substring(prev.end(), c.start()).isBlank()
                    && c.start() - prev.end() <= 2 && samePiece(prev, c)) {
                String value = prev.value() == null ? c.value() : c.value() == null ? prev.value()
                        : c.value().length() > prev.value().length() ? c.value() : prev.value();
                String type = "TIME".equals(prev.type()) || "TIME".equals(c.type()) ? "TIME" : prev.type();
                out.set(out.size() - 1, new Candidate(prev.sentence(), prev.start(), c.end(),
                        text.substring(prev.start(), c.end()), type, value, null));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean samePiece(Candidate a, Candidate b) {
        if (PART_OF_DAY.matcher(b.text()).matches()) return true;
        String va = a.value(), vb = b.value();
        return va != null && vb != null && va.length() >= 10 && vb.length() >= 10 && va.substring(0, 10).equals(vb.substring(0, 10))
                && Character.isDigit(va.charAt(0));
    }

    /**
     * Adds lexicon pattern matches. A match that only extends SUTime's expression ("year-earlier
     * quarter" around "quarter") replaces it; one that cuts across an expression is ignored.
     */
    private void addLexiconMatches(AnnotatedArticle doc, String text, List<Candidate> candidates) {
        List<Lexicon.Extra> extras = new ArrayList<>(lexicon.extras());
        // Holiday names are found whole ("Election Day", not SUTime's "Day") and resolved by the rules.
        for (String name : lexicon.holidays().keySet()) {
            extras.add(new Lexicon.Extra(java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "\\b",
                    java.util.regex.Pattern.CASE_INSENSITIVE), "@RULES"));
        }
        // "Sunday" + " night" when the annotator left the part of the day out.
        extras.add(new Lexicon.Extra(java.util.regex.Pattern.compile(
                "\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+(?:morning|afternoon|evening|night)\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE), "@RULES"));
        for (Lexicon.Extra extra : extras) {
            Matcher m = extra.pattern().matcher(text);
            while (m.find()) {
                int s = m.start(), e = m.end();
                if (s == e) continue;
                boolean blocked = false;
                List<Candidate> inside = new ArrayList<>();
                for (Candidate c : candidates) {
                    if (c.end() <= s || c.start() >= e) continue;
                    if (c.start() >= s && c.end() <= e) inside.add(c);
                    else { blocked = true; break; }
                }
                if (blocked) continue;
                // A pattern match equal to SUTime's expression keeps SUTime's reading unless it is a rule.
                // (A reading the lexicon drops, like bare "years", gives way to the pattern: "for years".)
                if (inside.size() == 1 && inside.get(0).start() == s && inside.get(0).end() == e && !extra.value().startsWith("@")
                        && !lexicon.isDropped(inside.get(0).text().toLowerCase(Locale.ROOT))) continue;
                candidates.removeAll(inside);
                Sentence sent = doc.sentenceAt(s);
                String value = inside.size() == 1 ? inside.get(0).value() : null;
                String type = inside.size() == 1 ? inside.get(0).type() : "DATE";
                candidates.add(new Candidate(sent == null ? -1 : sent.index(), s, e, text.substring(s, e), type, value, extra.value()));
            }
        }
    }

    private static final java.util.regex.Pattern DEADLINE = java.util.regex.Pattern.compile("(?i)\\b(until|by|before|deadline\\s+(?:of|is))\\s+$");

    /** "since year-end", "since May": what "since" names lies before the time of writing. */
    private static final java.util.regex.Pattern SINCE_BEFORE = java.util.regex.Pattern.compile("(?i)\\bsince\\s+$");

    private static final java.util.regex.Pattern AS_SOON_AS = java.util.regex.Pattern.compile("(?i)\\bas\\s+(?:soon|early)\\s+as\\s+$");

    /**
     * "until 9 a.m. Tuesday", "by noon Friday": a clock-time deadline lies ahead whatever the verb's
     * tense; so does "as soon as / as early as Tuesday".
     */
    private static boolean isDeadline(String text, Candidate c) {
        String before = text.substring(Math.max(0, c.start() - 20), c.start());
        if (AS_SOON_AS.matcher(before).find()) return true;
        if (c.value() == null || !c.value().matches(".*T\\d\\d.*")) return false;
        return DEADLINE.matcher(before).find();
    }

    private static final java.util.regex.Pattern POSSESSIVE_AFTER = java.util.regex.Pattern.compile("^['\u2019]s\\b");
    private static final java.util.regex.Pattern WEEKDAY_ONLY = java.util.regex.Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day");

    private static final java.util.regex.Pattern THE_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(the|last|this)\\s+$");

    /**
     * "the April attack", "the Oct. 23 slaying": a date used as a modifier of a noun names an event
     * the story reports, so it lies before publication.
     */
    private static boolean isAttributive(String text, Sentence sentence, Candidate c) {
        if (sentence == null) return false;
        // "Wednesday's ruling" (the annotator leaving the "'s" out): the rules read a possessive weekday as past
        // when the "'s" is inside the expression; the same holds when it follows it
        if (POSSESSIVE_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 3))).find()
                && WEEKDAY_ONLY.matcher(c.text()).matches()) return true;
        if (!THE_BEFORE.matcher(text.substring(Math.max(0, c.start() - 6), c.start())).find()) return false;
        if (c.text().toLowerCase(Locale.ROOT).startsWith("the ")) return false;
        for (Token t : sentence.tokens()) {
            if (t.start() >= c.end()) return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && Character.isLowerCase(t.word().charAt(0));
        }
        return false;
    }

    private static boolean inBody(Article article, int start, int end) {
        if (article.body().isEmpty()) return true; // no body decided: everything counts
        for (Span s : article.body()) if (s.start() <= start && end <= s.end()) return true;
        return false;
    }

    private static Sentence sentenceOf(AnnotatedArticle doc, Candidate c) {
        List<Sentence> ss = doc.sentences();
        if (c.sentence() >= 0 && c.sentence() < ss.size()) {
            Sentence s = ss.get(c.sentence());
            if (s.start() <= c.start() && c.start() < Math.max(s.end(), s.start() + 1)) return s;
        }
        return doc.sentenceAt(c.start());
    }

    private static final java.util.regex.Pattern QUARTER_END = java.util.regex.Pattern.compile("(?i)\\bquarters?$");
    private static final java.util.regex.Pattern OF_NEXT = java.util.regex.Pattern.compile("^\\s+of\\b");

    /** "a quarter of the vote", "three-quarters of voters": fractions, not periods. */
    private static boolean isFraction(String text, Candidate c) {
        if (!QUARTER_END.matcher(c.text()).find() || c.text().matches("(?i).*\\b(first|second|third|fourth|last|next|this|the)[\\s-]+quarters?$")) return false;
        return OF_NEXT.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 5))).find();
    }

    /** "this march" (a protest), "it may": month names in lower case inside a longer expression. */
    private static boolean hasLowerCaseMonthVerb(Candidate c) {
        return c.text().matches(".*\\b(march|may)\\b.*") && c.rule() == null;
    }

    /** "may" the modal, "march" the verb, "fall" the verb: a one-word expression tagged as a verb. */
    private static boolean isVerbOrModal(Sentence sentence, Candidate c) {
        String lower = c.text().toLowerCase(Locale.ROOT);
        if (lower.contains(" ")) return false;
        if (sentence != null) {
            int i = sentence.tokenAt(c.start());
            if (i >= 0) {
                Token t = sentence.tokens().get(i);
                if (t.end() >= c.end() && (t.pos().equals("MD") || t.pos().startsWith("VB"))) return true;
            }
        }
        // Without tags: the lower-case homographs of month names are verbs in running text.
        return c.text().equals("may") || c.text().equals("march");
    }
}
