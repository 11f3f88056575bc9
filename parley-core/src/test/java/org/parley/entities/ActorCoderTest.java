package org.parley.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.entities.ActorCoderTest.TestDocs.doc;
import static org.parley.entities.ActorCoderTest.TestDocs.span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Dateline;
import org.parley.model.Span;

class ActorCoderTest {
    private static final LocalDate D2013 = LocalDate.of(2013, 11, 1);
    private static final LocalDate D2018 = LocalDate.of(2018, 5, 24);
    private final ActorCoder coder = new ActorCoder(ActorKnowledgeBase.builtIn());

    private static Actor a(String country, String sector) { return new Actor(country, sector); }

    @Test
    void codesPhrases() {
        assertThat(coder.codePhrase("Russia", D2013)).contains(a("RUS", null));
        assertThat(coder.codePhrase("the Kremlin", D2013)).contains(a("RUS", "GOV"));
        assertThat(coder.codePhrase("French lawmakers", D2013)).contains(a("FRA", "LEG"));
        assertThat(coder.codePhrase("the Russian Defense Ministry", D2013)).contains(a("RUS", "MIL"));
        assertThat(coder.codePhrase("the Russian Defence Ministry", D2013)).contains(a("RUS", "MIL"));
        assertThat(coder.codePhrase("Russia's Defense Ministry", D2013)).contains(a("RUS", "MIL"));
        assertThat(coder.codePhrase("NATO", D2013)).contains(a("NATO", "IGO"));
        assertThat(coder.codePhrase("NATO troops", D2013)).contains(a("NATO", "IGO"));
        assertThat(coder.codePhrase("rebels", D2013)).contains(a(null, "REB"));
        assertThat(coder.codePhrase("Syrian rebels", D2013)).contains(a("SYR", "REB"));
        assertThat(coder.codePhrase("pro-Russian separatists", D2013)).contains(a(null, "REB"));
        assertThat(coder.codePhrase("Russian-backed separatists", D2013)).contains(a(null, "REB"));
        assertThat(coder.codePhrase("the U.S. State Department", D2013)).contains(a("USA", "GOV"));
        assertThat(coder.codePhrase("Kremlin spokesman", D2013)).contains(a("RUS", "GOV"));
        assertThat(coder.codePhrase("Russian Defense Ministry spokesman", D2013)).contains(a("RUS", "MIL"));
        assertThat(coder.codePhrase("Russia's ambassador to France", D2013)).contains(a("RUS", "GOV"));
        assertThat(coder.codePhrase("Russian UN envoy", D2013)).contains(a("RUS", "GOV"));
        assertThat(coder.codePhrase("Iraqi police", D2013)).contains(a("IRQ", "COP"));
        assertThat(coder.codePhrase("Chinese state media", D2013)).contains(a("CHN", "MED"));
        assertThat(coder.codePhrase("the Security Council", D2013)).contains(a("UNSC", "IGO"));
        assertThat(coder.codePhrase("Russian Security Council", D2013)).contains(a("RUS", "GOV"));
        assertThat(coder.codePhrase("President of France", D2013)).contains(a("FRA", "GOV"));
        assertThat(coder.codePhrase("former French president", D2013)).contains(a("FRA", "ELI")); // CAMEO: former officials are elites
        // head nouns from WordNet (sector-nouns.tsv), modifiers before a head, sector-named ministries
        assertThat(coder.codePhrase("Pakistani infantrymen", D2013)).contains(a("PAK", "MIL"));
        assertThat(coder.codePhrase("Italian mobsters", D2013)).contains(a("ITA", "CRM"));
        assertThat(coder.codePhrase("Egyptian professors", D2013)).contains(a("EGY", "EDU"));
        assertThat(coder.codePhrase("Dutch relief agencies", D2013)).contains(a("NLD", "NGO"));
        assertThat(coder.codePhrase("ordinary Belgians", D2013)).contains(a("BEL", "CVL"));
        assertThat(coder.codePhrase("U.S. aid", D2013)).contains(a("USA", null)); // a modifier alone gives no sector
        assertThat(coder.codePhrase("rights violations", D2013)).isEmpty(); // nor before a thing
        assertThat(coder.codePhrase("Albanian crime bosses", D2013)).contains(a("ALB", "CRM"));
        assertThat(coder.codePhrase("the Taliban religious faction", D2013)).contains(a("AFG", "REB")); // "religious" is an adjective
        assertThat(coder.codePhrase("Syria's intelligence ministry", D2013)).contains(a("SYR", "SPY"));
        assertThat(coder.codePhrase("Hamas", D2013)).contains(a("PSE", "REB"));
        assertThat(coder.codePhrase("Hungarian and Romanian officials", D2013)).contains(a("HUN", "GOV"));
        assertThat(coder.codePhrase("the Saudi-led coalition", D2018)).contains(a("SAU", null));
        assertThat(coder.codePhrase("Obama administration", D2013)).contains(a("USA", "GOV"));
        assertThat(coder.codePhrase("Putin's spokesman", D2013)).contains(a("RUS", "GOV"));
        assertThat(coder.codePhrase("Putin", D2013)).isEmpty(); // a bare surname is a named mention, coded in context
        assertThat(coder.codePhrase("Palestinian leader Yasser Arafat", LocalDate.of(2002, 1, 1))).contains(a("PSE", "GOV"));
        assertThat(coder.codePhrase("UN refugee agency", D2013)).contains(a("UNHCR", "IGO"));
        assertThat(coder.codePhrase("a spokesman for the Defense Ministry", D2013)).contains(a(null, "MIL"));
        assertThat(coder.codePhrase("the U.S.", D2013)).contains(a("USA", null));
    }

