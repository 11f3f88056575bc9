package org.parley.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextHeaderTest {

    @Test
    void dateTokenOnTheSameLineAsTheBody() {
        String t = " date 2017-05-30 MOSCOW (Wire) — Talks went on.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.date()).isEqualTo(LocalDate.of(2017, 5, 30));
        assertThat(t.substring(h.bodyStart())).isEqualTo("MOSCOW (Wire) — Talks went on.");
        assertThat(h.title()).isNull();
    }

    @Test
    void dateTokenOnItsOwnLineThenTitle() {
        String t = "date 2020-01-02\nLeaders meet in Vienna\n\nThe leaders met.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.date()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(h.title()).isEqualTo("Leaders meet in Vienna");
        assertThat(t.substring(h.bodyStart())).isEqualTo("The leaders met.");
    }

    @Test
    void keyValueBlockWithCrLf() {
        String t = "Headline: Rain delays harvest\r\nPublished: Tuesday, May 30, 2017\r\nPublisher: Farm Weekly\r\n"
                + "Author: A. Writer\r\n\r\nHeavy rain delayed the harvest.\r\n";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.title()).isEqualTo("Rain delays harvest");
        assertThat(h.date()).isEqualTo(LocalDate.of(2017, 5, 30));
        assertThat(h.outlet()).isEqualTo("Farm Weekly");
        assertThat(t.substring(h.bodyStart())).startsWith("Heavy rain");
    }

    @Test
    void dateKeyOpeningABlock() {
        String t = "Date: 2021-06-08\nTitle: Border reopens\nSource: Ledger\n\nThe border reopened.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.date()).isEqualTo(LocalDate.of(2021, 6, 8));
        assertThat(h.title()).isEqualTo("Border reopens");
        assertThat(h.outlet()).isEqualTo("Ledger");
        assertThat(t.substring(h.bodyStart())).isEqualTo("The border reopened.");
        String same = "Date: 2021-06-08 NAIROBI (Ledger) - The border reopened.";
        assertThat(same.substring(TextHeader.parse(same).bodyStart())).startsWith("NAIROBI");
    }

    @Test
    void aRepeatedTitleIsHeader() {
        String t = "Title: Rain delays harvest.\n\nRain delays harvest.\n\nHeavy rain delayed the harvest.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.title()).isEqualTo("Rain delays harvest.");
        assertThat(t.substring(h.bodyStart())).isEqualTo("Heavy rain delayed the harvest.");
        String json = "Rain delays  harvest.\nHeavy rain delayed the harvest.";
        assertThat(json.substring(TextHeader.parse(json, "Rain delays harvest.").bodyStart())).startsWith("Heavy");
        assertThat(TextHeader.parse("Rain delays harvest.", "Rain delays harvest.").bodyStart()).isZero();
    }

    @Test
    void unknownKeyIsBodyNotHeader() {
        String t = "WASHINGTON: The president said on Monday that talks would go on.\n";
        assertThat(TextHeader.parse(t).bodyStart()).isZero();
    }

    @Test
    void titleFollowedByBlankLine() {
        String t = "Chechen leader invites envoys to visit region\n\nBut the visit was short.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.title()).isEqualTo("Chechen leader invites envoys to visit region");
        assertThat(t.substring(h.bodyStart())).isEqualTo("But the visit was short.");
    }

    @Test
    void titleFollowedDirectlyByTheBody() {
        String t = "Floods hit northern Italy\nROME (Wire) - Floods forced thousands from their homes on Sunday, officials said.\n";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.title()).isEqualTo("Floods hit northern Italy");
        assertThat(t.substring(h.bodyStart())).startsWith("ROME (Wire)");
    }

    @Test
    void titleAndDateLine() {
        String t = "Border talks collapse\nMarch 3, 2021\n\nTalks collapsed.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.title()).isEqualTo("Border talks collapse");
        assertThat(h.date()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(t.substring(h.bodyStart())).isEqualTo("Talks collapsed.");
    }

    @Test
    void sentenceWithFinalPeriodIsNotATitle() {
        String t = "The two leaders met in Paris on Monday.\n\nThey talked for hours.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.title()).isNull();
        assertThat(h.bodyStart()).isZero();
    }

    @Test
    void titleCaseHeadlineEndingWithAPeriod() {
        String t = "Poll: Rural Voters Turn Away From Governing Party.\n\nA new survey shows rural voters leaving.";
        TextHeader h = TextHeader.parse(t);
        assertThat(h.title()).isEqualTo("Poll: Rural Voters Turn Away From Governing Party.");
        assertThat(t.substring(h.bodyStart())).startsWith("A new survey");
        String lead = "Rural voters are turning away from the governing party, a new survey shows.\n\nMore.";
        assertThat(TextHeader.parse(lead).title()).isNull();
        String noBlank = "Poll: Rural Voters Turn Away From Governing Party.\nA new survey shows it.\n";
        assertThat(TextHeader.parse(noBlank).title()).isNull();
    }

    @Test
    void firstLineOfAHardWrappedParagraphIsNotATitle() {
        String t = "Meeting the Spanish prime minister in Madrid, President Carla\n"
                + "Rossi of Italy said the two countries would work together on\n"
                + "migration, trade and energy.\n";
        assertThat(TextHeader.parse(t).title()).isNull();
        String dangling = "Officials from both countries met with the\nrepresentatives on Monday.\n\nMore text.";
        assertThat(TextHeader.parse(dangling).title()).isNull();
    }

    @Test
    void aLoneLineIsNotATitle() {
        TextHeader h = TextHeader.parse("Short story without a period");
        assertThat(h.title()).isNull();
        assertThat(h.bodyStart()).isZero();
    }
}
