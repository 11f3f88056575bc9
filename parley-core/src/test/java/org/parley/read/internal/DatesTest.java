package org.parley.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate D = LocalDate.of(2017, 5, 30);

    @Test
    void formats() {
        for (String s : new String[] {"2017-05-30", "2017-05-30 10:00:00", "2017-05-30T23:30:00-05:00", "2017-05-30T10:00:00Z",
                "2017/05/30", "20170530", "May 30, 2017", "Tuesday, May 30, 2017", "Tue, 30 May 2017 10:00:00 GMT",
                "30 May 2017", "30th May 2017", "May 30th, 2017 10:45 AM", "1496138400", "1496138400000"}) {
            assertThat(Dates.parse(s)).as(s).isEqualTo(D);
        }
        for (String s : new String[] {"", "yesterday", "2017-13-40", "May 2017", "Mayor 30, 2017", "1234567890123456"}) {
            assertThat(Dates.parse(s)).as(s).isNull();
        }
    }

    @Test
    void fromUrls() {
        assertThat(Dates.fromUrl("https://example.com/world/2017/05/30/talks.html")).isEqualTo(D);
        assertThat(Dates.fromUrl("https://example.com/news/2017-05-30-talks")).isEqualTo(D);
        assertThat(Dates.fromUrl("https://example.com/a/20170530/talks")).isEqualTo(D);
        assertThat(Dates.fromUrl("https://example.com/story/123456789")).isNull();
        assertThat(Dates.fromUrl("https://2017-05-30.example.com/x")).isNull(); // host is not the path
        assertThat(Dates.fromUrl(null)).isNull();
    }
}
