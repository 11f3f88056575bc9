package org.parley.read.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private static final Map<String, String> SAMPLES = Map.of(
            "en", "The government said on Tuesday that it would send a delegation to the talks in Geneva next week, "
                    + "after weeks of pressure from its allies to return to the negotiating table.",
            "fr", "Le gouvernement a annoncé mardi qu'il enverrait une délégation aux négociations de Genève la semaine "
                    + "prochaine, après des semaines de pression de ses alliés.",
            "de", "Die Regierung teilte am Dienstag mit, sie werde in der kommenden Woche eine Delegation zu den Gesprächen "
                    + "nach Genf schicken, nachdem die Verbündeten wochenlang Druck gemacht hatten.",
            "es", "El gobierno anunció el martes que enviará una delegación a las conversaciones de Ginebra la próxima "
                    + "semana, tras semanas de presión de sus aliados.",
            "ru", "Правительство заявило во вторник, что на следующей неделе направит делегацию на переговоры в Женеву "
                    + "после нескольких недель давления со стороны союзников.",
            "nl", "De regering heeft dinsdag gezegd dat zij volgende week een delegatie naar de gesprekken in Genève zal "
                    + "sturen, na weken van druk van haar bondgenoten.",
            "ar", "قالت الحكومة يوم الثلاثاء إنها سترسل وفدا إلى المحادثات في جنيف الأسبوع المقبل بعد أسابيع من ضغوط حلفائها.");

    @Test
    void commonNewsLanguages() {
        SAMPLES.forEach((lang, text) -> assertThat(LanguageGuesser.guess(text)).as(lang).isEqualTo(lang));
    }

    @Test
    void shortTexts() {
        assertThat(LanguageGuesser.guess("Putin meets Macron at Versailles to discuss the war")).isEqualTo("en");
        assertThat(LanguageGuesser.guess("Ministers said talks would go on")).isEqualTo("en");
        assertThat(LanguageGuesser.guess("Rencontre à Versailles")).isEqualTo("und");
        assertThat(LanguageGuesser.guess("12:45 — 3-1")).isEqualTo("und");
        assertThat(LanguageGuesser.guess("")).isEqualTo("und");
        assertThat(LanguageGuesser.guess(null)).isEqualTo("und");
    }

    /** One news sentence, the unit event datasets come in, is English even with few function words. */
    @Test
    void singleEnglishSentencesOfNews() {
        for (String s : new String[] {
                "Chile moved warships to northern ports.",
                "Workers went on a strike in Lagos.",
                "Lula met Biden in Washington to discuss climate funding.",
                "Portugal expelled the Venezuelan envoy on Monday.",
                "Brazil condemned the Israeli minister's remarks about the Gaza war.",
                "Gunmen stormed a bank in central Kano."}) {
            assertThat(LanguageGuesser.guess(s)).as(s).isEqualTo("en");
        }
    }

    @Test
    void shortSentencesInOtherLanguagesStayApart() {
        assertThat(LanguageGuesser.guess("Le ministre a refusé la proposition de son homologue allemand hier soir."))
                .isEqualTo("fr");
        assertThat(LanguageGuesser.guess("Die Regierung lehnt den Vorschlag der Opposition entschieden ab."))
                .isEqualTo("de");
        assertThat(LanguageGuesser.guess("El ministro rechazó ayer la oferta del gobierno vecino."))
                .isNotEqualTo("en");
        assertThat(LanguageGuesser.guess("Il ministro ha respinto la proposta")).isNotEqualTo("en");
    }

    @Test
    void speedPrint() {
        String en = SAMPLES.get("en").repeat(10);
        String fr = SAMPLES.get("fr").repeat(10);
        LanguageGuesser.guess(fr); // loads models
        int n = 300;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) LanguageGuesser.guess(en);
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) LanguageGuesser.guess(fr);
        long t2 = System.nanoTime();
        System.out.printf("language guess: English %.3f ms/article (stopword path), French %.3f ms/article (Lingua)%n",
                (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
    }
}
