package org.parley.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Dateline;

class DatelinesTest {

    private static Dateline at0(String text) {
        Datelines.Found f = Datelines.find(text, 0);
        return f == null ? null : f.dateline();
    }

    @Test
    void wireStyles() {
        String s = "MOSCOW (Sputnik) — Little progress was made.";
        Datelines.Found f = Datelines.find(s, 0);
        assertThat(f.dateline().place()).isEqualTo("MOSCOW");
        assertThat(f.dateline().outlet()).isEqualTo("Sputnik");
        assertThat(f.dateline().span().of(s)).isEqualTo("MOSCOW (Sputnik) —");
        assertThat(s.substring(f.bodyStart())).isEqualTo("Little progress was made.");

        assertThat(at0("WASHINGTON (Reuters) - The Senate voted.")).isEqualTo(
                new Dateline("WASHINGTON", "Reuters", new org.parley.model.Span(0, 22)));
        assertThat(at0("PARIS, May 29 (AFP) - France said.").outlet()).isEqualTo("AFP");
        assertThat(at0("NEW YORK, Sept. 4, 2019 (AP) — Stocks fell.").place()).isEqualTo("NEW YORK");
        assertThat(at0("ST. PETERSBURG (Interfax) -- The governor said.").place()).isEqualTo("ST. PETERSBURG");
        assertThat(at0("WASHINGTON, D.C. (Reuters) - X.").place()).isEqualTo("WASHINGTON, D.C.");
        assertThat(at0("SAN FRANCISCO, Calif. — Tech firms said.").place()).isEqualTo("SAN FRANCISCO, Calif.");
        assertThat(at0("BEIJING — China said on Monday.").place()).isEqualTo("BEIJING");
        assertThat(at0("BEIJING — China said on Monday.").outlet()).isNull();
        assertThat(at0("KYIV, March 2 — Officials said.").place()).isEqualTo("KYIV");
        assertThat(at0("São Paulo (Folha) – Brazil's central bank said.").place()).isEqualTo("São Paulo");
        Dateline tass = at0("MOSCOW, May 29. /TASS/. The Kremlin said.");
        assertThat(tass.place()).isEqualTo("MOSCOW");
        assertThat(tass.outlet()).isEqualTo("TASS");
    }

    @Test
    void afterLeadingWhitespaceAndAtAnOffset() {
        String s = "Title\n\n  GENEVA (Reuters) - Talks began.";
        Datelines.Found f = Datelines.find(s, 5);
        assertThat(f.dateline().span().of(s)).isEqualTo("GENEVA (Reuters) -");
    }

    @Test
    void afterABylineParagraph() {
        String s = "By Jane Doe\n\nWASHINGTON (Reuters) - The Senate voted.\n\nMore.";
        java.util.List<org.parley.model.Span> paras = Paragraphs.of(s, 0, s.length());
        Datelines.Applied a = Datelines.apply(s, paras);
        assertThat(a.dateline().place()).isEqualTo("WASHINGTON");
        assertThat(a.body()).hasSize(3);
        assertThat(a.body().get(0).of(s)).isEqualTo("By Jane Doe");
        assertThat(a.body().get(1).of(s)).isEqualTo("The Senate voted.");
        String notByline = "The Senate met.\n\nWASHINGTON (Reuters) - The Senate voted.";
        assertThat(Datelines.apply(notByline, Paragraphs.of(notByline, 0, notByline.length())).dateline()).isNull();
    }

    @Test
    void notDatelines() {
        assertThat(at0("The minister said on Monday - without elaborating - that talks failed.")).isNull();
        assertThat(at0("Moscow - the capital - was quiet.")).isNull();
        assertThat(at0("UPDATE - Talks resume.")).isNull();
        assertThat(at0("NOTE: this story was corrected.")).isNull();
        assertThat(at0("NATO's chief said.")).isNull();
        assertThat(at0("A - B testing.")).isNull();
        assertThat(at0("")).isNull();
    }
}