    @Test
    void rejectsNonActors() {
        assertThat(coder.codePhrase("us", D2013)).isEmpty();
        assertThat(coder.codePhrase("who", D2013)).isEmpty();
        assertThat(coder.codePhrase("officials", D2013)).isEmpty(); // a weak role alone says too little
        assertThat(coder.codePhrase("the weather", D2013)).isEmpty();
        assertThat(coder.codePhrase("", D2013)).isEmpty();
        assertThat(coder.codePhrase(null, D2013)).isEmpty();
    }

    @Test
    void knownPersonsAreDateAware() {
        AnnotatedArticle d13 = doc("[[François Hollande|PERSON]] met [[Vladimir Putin|PERSON]] in [[Moscow|CITY]].", D2013);
        assertThat(coder.codeMention(d13, span(d13, "François Hollande"), "PERSON")).isEqualTo(a("FRA", "GOV"));
        assertThat(coder.codeMention(d13, span(d13, "Vladimir Putin"), "PERSON")).isEqualTo(a("RUS", "GOV"));
        assertThat(coder.codeMention(d13, span(d13, "Moscow"), "CITY")).isEqualTo(a("RUS", null));
        AnnotatedArticle d18 = doc("Former president [[François Hollande|PERSON]] criticised [[Emmanuel Macron|PERSON]]. [[Hollande|PERSON]] said so.", D2018);
        assertThat(coder.codeMention(d18, span(d18, "François Hollande"), "PERSON")).isEqualTo(a("FRA", "ELI"));
        assertThat(coder.codeMention(d18, span(d18, "Emmanuel Macron"), "PERSON")).isEqualTo(a("FRA", "GOV"));
        Span second = new Span(d18.text().lastIndexOf("Hollande"), d18.text().lastIndexOf("Hollande") + 8);
        assertThat(coder.codeMention(d18, second, "PERSON")).isEqualTo(a("FRA", "ELI"));
    }

    @Test
    void venuesAgreementsAndAbstractNounsAreNotActors() {
        assertThat(coder.codePhrase("the Minsk agreements", D2018)).isEmpty();
        assertThat(coder.codePhrase("Berlin conference", D2018)).isEmpty();
        assertThat(coder.codePhrase("Paris agreement", D2018)).isEmpty();
        assertThat(coder.codePhrase("French retaliation", D2018)).isEmpty();
        assertThat(coder.codePhrase("Kyiv residents", D2018)).contains(a("UKR", "CVL")); // people, not a thing
        assertThat(coder.codePhrase("Kremlin statement", D2018)).contains(a("RUS", "GOV")); // a seat of power stays
        AnnotatedArticle d = doc("Leaders discussed the [[Minsk|CITY]] agreements before the [[Berlin|CITY]] conference. "
                + "[[Moscow|CITY]] said [[Paris|CITY]] would host talks.", D2018);
        assertThat(coder.codeMention(d, span(d, "Minsk"), "CITY")).isNull();
        assertThat(coder.codeMention(d, span(d, "Berlin"), "CITY")).isNull();
        assertThat(coder.codeMention(d, span(d, "Moscow"), "CITY")).isEqualTo(a("RUS", null));
        assertThat(coder.codeMention(d, span(d, "Paris"), "CITY")).isEqualTo(a("FRA", null));
    }

