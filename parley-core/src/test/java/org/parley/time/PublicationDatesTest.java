package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test void latestExplicitPastDate() {
        var doc = Docs.of("The deal was signed on March 3, 2016.\nTalks said on April 12, 2016 that it held.", null)
                .timex("March 3, 2016", "DATE", "2016-03-03").timex("April 12, 2016", "DATE", "2016-04-12").build();
        assertThat(PublicationDates.estimate(doc)).isEqualTo(LocalDate.of(2016, 4, 12));
    }

    @Test void futureDatesOnlyGiveTheEarliest() {
        var doc = Docs.of("Leaders will meet on June 5, 2018.\nThey will sign on June 9, 2018.", null)
                .timex("June 5, 2018", "DATE", "2018-06-05").timex("June 9, 2018", "DATE", "2018-06-09").build();
        assertThat(PublicationDates.estimate(doc)).isEqualTo(LocalDate.of(2018, 6, 5));
    }

    @Test void futureDateDoesNotBeatAPastOne() {
        var doc = Docs.of("The deal was signed on March 3, 2016.\nLeaders will meet on June 5, 2018.", null)
                .timex("March 3, 2016", "DATE", "2016-03-03").timex("June 5, 2018", "DATE", "2018-06-05").build();
        assertThat(PublicationDates.estimate(doc)).isEqualTo(LocalDate.of(2016, 3, 3));
    }

    @Test void noBasisWithoutAWrittenYear() {
        var doc = Docs.of("Rebels attacked on Monday and again on May 3.", null)
                .timex("Monday", "DATE", "XXXX-WXX-1").timex("May 3", "DATE", "XXXX-05-03").build();
        assertThat(PublicationDates.estimate(doc)).isNull();
    }

    @Test void yearOnlyIsNoBasis() {
        var doc = Docs.of("The war began in 2011.", null).timex("2011", "DATE", "2011").build();
        assertThat(PublicationDates.estimate(doc)).isNull();
    }
}
