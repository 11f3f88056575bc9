package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.read.Fixtures.bodyTexts;
import static org.parley.read.Fixtures.checkSpans;
import static org.parley.read.Fixtures.readAll;
import static org.parley.read.Fixtures.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class ArticleReaderTest {
    private final Path corpus = resource("corpus");

    @Test
    void readsAFolderInSortedOrderWithRelativeIds() {
        List<ReadOutcome> all = readAll(corpus);
        List<String> ids = all.stream().filter(ReadOutcome::isOk).map(o -> o.article().id()).toList();
        assertThat(ids).containsExactly(
                "000_date_token.txt", "001_key_value.txt", "002_title_line.txt", "005_page.html",
                "wire-001", "006_lines.jsonl#2", "006_lines.jsonl#5", "17", "007_array.json#2",
                "sub/003_afp.txt", "sub/004_hardwrapped.txt");
        List<String> skips = all.stream().filter(o -> !o.isOk()).map(o -> o.skipped().reason()).toList();
        assertThat(skips).satisfiesExactly(
                r -> assertThat(r).startsWith("line 3: malformed JSON: Unexpected end-of-input"),
                r -> assertThat(r).isEqualTo("line 4: no text field (expected \"text\" or \"maintext\")"),
                r -> assertThat(r).isEqualTo("unsupported format .pdf"));
        assertThat(all.stream().filter(o -> !o.isOk()).map(o -> o.skipped().path()).toList())
                .allSatisfy(p -> assertThat(p).startsWith(corpus.toString()));
        assertThat(all).allSatisfy(o -> {
            if (o.isOk()) checkSpans(o.article());
        });
    }

    @Test
    void textIsTheFileExactly() throws Exception {
        for (String name : List.of("000_date_token.txt", "001_key_value.txt", "002_title_line.txt", "sub/004_hardwrapped.txt")) {
            Path file = corpus.resolve(name);
            Article a = Fixtures.only(file);
            assertThat(a.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(a.id()).isEqualTo(file.getFileName().toString());
            assertThat(a.path()).isEqualTo(file.toString());
        }
    }

    /** Corpora name files by outlet and date; with nothing better, the name's date is the article's. */
    @Test
    void aDateInTheFileNameIsTheWeakestSource(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path plain = dir.resolve("wire_2016-03-07_talks-resume.txt");
        Files.writeString(plain, "Negotiators from both sides met again in Geneva on Monday after a month of delays.\n");
        Path page = dir.resolve("20160308-talks.html");
        Files.writeString(page, "<html><body><article><p>Negotiators from both sides met again in Geneva on Tuesday "
                + "after a month of delays, officials said.</p></article></body></html>");
        Path headed = dir.resolve("wire_2016-03-09_talks.txt");
        Files.writeString(headed, "Date: 2016-03-01\n\nNegotiators from both sides met again in Geneva after a month of delays.\n");
        Path undated = dir.resolve("2016/talks-resume.txt");
        Files.createDirectories(undated.getParent());
        Files.writeString(undated, "Negotiators from both sides met again in Geneva after a month of delays.\n");

        assertThat(Fixtures.only(plain).published()).isEqualTo(LocalDate.of(2016, 3, 7));
        assertThat(Fixtures.only(plain).publishedFrom()).isEqualTo("path");
        assertThat(Fixtures.only(page).published()).isEqualTo(LocalDate.of(2016, 3, 8));
        assertThat(Fixtures.only(headed).published()).isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(Fixtures.only(headed).publishedFrom()).isEqualTo("header");
        assertThat(Fixtures.only(undated).published()).as("a folder's name is no article date").isNull();
        Path hashed = dir.resolve("a20160312b7.txt");
        Files.writeString(hashed, "Negotiators from both sides met again in Geneva after a month of delays.\n");
        assertThat(Fixtures.only(hashed).published()).as("digits inside a hash").isNull();
    }

    @Test
    void dateTokenAndDatelineBeforeTheBody() {
        Article a = Fixtures.only(corpus.resolve("000_date_token.txt"));
        assertThat(a.published()).isEqualTo(LocalDate.of(2019, 3, 14));
        assertThat(a.publishedFrom()).isEqualTo("header");
        assertThat(a.title()).isNull();
        assertThat(a.dateline().place()).isEqualTo("OSLO");
        assertThat(a.dateline().outlet()).isEqualTo("Nordic Wire");
        assertThat(a.dateline().span().of(a.text())).isEqualTo("OSLO (Nordic Wire) —");
        assertThat(a.outlet()).isEqualTo("Nordic Wire");
        assertThat(a.language()).isEqualTo("en");
        List<String> body = bodyTexts(a);
        assertThat(body).hasSize(4);
        assertThat(body.get(0)).startsWith("Norway and Iceland agreed on Thursday");
        assertThat(body.get(3)).isEqualTo("Iceland's government said the deal would be reviewed in two years.");
    }

    @Test
    void keyValueHeader() {
        Article a = Fixtures.only(corpus.resolve("001_key_value.txt"));
        assertThat(a.title()).isEqualTo("Kenya and Tanzania reopen border crossing after trade dispute");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 6, 8));
        assertThat(a.publishedFrom()).isEqualTo("header");
        assertThat(a.outlet()).isEqualTo("East Africa Ledger");
        assertThat(a.url()).isEqualTo("https://example.org/africa/2021/06/08/border-reopens");
        assertThat(a.dateline().place()).isEqualTo("NAIROBI");
        assertThat(bodyTexts(a).get(0)).startsWith("Kenya and Tanzania reopened the busy Namanga");
        assertThat(a.body()).hasSize(3);
    }

    @Test
    void titleLineThenWireDateline() {
        Article a = Fixtures.only(corpus.resolve("002_title_line.txt"));
        assertThat(a.title()).isEqualTo("Ministers agree to resume grain corridor talks");
        assertThat(a.published()).isNull();
        assertThat(a.publishedFrom()).isNull();
        assertThat(a.dateline().place()).isEqualTo("GENEVA");
        assertThat(a.dateline().outlet()).isEqualTo("Reuters");
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(bodyTexts(a)).containsExactly(
                "Foreign ministers from Turkey and Ukraine agreed on Friday to resume talks on a grain shipping corridor through the Black Sea, a United Nations spokesman said.",
                "The talks, which stalled in July, are expected to restart in Istanbul next week with UN mediators present.",
                "Reporting by Jane Doe; Editing by John Roe");
    }

    @Test
    void afpDatelineWithDate() {
        Article a = Fixtures.only(corpus.resolve("sub/003_afp.txt"));
        assertThat(a.id()).isEqualTo("003_afp.txt"); // a single file argument is named by its file name
        assertThat(a.dateline().place()).isEqualTo("PARIS");
        assertThat(a.dateline().outlet()).isEqualTo("AFP");
        assertThat(a.dateline().span().of(a.text())).isEqualTo("PARIS, May 29 (AFP) -");
        assertThat(bodyTexts(a).get(0)).startsWith("France summoned the ambassador");
    }

    @Test
    void aDatelineWithAFullDateDatesTheArticle(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("dated.txt");
        java.nio.file.Files.writeString(file, "Leaders agree on truce\n\nOSLO, February 12, 2015 \u2014 Negotiators agreed on a truce "
                + "after talks that lasted through the night, officials said.\n");
        Article a = Fixtures.only(file);
        assertThat(a.dateline().place()).isEqualTo("OSLO");
        assertThat(a.published()).isEqualTo(java.time.LocalDate.of(2015, 2, 12));
        assertThat(a.publishedFrom()).isEqualTo("dateline");
    }

    @Test
    void hardWrappedTextHasNoTitle() {
        Article a = Fixtures.only(corpus.resolve("sub/004_hardwrapped.txt"));
        assertThat(a.title()).isNull();
        assertThat(a.dateline()).isNull();
        assertThat(a.body()).hasSize(2);
        assertThat(a.body().get(0).start()).isZero();
        assertThat(bodyTexts(a).get(0)).startsWith("The prime minister of Portugal").endsWith("the plane landed.");
    }

    @Test
    void everyFormatInTheFolder() {
        Map<String, Article> byId = readAll(corpus).stream().filter(ReadOutcome::isOk).map(ReadOutcome::article)
                .collect(Collectors.toMap(Article::id, Function.identity()));
        Article wire = byId.get("wire-001");
        assertThat(wire.title()).isEqualTo("Vietnam and the Philippines hold coast guard talks");
        assertThat(wire.published()).isEqualTo(LocalDate.of(2023, 2, 10));
        assertThat(wire.publishedFrom()).isEqualTo("metadata");
        assertThat(wire.outlet()).isEqualTo("Asia Pacific Wire");
        assertThat(wire.dateline().place()).isEqualTo("HANOI");

        Article newsPlease = byId.get("006_lines.jsonl#2");
        assertThat(newsPlease.title()).isEqualTo("Ghana urges faster debt relief");
        assertThat(newsPlease.published()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(newsPlease.outlet()).isEqualTo("example.org");
        assertThat(newsPlease.url()).isEqualTo("https://example.org/2023/03/06/ghana-debt");
        assertThat(newsPlease.text()).startsWith("Ghana's president on Monday");

        assertThat(byId.get("006_lines.jsonl#5").language()).isEqualTo("fr");
        assertThat(byId.get("17").title()).isEqualTo("Mongolia signs rail deal");
        assertThat(byId.get("007_array.json#2").published()).isNull();
        assertThat(byId.get("005_page.html").title()).isEqualTo("Chile and Peru sign water-sharing accord");
    }

    @Test
    void speedPrint(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String en = Files.readString(corpus.resolve("000_date_token.txt")).repeat(4);
        String fr = "La ministre des affaires étrangères s'est rendue lundi à Rabat pour une visite de deux jours "
                + "consacrée à la coopération économique et à la sécurité régionale, a indiqué le ministère.\n\n";
        for (int i = 0; i < 400; i++) {
            Files.writeString(tmp.resolve(String.format("%03d.txt", i)), i % 4 == 3 ? fr.repeat(8) : en);
        }
        new ArticleReader().read(List.of(tmp)).count(); // warm up, load language models
        long t0 = System.nanoTime();
        long n = new ArticleReader().read(List.of(tmp)).filter(ReadOutcome::isOk).count();
        double ms = (System.nanoTime() - t0) / 1e6;
        assertThat(n).isEqualTo(400);
        System.out.printf("read .txt: %d articles (3/4 English, 1/4 French) in %.0f ms, %.2f ms/article%n", n, ms, ms / n);
    }

    @Test
    void languageDetectionCanBeTurnedOff() {
        ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withDetectLanguage(false));
        Map<String, String> langs = readAll(reader, corpus).stream().filter(ReadOutcome::isOk)
                .collect(Collectors.toMap(o -> o.article().id(), o -> o.article().language()));
        assertThat(langs.get("006_lines.jsonl#5")).isEqualTo("en"); // French text, but detection is off
        assertThat(langs.get("wire-001")).isEqualTo("en");
    }

    @Test
    void streamIsLazyAndClosable() {
        try (Stream<ReadOutcome> s = new ArticleReader().read(List.of(corpus))) {
            Iterator<ReadOutcome> it = s.iterator();
            assertThat(it.next().article().id()).isEqualTo("000_date_token.txt");
        }
        assertThat(new ArticleReader().read(List.of(corpus)).limit(2).count()).isEqualTo(2);
    }
}