    @Test
    void officeHoldersBackTo1985() {
        LocalDate d1988 = LocalDate.of(1988, 1, 1), d1993 = LocalDate.of(1993, 1, 1), d1997 = LocalDate.of(1997, 1, 1);
        assertThat(coder.codePhrase("Eduard Shevardnadze", d1988)).contains(a("RUS", "GOV")); // Soviet foreign minister
        assertThat(coder.codePhrase("Eduard Shevardnadze", d1997)).contains(a("GEO", "GOV"));
        assertThat(coder.codePhrase("Yevgeny Primakov", d1993)).contains(a("RUS", "SPY"));
        assertThat(coder.codePhrase("George Bush", LocalDate.of(1990, 6, 1))).contains(a("USA", "GOV"));
        assertThat(coder.codePhrase("Margaret Thatcher", d1988)).contains(a("GBR", "GOV"));
        assertThat(coder.codePhrase("Iraq's foreign minister", d1988)).contains(a("IRQ", "GOV")); // a role phrase without a name
    }

    @Test
    void transliterationArtefactsAndSurnames() {
        AnnotatedArticle d = doc("[[Makron|PERSON]] and [[Putin|PERSON]] spoke by phone.", D2018);
        assertThat(coder.codeMention(d, span(d, "Makron"), "PERSON")).isEqualTo(a("FRA", "GOV"));
        assertThat(coder.codeMention(d, span(d, "Putin"), "PERSON")).isEqualTo(a("RUS", "GOV"));
    }

    @Test
    void derivedSurnameNeedsTheFullNameInTheArticle() {
        AnnotatedArticle alone = doc("[[Hammond|PERSON]] runs a bakery.", LocalDate.of(2015, 1, 1));
        assertThat(coder.codeMention(alone, span(alone, "Hammond"), "PERSON")).isNull();
        AnnotatedArticle both = doc("The minister [[Philip Hammond|PERSON]] arrived. [[Hammond|PERSON]] said.", LocalDate.of(2015, 1, 1));
        Span s = new Span(both.text().lastIndexOf("Hammond"), both.text().lastIndexOf("Hammond") + 7);
        assertThat(coder.codeMention(both, s, "PERSON")).isEqualTo(a("GBR", "GOV"));
    }

    @Test
    void aRolePhraseSetOffBeforeTheNameCodesUnknownPersons() {
        AnnotatedArticle d = doc("Little was achieved, French lawmaker and member of the defence committee, [[Pierre Lemaire|PERSON]], told the radio.", D2018);
        assertThat(coder.codeMention(d, span(d, "Pierre Lemaire"), "PERSON")).isEqualTo(a("FRA", "LEG"));
        AnnotatedArticle r = doc("The Russian deputy foreign minister, [[Ivan Petrovsky|PERSON]], said talks would go on.", D2018);
        assertThat(coder.codeMention(r, span(r, "Ivan Petrovsky"), "PERSON")).isEqualTo(a("RUS", "GOV"));
        AnnotatedArticle place = doc("In a small village near the border, [[Pierre Lemaire|PERSON]] said nothing.", D2018);
        assertThat(coder.codeMention(place, span(place, "Pierre Lemaire"), "PERSON")).isNull();
    }

    @Test
    void premodifiersCodeUnknownPersons() {
        AnnotatedArticle d = doc("French lawmaker [[Nicolas Dupont|PERSON]] said the talks failed.", D2018);
        assertThat(coder.codeMention(d, span(d, "Nicolas Dupont"), "PERSON")).isEqualTo(a("FRA", "LEG"));
        AnnotatedArticle d2 = doc("Russian President [[Ivan Petrovsky|PERSON]] arrived.", D2018);
        assertThat(coder.codeMention(d2, span(d2, "Ivan Petrovsky"), "PERSON")).isEqualTo(a("RUS", "GOV"));
        AnnotatedArticle d3 = doc("Russia's Deputy Foreign Minister [[Oleg Sidorov|PERSON]] warned.", D2018);
        assertThat(coder.codeMention(d3, span(d3, "Oleg Sidorov"), "PERSON")).isEqualTo(a("RUS", "GOV"));
        AnnotatedArticle d4 = doc("The talks were held, said [[Anna Novak|PERSON]].", D2018);
        assertThat(coder.codeMention(d4, span(d4, "Anna Novak"), "PERSON")).isNull();
    }

    @Test
    void appositionWithCountryFromAnEarlierPhrase() {
        AnnotatedArticle d = doc("The Russian Defense Ministry denied the report. "
                + "[[Igor Markov|PERSON]], the official representative of the Defense Ministry, called it false.", D2018);
        ActorCoder.Coding c = coder.explainMention(d, span(d, "Igor Markov"), "PERSON");
        assertThat(c.actor()).isEqualTo(a("RUS", "MIL"));
        assertThat(c.reason()).contains("apposition").contains("earlier");
    }

