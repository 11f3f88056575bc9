package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written by the team, tokenised by hand as the annotator's tokenizer would. */
class DateRecognizerTest {
    private static final DateRecognizer R = DateRecognizer.load();
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10);

    private static List<String> found(String sentence) {
        List<String> words = Arrays.asList(sentence.split(" "));
        return R.find(words, null, PUBLISHED).stream()
                .map(f -> String.join(" ", words.subList(f.from(), f.to())) + "=" + f.type() + ":" + f.value() + ":" + f.form())
                .toList();
    }

    @Test void weekdaysWithRelativeWordsAndPartsOfTheDay() {
        assertThat(found("The mayor resigned on Monday .")).containsExactly("Monday=DATE:2021-03-08:WEEKDAY");
        assertThat(found("Talks resume next Friday in the capital .")).containsExactly("next Friday=DATE:2021-03-12:WEEKDAY");
        assertThat(found("Shots were heard Sunday night .")).containsExactly("Sunday night=TIME:2021-03-14TNI:WEEKDAY");
    }

    @Test void aWeekdayInsideANameIsNotADate() {
        assertThat(found("Markets fell on Black Monday .")).isEmpty();
    }

    @Test void monthDaysMonthsAndYears() {
        assertThat(found("The vote is set for Nov. 16 .")).containsExactly("Nov. 16=DATE:2021-11-16:MONTH_DAY");
        assertThat(found("He was born on Feb. 3 , 1950 , in a village .")).containsExactly("Feb. 3 , 1950=DATE:1950-02-03:MONTH_DAY");
        assertThat(found("The dam opened in July 1997 .")).containsExactly("July 1997=DATE:1997-07:MONTH");
        assertThat(found("Sales rose in January .")).containsExactly("January=DATE:2021-01:MONTH");
        assertThat(found("The plant closed in 1998 .")).containsExactly("1998=DATE:1998:YEAR");
    }

    @Test void theVerbsMayAndMarchNeedADayOrAYear() {
        assertThat(found("May we ask ?")).isEmpty();
        assertThat(found("Protesters March on the square .")).isEmpty();
        assertThat(found("Elections were held May 4 .")).containsExactly("May 4=DATE:2021-05-04:MONTH_DAY");
    }

    @Test void periodsNamedFromThePublicationDate() {
        assertThat(found("Prices rose last week .")).containsExactly("last week=DATE:2021-W09:RELATIVE_PERIOD");
        assertThat(found("The firm was sold earlier this year .")).containsExactly("earlier this year=DATE:2021:RELATIVE_PERIOD");
        assertThat(found("A ruling is due next month .")).containsExactly("next month=DATE:2021-04:RELATIVE_PERIOD");
        assertThat(found("He spoke yesterday morning .")).containsExactly("yesterday morning=TIME:2021-03-09TMO:DEICTIC_DAY");
        assertThat(found("They will vote tonight .")).containsExactly("tonight=TIME:2021-03-10TNI:DEICTIC_DAY");
    }

    @Test void countedDurationsAndAgo() {
        assertThat(found("The siege lasted three years .")).containsExactly("three years=DURATION:P3Y:DURATION");
        assertThat(found("Rain fell for the past 10 days .")).containsExactly("the past 10 days=DURATION:P10D:DURATION");
        assertThat(found("The talks took 36 hours .")).containsExactly("36 hours=DURATION:PT36H:DURATION");
        assertThat(found("The bridge fell two years ago .")).containsExactly("two years ago=DATE:2019-03-10:AGO");
        assertThat(found("The truce began a week ago .")).containsExactly("a week ago=DATE:2021-03-03:AGO");
    }

    @Test void wordsThatMakeALongerExpressionLeaveItToSutime() {
        assertThat(found("The war ended in early 1998 .")).isEmpty();
        assertThat(found("Markets closed from Monday to Friday .")).isEmpty();
        assertThat(found("Profit fell a year earlier .")).isEmpty();
        assertThat(found("The talks lasted about two years .")).isEmpty();
        assertThat(found("A six years old boy .")).isEmpty();
        assertThat(found("It happened Friday , Nov. 12 .")).containsExactly("Nov. 12=DATE:2021-11-12:MONTH_DAY");
        // a guard that needs a date after it: a place after "in" is no range
        assertThat(found("He arrived Friday in Paris .")).containsExactly("Friday=DATE:2021-03-12:WEEKDAY");
        assertThat(found("Rates rose a year in December .")).containsExactly("December=DATE:2021-12:MONTH");
    }

    @Test void wordsSutimeKeepsInTheSpan() {
        assertThat(found("Earlier Friday , the court ruled .")).containsExactly("Earlier Friday=DATE:2021-03-12:WEEKDAY");
        assertThat(found("Exports fell last August .")).containsExactly("last August=DATE:2021-08:MONTH");
        assertThat(found("Output rose in the nine months .")).containsExactly("the nine months=DURATION:P9M:DURATION");
    }

    @Test void aGuardedExpressionIsNotReadInParts() {
        // "over" guards "the past two years": "past two years" alone would be another span than SUTime's
        assertThat(found("Costs rose over the past two years .")).isEmpty();
        // "the last week" is the seven days before publication, not the calendar week
        assertThat(found("Prices rose in the last week .")).isEmpty();
        // "June last year" is one expression: "June" is guarded, the window goes to SUTime
        assertThat(found("It opened in June last year .")).doesNotContain("June=DATE:2021-06:MONTH");
    }

    @Test void quartersAndFixedReferences() {
        assertThat(found("Profit fell in the fourth quarter .")).containsExactly("the fourth quarter=DATE:2021-Q4:QUARTER");
        assertThat(found("It posted third - quarter losses .")).containsExactly("third - quarter=DATE:2021-Q3:QUARTER");
        assertThat(found("The third quarter of 2019 was weak .")).isEmpty();
        assertThat(found("He is now retired .")).containsExactly("now=DATE:PRESENT_REF:REFERENCE");
        assertThat(found("The talks recently stalled .")).containsExactly("recently=DATE:PAST_REF:REFERENCE");
        assertThat(found("We are done for now .")).isEmpty();
    }

    @Test void agesAndABareTimeAreReadAsNoDate() {
        List<String> words = Arrays.asList("A", "six", "-", "year", "-", "old", "girl", "left", "at", "the", "same", "time", ".");
        assertThat(R.find(words, null, PUBLISHED)).extracting(DateRecognizer.Found::form)
                .containsExactly(DateRecognizer.Form.NO_DATE, DateRecognizer.Form.NO_DATE);
        assertThat(found("It is time to act this time .")).containsExactly("time=NONE:null:NO_DATE");
    }

    @Test void adverbsAndAdjectivesOfTimeAloneAreReadAsNoDate() {
        assertThat(found("The firm was once a leader .")).containsExactly("once=NONE:null:NO_DATE");
        assertThat(found("A deal is expected soon , aides said .")).containsExactly("soon=NONE:null:NO_DATE");
        assertThat(found("The charge will cut future losses .")).containsExactly("future=NONE:null:NO_DATE");
        assertThat(found("She lost the second round .")).containsExactly("second=NONE:null:NO_DATE");
        assertThat(found("The annual report is out .")).containsExactly("annual=NONE:null:NO_DATE");
        assertThat(found("Prices have risen lately .")).containsExactly("lately=DATE:PAST_REF:REFERENCE");
    }

    @Test void withTheWordsThatMakeThemAnExpressionTheyAreLeftToSutime() {
        assertThat(found("Nobody knows the future .")).isEmpty();
        assertThat(found("Growth slowed in the second half .")).isEmpty();
        assertThat(found("The spot ran for thirty second intervals .")).isEmpty();
        assertThat(found("It happened in the past .")).isEmpty();
        assertThat(found("The talks are at present stalled .")).isEmpty();
        // a date word near: the date is read, the adverb is not ("once a week" is SUTime's)
        assertThat(found("They meet once a week .")).containsExactly("a week=DURATION:P1W:DURATION");
        assertThat(found("Output fell over the past three years .")).isEmpty(); // guarded by "over"
        assertThat(found("Output fell in the past three years .")).containsExactly("the past three years=DURATION:P3Y:DURATION");
    }

    @Test void hyphenCompoundsOfACountAndAUnit() {
        assertThat(found("Yields on the 30 - year bond fell .")).containsExactly("30 - year=DURATION:P30Y:DURATION");
        assertThat(found("The two - week strike ended .")).containsExactly("two - week=DURATION:P2W:DURATION");
        assertThat(found("A 24 - hour vigil began .")).containsExactly("24 - hour=DURATION:PT24H:DURATION");
        assertThat(found("A two - to three - year delay .")).isEmpty();
    }

    @Test void theAdjectiveRecentIsAPastReferenceUnlessAUnitFollows() {
        assertThat(found("The recent sale lifted shares .")).containsExactly("recent=DATE:PAST_REF:REFERENCE");
        assertThat(found("Prices fell in recent years .")).isEmpty();
        assertThat(found("In the recent past prices fell .")).isEmpty();
    }

    @Test void cueWordsTaggedAsVerbsNameNoDate() {
        assertThat(DateRecognizer.readsAsVerb("may", "MD")).isTrue();
        assertThat(DateRecognizer.readsAsVerb("fall", "VB")).isTrue();
        assertThat(DateRecognizer.readsAsVerb("March", "VB")).isFalse();
        assertThat(DateRecognizer.readsAsVerb("fall", "NN")).isFalse();
    }

    @Test void aWindowIsCoveredOnlyWhenEveryCueIsRead() {
        List<String> words = Arrays.asList("Prices", "rose", "last", "week", "and", "now", "fall");
        List<DateRecognizer.Found> f = R.find(words, null, PUBLISHED);
        assertThat(DateRecognizer.covers(f, words.size(), k -> words.get(k).equals("week"))).isTrue();
        assertThat(DateRecognizer.covers(f, words.size(), k -> words.get(k).equals("week") || words.get(k).equals("now"))).isFalse();
    }

    @Test void nothingWithoutAPublicationDate() {
        assertThat(R.find(List.of("on", "Monday"), null, null)).isEmpty();
    }
}
