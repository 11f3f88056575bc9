package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Timex;

class TimeNormalizerTest {
    private final TimeNormalizer normalizer = new TimeNormalizer();

    private Timex only(Docs d) {
        List<Timex> out = normalizer.normalize(d.build());
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private List<Timex> all(Docs d) { return normalizer.normalize(d.build()); }

    // 2017-05-30 is a Tuesday.

    @Test void pastTenseWeekdayIsTheMostRecentOne() {
        Timex t = only(Docs.of("Rebels attacked the town on Monday, officials said.", "2017-05-30")
                .timex("Monday", "DATE", "2017-06-05"));
        assertThat(t.value()).isEqualTo("2017-05-29");
        assertThat(t.type()).isEqualTo("DATE");
    }

    @Test void futureTenseWeekdayLooksForward() {
        Timex t = only(Docs.of("The two ministers will meet on Friday in Geneva.", "2017-05-30")
                .timex("Friday", "DATE", "2017-05-26"));
        assertThat(t.value()).isEqualTo("2017-06-02");
    }

    @Test void nextAndLastWeekdayFollowTheWord() {
        List<Timex> out = all(Docs.of("He said last Sunday that talks resume next Monday.", "2017-05-30")
                .timex("last Sunday", "DATE", "2017-05-28").timex("next Monday", "DATE", "2017-06-05"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-05-28", "2017-06-05");
    }

    @Test void weekdayOnThePublicationDayIsThatDay() {
        Timex t = only(Docs.of("The ministry said Tuesday the border was closed.", "2017-05-30")
                .timex("Tuesday", "DATE", "2017-05-30"));
        assertThat(t.value()).isEqualTo("2017-05-30");
    }

    @Test void weekdayWithPartOfDayKeepsIt() {
        Timex t = only(Docs.of("Protesters were killed Saturday night in the capital.", "2017-05-30")
                .timex("Saturday night", "TIME", "2017-06-03TNI"));
        assertThat(t.value()).isEqualTo("2017-05-27TNI");
    }

    @Test void secondHalfOfAYear() {
        Timex t = only(Docs.of("Output fell in the second half of 2013.", "2017-05-30")
                .timex("the second half of 2013", "DATE", "2013"));
        assertThat(t.value()).isEqualTo("2013-H2");
    }

    @Test void secondHalfOfAYearNeedsNoPublicationDate() {
        Timex t = only(Docs.of("Satellites will be launched in the second half of 2013.", null)
                .timex("the second half of 2013", "DATE", "2013"));
        assertThat(t.value()).isEqualTo("2013-H2");
    }

    @Test void todayInAnUndatedArticleIsThePresentNotADuration() {
        Timex t = only(Docs.of("Europe today needs to guarantee its own security.", null).timex("today", "DURATION", "P1D"));
        assertThat(t.type()).isEqualTo("DATE");
        assertThat(t.value()).isEqualTo("PRESENT_REF");
    }

    @Test void lateMayIsTheMonthWithAMod() {
        Timex t = only(Docs.of("The strike began in late May, the union said.", "2017-06-20")
                .timex("late May", "DATE", "2017-05"));
        assertThat(t.value()).isEqualTo("2017-05");
        assertThat(t.mod()).isEqualTo("END");
    }

    @Test void bareMonthInPastTenseIsTheMostRecentOne() {
        Timex t = only(Docs.of("Since the April attack was reported, security rose.", "2017-02-10")
                .timex("April", "DATE", "2017-04"));
        assertThat(t.value()).isEqualTo("2016-04");
    }

    @Test void attributiveMonthIsTheMostRecentOne() {
        Timex t = only(Docs.of("Security after the April attack.", "2017-02-10").timex("April", "DATE", "2017-04"));
        assertThat(t.value()).isEqualTo("2016-04");
    }

    @Test void monthWithoutTenseIsTheNearestOne() {
        Timex t = only(Docs.of("Elections in February, officials said.", "2016-11-20").timex("February", "DATE", "2016-02"));
        assertThat(t.value()).isEqualTo("2017-02");
    }

    @Test void monthDayWithoutYearCrossesTheYearBoundaryBackwards() {
        Timex t = only(Docs.of("The ceasefire was signed on Dec. 30 in Astana.", "2017-01-03")
                .timex("Dec. 30", "DATE", "2017-12-30"));
        assertThat(t.value()).isEqualTo("2016-12-30");
    }

    @Test void monthDayYearOnlyWhenUnknown() {
        Timex t = only(Docs.of("The ceasefire was signed on Dec. 30 in Astana.", null)
                .timex("Dec. 30", "DATE", "XXXX-12-30"));
        assertThat(t.value()).isEqualTo("XXXX-12-30");
    }

    @Test void pastPresentAndFutureReferences() {
        List<Timex> out = all(Docs.of("Prices recently rose and now the bank expects growth in the future.", "2017-05-30")
                .timex("recently", "DATE", "PAST_REF").timex("now", "DATE", "PRESENT_REF").timex("the future", "DATE", "FUTURE_REF"));
        assertThat(out).extracting(Timex::value).containsExactly("PAST_REF", "PRESENT_REF", "FUTURE_REF");
    }

    @Test void lastYearAndThisWeekKeepSutimeValues() {
        List<Timex> out = all(Docs.of("Exports fell last year and rose this week.", "2017-05-30")
                .timex("last year", "DATE", "2016").timex("this week", "DATE", "2017-W22"));
        assertThat(out).extracting(Timex::value).containsExactly("2016", "2017-W22");
    }

    @Test void quartersAndTheYearEarlierQuarter() {
        List<Timex> out = all(Docs.of("Profit rose in the third quarter.\nNet income was $5 million a year earlier.", "2017-10-20")
                .timex("the third quarter", "DATE", "2017-Q3").timex("a year earlier", "DATE", "2016-10-20"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-Q3", "2016-Q3");
    }

    @Test void theQuarterIsTheOneUnderDiscussion() {
        List<Timex> out = all(Docs.of("Sales fell in the second quarter.\nThe company said the quarter was hard.", "2017-08-01")
                .timex("the second quarter", "DATE", "2017-Q2"));
        assertThat(out).extracting(Timex::text).containsExactly("the second quarter", "the quarter");
        assertThat(out.get(1).value()).isEqualTo("2017-Q2");
    }

    @Test void comparisonPeriodTakesTheQuarterUnderDiscussion() {
        List<Timex> out = all(Docs.of("Profit rose in the third quarter from the 2016 period.\nThe quarter was strong.", "2017-10-20")
                .timex("the third quarter", "DATE", "2017-Q3").timex("2016", "DATE", "2016"));
        assertThat(out).extracting(Timex::text).containsExactly("the third quarter", "the 2016 period", "The quarter");
        assertThat(out).extracting(Timex::value).containsExactly("2017-Q3", "2016-Q3", "2017-Q3");
    }

    @Test void quarterJustEndedInJanuaryIsLastYears() {
        Timex t = only(Docs.of("The bank will report fourth-quarter results.", "2018-01-15")
                .timex("fourth-quarter", "DATE", "2018-Q4"));
        assertThat(t.value()).isEqualTo("2017-Q4");
    }

    @Test void seasonsDecadesFiscalYears() {
        List<Timex> out = all(Docs.of("Troops left last fall. Unrest grew in the late 1970s. Spending rose in fiscal 2016.", "2017-05-30")
                .timex("last fall", "DATE", "2016-FA").timex("the late 1970s", "DATE", "197X").timex("fiscal 2016", "DATE", "2016"));
        assertThat(out).extracting(Timex::value).containsExactly("2016-FA", "197", "2016");
        assertThat(out.get(1).mod()).isEqualTo("END");
    }

    @Test void agoTakesTheGranularityOfItsUnit() {
        List<Timex> out = all(Docs.of("The war ended two years ago and the truce came three months ago.", "2017-05-30")
                .timex("two years ago", "DATE", "2015-05-30").timex("three months ago", "DATE", "2017-02-28"));
        assertThat(out).extracting(Timex::value).containsExactly("2015", "2017-02");
    }

    @Test void holidayInPastTenseIsTheLastOne() {
        Timex t = only(Docs.of("The rebels attacked on Christmas Day, police said.", "2017-03-01"));
        assertThat(t.text()).isEqualTo("Christmas Day");
        assertThat(t.value()).isEqualTo("2016-12-25");
    }

    @Test void dropsModalMayAgesAndValuelessAdverbs() {
        List<Timex> out = all(Docs.of("The talks may fail, said a 6-year-old who once lived here.", "2017-05-30")
                .timex("may", "DATE", "2017-05").timex("6-year-old", "DURATION", "P6Y").timex("once", "DATE", "PAST_REF"));
        assertThat(out).isEmpty();
    }

    @Test void dropsExpressionsOutsideTheBody() {
        String text = "Photo taken Monday.\nRebels attacked the town on Monday, officials said.";
        int bodyStart = text.indexOf('\n') + 1;
        List<Timex> out = all(Docs.of(text, "2017-05-30").body(bodyStart, text.length())
                .timex("Monday", "DATE", "2017-05-29").timexAfter(bodyStart, "Monday", "DATE", "2017-05-29"));
        assertThat(out).extracting(Timex::start).containsExactly(text.indexOf("Monday", bodyStart));
    }

    @Test void undatedArticleKeepsAbsoluteValuesAndXForms() {
        List<Timex> out = all(Docs.of("The accord was signed on May 5, 2015 and renewed on Monday.", null)
                .timex("May 5, 2015", "DATE", "2015-05-05").timex("Monday", "DATE", "XXXX-WXX-1"));
        assertThat(out).extracting(Timex::value).containsExactly("2015-05-05", "XXXX-WXX-1");
    }

    @Test void sutimeOperatorFormsAreCleaned() {
        Timex t = only(Docs.of("It happened on Nov. 3, the day before.", "1998-12-01")
                .timex("Nov. 3, the day before", "DATE", "THIS P1D INTERSECT XXXX-11-03"));
        assertThat(t.value()).isEqualTo("1998-11-03");
    }

    @Test void badOffsetsAreSkippedNotThrown() {
        var doc = Docs.of("Short text.", "2017-05-30").build();
        var broken = new org.parley.annotate.AnnotatedArticle(doc.article(), doc.sentences(), List.of(),
                List.of(new org.parley.annotate.RawTimex(0, 5, 500, "x", "DATE", "2017")));
        assertThat(normalizer.normalize(broken)).isEmpty();
    }

    // ---- issue 13, second round (2026-11-27): categories of the TBAQ development half ----

    @Test void aRangeReadAsOneDurationGivesItsTwoDates() {
        List<Timex> out = all(Docs.of("The offer runs from Aug. 26 to Oct. 20, the company said.", "2017-10-25")
                .timex("from Aug. 26 to Oct. 20", "DURATION", "PT1320H"));
        assertThat(out).extracting(Timex::text).containsExactly("Aug. 26", "Oct. 20");
        assertThat(out).extracting(Timex::value).containsExactly("2017-08-26", "2017-10-20");
    }

    @Test void aHyphenatedMidMonthIsFoundWithItsMod() {
        Timex t = only(Docs.of("Results are due in mid-November, the firm said.", "2017-10-25"));
        assertThat(t.value()).isEqualTo("2017-11");
        assertThat(t.mod()).isEqualTo("MID");
    }

    @Test void aHyphenatedMidYearIsTheYear() {
        Timex t = only(Docs.of("The plant closed in mid-2014.", "2017-10-25"));
        assertThat(t.value()).isEqualTo("2014");
    }

    @Test void sentenceInitialNowIsAConnective() {
        List<Timex> out = all(Docs.of("Now, the minister says, the talks must resume.\nThe army now controls the town.", "2017-10-25")
                .timex("Now", "DATE", "PRESENT_REF").timex("now", "DATE", "PRESENT_REF"));
        assertThat(out).extracting(Timex::text).containsExactly("now");
    }

    @Test void theFollowingYearCountsFromTheLastDateWritten() {
        List<Timex> out = all(Docs.of("He was promoted on May 22, 2009, and the following year he retired.", "2017-10-25")
                .timex("May 22, 2009", "DATE", "2009-05-22").timex("the following year", "DATE", "2018"));
        assertThat(out).extracting(Timex::value).containsExactly("2009-05-22", "2010");
    }

    @Test void laterThatYearIsFoundAndAnchoredOnTheStory() {
        List<Timex> out = all(Docs.of("She left in June 2011 and returned later that year.", "2017-10-25")
                .timex("June 2011", "DATE", "2011-06"));
        assertThat(out).extracting(Timex::value).containsExactly("2011-06", "2011");
    }

    @Test void theYearEndedADateIsADuration() {
        List<Timex> out = all(Docs.of("Revenue was $4 million for the year ended March 31.", "2017-10-25")
                .timex("the year", "DATE", "2017").timex("March 31", "DATE", "2017-03-31"));
        assertThat(out.get(0).value()).isEqualTo("P1Y");
        assertThat(out.get(0).type()).isEqualTo("DURATION");
    }

    @Test void yearEndAfterAPrepositionIsTheEndOfTheYear() {
        List<Timex> out = all(Docs.of("The sale should close by year-end.\nShares are down 5% since year-end.", "2017-10-25"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-12-31", "2016-12-31");
    }

    @Test void aProgrammeTitleInQuotesIsNoTime() {
        assertThat(all(Docs.of("He spoke on CBS's \"60 Minutes\" about the case.", "2017-10-25")
                .timex("60 Minutes", "DURATION", "PT60M"))).isEmpty();
    }

    @Test void aNumberAndAHalfOfAUnit() {
        Timex t = only(Docs.of("They lived in the camps for 2 1/2 years.", "2017-10-25"));
        assertThat(t.value()).isEqualTo("P2Y6M");
        assertThat(t.type()).isEqualTo("DURATION");
    }

    @Test void aUnitNounJoinedToADateLeavesTheDate() {
        Timex t = only(Docs.of("The firm moved to a calendar year in December.", "2017-10-25")
                .timex("year in December", "DATE", "2017-12 INTERSECT P1Y"));
        assertThat(t.text()).isEqualTo("December");
    }

    @Test void payableLooksForward() {
        Timex t = only(Docs.of("The dividend is payable Jan. 2 to holders of record.", "2017-10-25")
                .timex("Jan. 2", "DATE", "2017-01-02"));
        assertThat(t.value()).isEqualTo("2018-01-02");
    }

    @Test void theWeekendInAPastStoryIsTheOneJustGone() {
        // 2017-10-23 is a Monday: the weekend of 21-22 October is ISO week 42
        Timex t = only(Docs.of("Talks were held over the weekend, officials said.", "2017-10-23")
                .timex("the weekend", "DATE", "2017-W43-WE"));
        assertThat(t.value()).isEqualTo("2017-W42-WE");
    }

    @Test void theMorningIsOfTheDayTheStoryTells() {
        List<Timex> out = all(Docs.of("Shares fell on Friday.\nDealers sold in the morning after overnight losses.", "2017-10-23")
                .timex("Friday", "DATE", "2017-10-27").timex("the morning", "TIME", "2017-10-23TMO").timex("overnight", "TIME", "2017-10-23TNI"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-10-20", "2017-10-20TMO", "2017-10-19TNI");
    }

    @Test void aRateAfterAQuantityIsASet() {
        Timex t = only(Docs.of("The club charges 40 a year to members.", "2017-05-30").timex("a year", "DURATION", "P1Y"));
        assertThat(t.type()).isEqualTo("SET");
        assertThat(t.value()).isEqualTo("P1Y");
        Timex d = only(Docs.of("The talks lasted for a year and failed.", "2017-05-30").timex("a year", "DURATION", "P1Y"));
        assertThat(d.type()).isEqualTo("DURATION");
    }

    @Test void aFrequencyWordBeforeANameIsANewspaper() {
        assertThat(all(Docs.of("The party daily Gazeta printed the speech.", "2017-05-30").timex("daily", "SET", "P1D"))).isEmpty();
        assertThat(all(Docs.of("Protests have become a daily event.", "2017-05-30").timex("daily", "SET", "P1D"))).hasSize(1);
    }

    @Test void vagueSpansOfQuartersAndACoupleOfYears() {
        assertThat(only(Docs.of("Sales slowed over the past several quarters.", "2017-05-30")
                .timex("the past several quarters", "DATE", "2017-02-28")).value()).isEqualTo("PXQ");
        assertThat(only(Docs.of("Prices will rise over the next couple of years.", "2017-05-30")
                .timex("the next couple of years", "DURATION", "PXY")).value()).isEqualTo("P2Y");
    }

    @Test void aYearEarlierAfterTheNineMonthsIsTheYearBefore() {
        List<Timex> out = all(Docs.of("Profit rose in the third quarter.\nFor the nine months, net was $9 million, up from $7 million a year earlier.", "2017-10-20")
                .timex("the third quarter", "DATE", "2017-Q3").timex("the nine months", "DURATION", "P9M")
                .timex("a year earlier", "DATE", "2016-10-20"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-Q3", "P9M", "2016");
    }

    @Test void thePreviousWeekdayIsTheOneBeforeTheDayTheStoryTells() {
        // 2017-05-30 is a Tuesday; the story tells of Friday 2017-05-26
        List<Timex> out = all(Docs.of("Shares fell on Friday.\nThe index was down 3% from the previous Friday.", "2017-05-30")
                .timex("Friday", "DATE", "2017-05-26").timex("the previous Friday", "DATE", "2017-05-26"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-05-26", "2017-05-19");
    }

    @Test void addedAmountsOfTimeAreDurations() {
        String text = "The loan may be extended for an additional year.\nThe boy will stay for two more weeks.";
        List<Timex> out = all(Docs.of(text, "2017-05-30").timex("year", "DURATION", "P1Y").timex("weeks", "DURATION", "PXW"));
        assertThat(out).extracting(Timex::text).containsExactly("an additional year", "two more weeks");
        assertThat(out).extracting(Timex::value).containsExactly("P1Y", "P2W");
    }

    @Test void bareYearsAfterForOrInAreAnUnknownNumberOfYears() {
        String text = "Sales grew for the first time in years.\nThe years were hard.";
        List<Timex> out = all(Docs.of(text, "2017-05-30").timex("years", "DURATION", "PXY").timexAfter(30, "years", "DURATION", "PXY"));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).value()).isEqualTo("PXY");
        assertThat(out.get(0).type()).isEqualTo("DURATION");
        // a fixed reference value from the lexicon stays a DATE
        List<Timex> ref = all(Docs.of("The recent sale lifted prices.", "2017-05-30"));
        assertThat(ref).extracting(Timex::type).containsExactly("DATE");
    }

    @Test void anOrdinalDayOfAnOngoingEventIsTheDayOfTheStory() {
        Timex t = only(Docs.of("Now it is the fifth day of the strike at the port.", "2017-05-30")
                .timex("the fifth day", "DATE", "2017-06-03"));
        assertThat(t.value()).isEqualTo("2017-05-30");
    }

    @Test void aPossessiveWeekdayNamesADayAlreadyPast() {
        Timex t = only(Docs.of("Lawyers said they would appeal Monday's decision by the court.", "2017-05-31")
                .timex("Monday", "DATE", "2017-06-05"));
        assertThat(t.value()).isEqualTo("2017-05-29");
    }

    @Test void aDateAfterAPrepositionOfAnticipationLiesAhead() {
        List<Timex> out = all(Docs.of("Investors sold shares ahead of Thursday's vote and in advance of the weekend.", "2017-05-30")
                .timex("Thursday", "DATE", "2017-05-25").timex("the weekend", "DATE", "2017-W21-WE"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-06-01", "2017-W22-WE");
    }

    @Test void todaysBeforeANounOfOurTimeIsNoDate() {
        assertThat(all(Docs.of("Jobs are scarce in today's world, he said.", "2017-05-30")
                .timex("today", "DATE", "2017-05-30"))).isEmpty();
        Timex t = only(Docs.of("He said today's meeting was cancelled.", "2017-05-30")
                .timex("today", "DATE", "2017-05-30"));
        assertThat(t.value()).isEqualTo("2017-05-30");
    }

    @Test void aUnitAndAHalfWrittenOut() {
        Timex t = only(Docs.of("The pilot called a minute and a half later.", "2017-05-30")
                .timex("a minute", "DURATION", "PT1M"));
        assertThat(t.text()).isEqualTo("a minute and a half");
        assertThat(t.value()).isEqualTo("PT1M30S");
        assertThat(only(Docs.of("The siege lasted two years and a half.", "2017-05-30")
                .timex("two years", "DURATION", "P2Y")).value()).isEqualTo("P2Y6M");
    }

    @Test void theRecentPastWithoutACountIsASpanOfUnknownLength() {
        // TimeML writes an unknown count as X (PXY); PAST_REF is for the words that name no unit ("recently")
        assertThat(only(Docs.of("Prices fell in recent years.", "2017-05-30")
                .timex("recent years", "DURATION", "PXY")).value()).isEqualTo("PXY");
        assertThat(only(Docs.of("Rates have fallen in the last few months.", "2017-05-30")
                .timex("the last few months", "DURATION", "PXM")).value()).isEqualTo("PXM");
        assertThat(only(Docs.of("Ticket sales have dropped in recent days.", "2017-05-30")
                .timex("recent days", "DATE", "PAST_REF")).value()).isEqualTo("PXD");
        assertThat(only(Docs.of("Rates will fall over the next few months.", "2017-05-30")
                .timex("the next few months", "DURATION", "PXM")).value()).isEqualTo("PXM");
        assertThat(only(Docs.of("The plant closed recently.", "2017-05-30")
                .timex("recently", "DATE", "PAST_REF")).value()).isEqualTo("PAST_REF");
    }

    @Test void aCountedSpanOfADatedYearIsTwoExpressions() {
        // TimeML: the span is a duration anchored on the date, and the date is tagged apart
        List<Timex> out = all(Docs.of("Output rose 4% in the first six months of 2016.", "2017-05-30")
                .timex("the first six months of 2016", "DURATION", "P6M"));
        assertThat(out).extracting(Timex::text).containsExactly("the first six months", "2016");
        assertThat(out).extracting(Timex::value).containsExactly("P6M", "2016");
        assertThat(out).extracting(Timex::type).containsExactly("DURATION", "DATE");
        out = all(Docs.of("Orders fell during the last three months of the year.", "2017-05-30")
                .timex("the last three months of the year", "DURATION", "P3M"));
        assertThat(out).extracting(Timex::value).containsExactly("P3M", "2017");
        // a calendar unit of a year is one date
        assertThat(only(Docs.of("Growth slowed in the second half of 2016.", "2017-05-30")
                .timex("the second half of 2016", "DATE", "2016-H2")).value()).isEqualTo("2016-H2");
    }

    // 2017-06-01 is a Thursday; the reports below are dated Monday 2017-05-29
    @Test void aWeekdayInReportedSpeechIsCountedFromTheReport() {
        List<Timex> out = all(Docs.of("The ministry said Monday that the talks would resume Tuesday.", "2017-06-01")
                .timex("Monday", "DATE", "2017-05-29").timex("Tuesday", "DATE", "2017-05-30"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-05-29", "2017-05-30");
        out = all(Docs.of("Police said Monday that the suspect had fled Wednesday.", "2017-06-01")
                .timex("Monday", "DATE", "2017-05-29").timex("Wednesday", "DATE", "2017-05-31"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-05-29", "2017-05-24");
    }

    @Test void theWritersOwnFutureIsCountedFromPublication() {
        // "will" is not shifted: the writer's own future, after the day of publication
        List<Timex> out = all(Docs.of("The ministry said Monday that the talks will resume Tuesday.", "2017-06-01")
                .timex("Monday", "DATE", "2017-05-29").timex("Tuesday", "DATE", "2017-05-30"));
        assertThat(out).extracting(Timex::value).containsExactly("2017-05-29", "2017-06-06");
        // an undated report leaves "would" to the publication date
        assertThat(only(Docs.of("The ministry said that the talks would resume Tuesday.", "2017-06-01")
                .timex("Tuesday", "DATE", "2017-05-30")).value()).isEqualTo("2017-06-06");
    }

    @Test void decadesNamedFromThePublicationDate() {
        assertThat(only(Docs.of("Wages lost ground in the last decade.", "2017-05-30")
                .timex("the last decade", "DATE", "201X")).value()).isEqualTo("200");
        assertThat(only(Docs.of("Attacks became routine over the past decade.", "2017-05-30")
                .timex("the past decade", "DATE", "201X")).value()).isEqualTo("P10Y");
        assertThat(only(Docs.of("Sales were flat in the late '80s.", "2017-05-30")
                .timex("the late '80s", "DATE", "198X")).value()).isEqualTo("198");
    }

    @Test void lastAndTheNameOfTheMonthJustBeforeIsAYearBack() {
        assertThat(only(Docs.of("The plant was closed last April.", "2017-05-30")
                .timex("last April", "DATE", "2017-04")).value()).isEqualTo("2016-04");
        assertThat(only(Docs.of("The plant was closed last February.", "2017-05-30")
                .timex("last February", "DATE", "2017-02")).value()).isEqualTo("2017-02");
    }
}