    @Test
    void anotherCountrysArmyIsNotTheSameBodyButTheCapitalOfTheStatementCounts() {
        AnnotatedArticle d = doc("The Iraqi army retook the town. "
                + "[[Pavel Orlov|PERSON]], a spokesman for the Defence Ministry, told journalists in Moscow the raid failed.", D2018);
        ActorCoder.Coding c = coder.explainMention(d, span(d, "Pavel Orlov"), "PERSON");
        assertThat(c.actor()).isEqualTo(a("RUS", "MIL"));
        assertThat(c.reason()).contains("capital");
    }

    @Test
    void appositionWithCountryFromTheDateline() {
        AnnotatedArticle d = doc("MOSCOW - [[Igor Markov|PERSON]], a spokesman for the Defense Ministry, said troops left.", D2018, "MOSCOW");
        assertThat(coder.codeMention(d, span(d, "Igor Markov"), "PERSON")).isEqualTo(a("RUS", "MIL"));
    }

    @Test
    void sectorOnlyFallsBackToTheDominantCountry() {
        AnnotatedArticle d = doc("[[Ukraine|COUNTRY]] and [[Ukraine|COUNTRY]] again. Lawmaker [[Petro Ivanenko|PERSON]] objected.", D2018);
        assertThat(coder.codeMention(d, span(d, "Petro Ivanenko"), "PERSON")).isEqualTo(a("UKR", "LEG"));
        AnnotatedArticle none = doc("Lawmaker [[Petro Ivanenko|PERSON]] objected.", D2018);
        assertThat(coder.codeMention(none, span(none, "Petro Ivanenko"), "PERSON")).isEqualTo(a(null, "LEG"));
    }

    @Test
    void ofCountryAndOrganisations() {
        AnnotatedArticle d = doc("[[Jean Martin|PERSON]] of [[France|COUNTRY]] and [[NATO|ORGANIZATION]] met [[the Kremlin|ORGANIZATION]].", D2018);
        assertThat(coder.codeMention(d, span(d, "Jean Martin"), "PERSON")).isEqualTo(a("FRA", null));
        assertThat(coder.codeMention(d, span(d, "NATO"), "ORGANIZATION")).isEqualTo(a("NATO", "IGO"));
        assertThat(coder.codeMention(d, span(d, "the Kremlin"), "ORGANIZATION")).isEqualTo(a("RUS", "GOV"));
        AnnotatedArticle g = doc("[[General Motors|ORGANIZATION]] and [[Russian Railways|ORGANIZATION]] said.", D2018);
        assertThat(coder.codeMention(g, span(g, "General Motors"), "ORGANIZATION")).isNull();
        assertThat(coder.codeMention(g, span(g, "Russian Railways"), "ORGANIZATION")).isEqualTo(a("RUS", null));
        AnnotatedArticle o = doc("The Russian [[Defense Ministry|ORGANIZATION]] said.", D2018);
        assertThat(coder.codeMention(o, span(o, "Defense Ministry"), "ORGANIZATION")).isEqualTo(a("RUS", "MIL"));
    }

    @Test
    void knownPersonWithoutOfficeTakesSectorFromContext() {
        AnnotatedArticle d = doc("Economy Minister [[Emmanuel Macron|PERSON]] visited.", LocalDate.of(2016, 12, 1));
        // Macron was out of office in December 2016: the KB gives FRA only, the premodifier adds GOV.
        assertThat(coder.codeMention(d, span(d, "Emmanuel Macron"), "PERSON")).isEqualTo(a("FRA", "GOV"));
    }

    @Test
    void undatedArticlesTrustTheContextOverTheLatestOffice() {
        AnnotatedArticle d = doc("Outgoing President [[Francois Hollande|PERSON]] spoke.", null);
        assertThat(coder.codeMention(d, span(d, "Francois Hollande"), "PERSON")).isEqualTo(a("FRA", "GOV"));
    }

    @Test
    void mistypedPlacesAndGeographicFeatures() {
        AnnotatedArticle d = doc("A source at the [[Elysee|PERSON]] said ships sailed the [[South China Sea|LOCATION]].", D2018);
        assertThat(coder.codeMention(d, span(d, "Elysee"), "PERSON")).isEqualTo(a("FRA", "GOV"));
        assertThat(coder.codeMention(d, span(d, "South China Sea"), "LOCATION")).isNull();
    }

