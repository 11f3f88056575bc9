package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.read.Fixtures.bodyTexts;
import static org.parley.read.Fixtures.checkSpans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class HtmlReaderTest {
    @TempDir Path dir;

    private Article page(String name, String html) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, html, StandardCharsets.UTF_8);
        Article a = Fixtures.only(f);
        checkSpans(a);
        return a;
    }

    private static final String PARAS = "<p>Officials from the two countries met on Monday to discuss a new agreement on fishing rights in shared waters, according to a statement.</p>"
            + "<p>The talks will continue next month in the capital, where negotiators hope to settle the remaining questions about quotas.</p>";

    @Test
    void mainTextWithoutFurniture() throws Exception {
        Article a = Fixtures.only(Fixtures.resource("corpus/005_page.html"));
        checkSpans(a);
        assertThat(a.title()).isEqualTo("Chile and Peru sign water-sharing accord");
        assertThat(a.text()).startsWith("Chile and Peru sign water-sharing accord\n\nLIMA (Andes Courier) — Chile and Peru signed");
        assertThat(a.text()).doesNotContain("Home", "Share on", "tracking", "Photo:", "Read more", "Related:", "Copyright",
                "By Ana Torres", "color: red");
        assertThat(bodyTexts(a)).hasSize(3);
        assertThat(bodyTexts(a).get(0)).startsWith("Chile and Peru signed an agreement");
        assertThat(a.dateline().place()).isEqualTo("LIMA");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 9, 15));
        assertThat(a.publishedFrom()).isEqualTo("metadata");
        assertThat(a.url()).isEqualTo("https://example.com/news/chile-peru-water");
        assertThat(a.outlet()).isEqualTo("The Andes Courier");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body().get(0).start()).isGreaterThan(a.title().length());
    }

    @Test
    void dateFromJsonLd() throws Exception {
        Article a = page("ld.html", "<html><head><title>Talks resume | Daily</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2018-04-05T12:00:00Z\"}]}</script>"
                + "</head><body><div class=\"content\">" + PARAS + "</div></body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 4, 5));
        assertThat(a.publishedFrom()).isEqualTo("metadata");
        assertThat(a.title()).isEqualTo("Talks resume");
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void dateFromTimeElement() throws Exception {
        Article a = page("time.html", "<html><body><main><h1>Fishing talks</h1><time datetime=\"2016-11-30\">30 Nov</time>"
                + PARAS + "</main></body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 11, 30));
        assertThat(a.title()).isEqualTo("Fishing talks");
    }

    @Test
    void dateFromUrl() throws Exception {
        Article a = page("url.html", "<html><head><meta property=\"og:url\" content=\"https://news.example.com/world/2015/07/21/fishing-talks\">"
                + "</head><body><article>" + PARAS + "</article></body></html>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2015, 7, 21));
        assertThat(a.publishedFrom()).isEqualTo("url");
        assertThat(a.outlet()).isEqualTo("news.example.com");
        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("Officials from the two countries");
    }

    @Test
    void prefersTheArticleWithMostText() throws Exception {
        Article a = page("two.html", "<html><body><article><p>Teaser for another story.</p></article>"
                + "<article><h1>Main</h1>" + PARAS + "</article></body></html>");
        assertThat(a.text()).doesNotContain("Teaser");
    }

    @Test
    void wholePageInAFormOrAnAdFreeBodyIsKept() throws Exception {
        Article a = page("form.html", "<html><body><form id=\"aspnetForm\"><div class=\"story-body ad-free\">"
                + "<h1>Fishing talks</h1>" + PARAS + "</div><div class=\"related\"><p>Other story teaser</p></div></form></body></html>");
        assertThat(a.body()).hasSize(2);
        assertThat(a.text()).doesNotContain("teaser");
        Article ad = page("ad.html", "<html><body><article>" + PARAS.replace("</p><p>", "</p><p>Advertisement</p><p>")
                + "</article></body></html>");
        assertThat(ad.text()).doesNotContain("Advertisement");
    }

    @Test
    void pageWithoutTextIsSkipped() throws Exception {
        Path f = dir.resolve("empty.html");
        Files.writeString(f, "<html><head><title>Nothing</title></head><body><nav>Menu</nav></body></html>");
        assertThat(Fixtures.readAll(f)).singleElement().satisfies(o ->
                assertThat(o.skipped().reason()).isEqualTo("no article text found in the page"));
    }

    @Test
    void declaredLatin1Charset() throws Exception {
        Path f = dir.resolve("latin.htm");
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
                + "<p>Le président français a reçu lundi à l'Élysée son homologue allemand pour évoquer la défense européenne et l'énergie.</p>"
                + "<p>Les deux dirigeants se retrouveront à Berlin au début de l'été pour un conseil des ministres commun.</p></body></html>";
        Files.write(f, html.getBytes(StandardCharsets.ISO_8859_1));
        Article a = Fixtures.only(f);
        assertThat(a.text()).contains("président", "reçu", "Élysée");
        assertThat(a.language()).isEqualTo("fr");
    }
}