    @Test
    void badInputNeverThrows() {
        AnnotatedArticle d = doc("Short.", D2018);
        assertThat(coder.codeMention(d, new Span(0, 500), "PERSON")).isNull();
        assertThat(coder.codeMention(null, new Span(0, 1), "PERSON")).isNull();
        assertThat(coder.codeMention(d, new Span(0, 5), null)).isNull();
    }

    /**
     * Builds small annotated articles by hand for unit tests: sentences split at ". ", tokens by a
     * regex, a crude POS tag (enough for the coder's phrase windows), and named mentions given as
     * {@code [[text|TYPE]]} markup in the fixture.
     */
    static final class TestDocs {
        private static final Pattern TOKEN = Pattern.compile("[A-Za-z\u00C0-\u024F][\\w\u00C0-\u024F.\\-]*(?<![.])|'s|\u2019s|\\d+|[^\\s\\w]");
        private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([A-Z_]+)]]");
        private static final Set<String> VERBS = Set.of("said", "says", "told", "met", "visited", "warned", "announced",
                "declined", "called", "accused", "stressed", "added", "is", "was", "are", "were", "will", "has", "have");
        private static final Set<String> PREPS = Set.of("of", "to", "in", "at", "for", "with", "from", "on", "by", "against");

        private TestDocs() {}

        static AnnotatedArticle doc(String markup, LocalDate published) { return doc(markup, published, null); }

        static AnnotatedArticle doc(String markup, LocalDate published, String datelinePlace) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            List<String> types = new ArrayList<>();
            Matcher m = MARK.matcher(markup);
            int last = 0;
            while (m.find()) {
                text.append(markup, last, m.start());
                int start = text.length();
                text.append(m.group(1));
                spans.add(new int[] {start, text.length()});
                types.add(m.group(2));
                last = m.end();
            }
            text.append(markup.substring(last));
            String t = text.toString();

            List<Sentence> sentences = new ArrayList<>();
            List<NamedMention> mentions = new ArrayList<>();
            int sentStart = 0;
            int idx = 0;
            while (sentStart < t.length()) {
                int end = t.indexOf(". ", sentStart);
                end = end < 0 ? t.length() : end + 1;
                List<Token> toks = new ArrayList<>();
                Matcher tm = TOKEN.matcher(t.substring(sentStart, end));
                while (tm.find()) {
                    int s = sentStart + tm.start(), e = sentStart + tm.end();
                    String w = tm.group();
                    toks.add(new Token(toks.size(), s, e, w, w.toLowerCase(), pos(w, toks.isEmpty()), nerAt(s, spans, types)));
                }
                Sentence sentence = new Sentence(idx, sentStart, end, toks, List.of(), false);
                sentences.add(sentence);
                for (int k = 0; k < spans.size(); k++) {
                    int[] sp = spans.get(k);
                    if (sp[0] >= sentStart && sp[1] <= end) {
                        int ft = sentence.tokenAt(sp[0]), lt = sentence.tokenAt(sp[1] - 1);
                        mentions.add(new NamedMention(idx, ft, lt + 1, sp[0], sp[1], t.substring(sp[0], sp[1]), types.get(k)));
                    }
                }
                idx++;
                sentStart = end;
                while (sentStart < t.length() && t.charAt(sentStart) == ' ') sentStart++;
            }
            Dateline dl = datelinePlace == null ? null : new Dateline(datelinePlace, null, new Span(0, 0));
            Article a = new Article("t1", null, null, null, null, published, "metadata", "en", null, t, List.of(new Span(0, t.length())), dl);
            return new AnnotatedArticle(a, sentences, mentions, List.of());
        }

        /** The span of the first occurrence of {@code s} in the article's text. */
        static Span span(AnnotatedArticle doc, String s) {
            int i = doc.text().indexOf(s);
            if (i < 0) throw new IllegalArgumentException(s);
            return new Span(i, i + s.length());
        }

        private static String nerAt(int offset, List<int[]> spans, List<String> types) {
            for (int k = 0; k < spans.size(); k++) if (offset >= spans.get(k)[0] && offset < spans.get(k)[1]) return types.get(k);
            return "O";
        }

        private static String pos(String w, boolean first) {
            String l = w.toLowerCase();
            if (VERBS.contains(l)) return "VBD";
            if (PREPS.contains(l)) return "IN";
            if (l.equals("and") || l.equals("or")) return "CC";
            if (l.equals("the") || l.equals("a") || l.equals("an")) return "DT";
            if (l.equals("who") || l.equals("which")) return "WP";
            if (l.equals("'s") || l.equals("\u2019s")) return "POS";
            if (!Character.isLetterOrDigit(w.charAt(0))) return w;
            return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
        }
    }
}
