package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The web UI in a real browser (headless chromium through chromium-driver) against the real server on a free
 * port over a real store ({@link UiFixture}). Each test goes from a page to the data behind it, and every
 * test fails on any console error. Skipped, with a message, only when chromium is not installed.
 *
 * <p>With {@code -Dparley.ui.shots=DIR} it also saves a screenshot of each page into DIR; with
 * {@code -Dparley.ui.store=STORE} it does that over another store (the seeds' analysis for the README);
 * {@code -Dparley.ui.only=a,b} saves only those; {@code parley.ui.query}, {@code parley.ui.trigger},
 * {@code parley.ui.story}, {@code parley.ui.actor} and {@code parley.ui.dyad.a/b} choose what is shown.
 */
class WebUiBrowserTest {
    @TempDir static Path dir;
    static ApiServer server;
    static ChromeDriver driver;
    static UiFixture.Built built;
    static String base;
    final List<String> allowedErrors = new ArrayList<>();

    @BeforeAll static void start() throws Exception {
        assumeTrue(Chromium.available(), Chromium.missing());
        Path store = dir.resolve("store");
        String other = System.getProperty("parley.ui.store");
        if (other != null && !other.isBlank()) {
            store = Path.of(other);
        } else {
            built = UiFixture.build(store);
        }
        server = ApiServer.start(store, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port() + "/";
        driver = Chromium.start(Files.createDirectories(dir.resolve("profile")), 1280, 800);
    }

    @AfterAll static void stop() {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    @BeforeEach void size() {
        driver.manage().window().setSize(new Dimension(1280, 800));
        Chromium.consoleErrors(driver); // start each test with an empty log
    }

    @AfterEach void noConsoleErrors() {
        List<String> errors = Chromium.consoleErrors(driver).stream()
                .filter(e -> allowedErrors.stream().noneMatch(e::contains)).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    // ---- helpers

    private void open(String hash) {
        if (driver.getCurrentUrl().startsWith(base)) {
            driver.executeScript("delete document.body.dataset.rendered; location.hash = arguments[0];", hash);
        } else {
            driver.get(base + hash);
        }
        waitRendered(hash);
    }

    private void waitRendered(String hash) {
        waitUntil(20, d -> hash.equals(d.executeScript("return document.body.dataset.rendered || null")));
    }

    /** Clicks a link to another page and waits for that page. */
    private void follow(WebElement link) {
        String href = link.getAttribute("href");
        String hash = href.substring(href.indexOf('#'));
        driver.executeScript("delete document.body.dataset.rendered;");
        link.click();
        waitRendered(hash);
    }

    /** Polls a condition on the page until it holds, failing after {@code seconds}. */
    private static void waitUntil(int seconds, java.util.function.Predicate<ChromeDriver> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (true) {
            try {
                if (condition.test(driver)) return;
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is changing under us: try again
            }
            if (System.nanoTime() > end) throw new AssertionError("timed out after " + seconds + " s on " + driver.getCurrentUrl());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    private String h1() { return driver.findElement(By.tagName("h1")).getText(); }

    private void noPageError() {
        assertThat(driver.findElements(By.id("page-error"))).as("page error on " + driver.getCurrentUrl()).isEmpty();
    }

    private boolean fitsWidth() {
        return (Boolean) driver.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1");
    }

    private static List<String> pages() {
        return List.of("#/", "#/search", "#/search?q=accused", "#/stories", "#/story/S1",
            "#/actor/" + built.russia(), "#/article/ui%2F0000000", "#/dyad?a=RUS&b=FRA", "#/dyad?a=RUS&b=FRA&month=2024-05", "#/dyad");
    }

    // ---- tests

    @Test void everyPageLoadsAtDesktopAndPhoneWidth() {
        assumeTrue(built != null, "fixture store only");
        for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            for (String page : pages()) {
                open(page);
                noPageError();
                assertThat(h1()).as(page).isNotBlank();
                assertThat(fitsWidth()).as(page + " fits " + size.width + " px").isTrue();
            }
        }
        open("#/");
        assertThat(driver.findElement(By.cssSelector("[data-count=articles] .n")).getText()).isEqualTo("130");
        assertThat(driver.findElement(By.id("skipped")).getText()).contains("inbox/empty.txt").contains("empty file");
        assertThat(driver.findElements(By.cssSelector(".busiest-stories a"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".busiest-actors a"))).isNotEmpty();
    }

    @Test void searchFacetThenArticleEventShowsItsSourceAndTarget() {
        assumeTrue(built != null, "fixture store only");
        open("#/search");
        WebElement q = driver.findElement(By.id("search-q"));
        q.sendKeys("accused", Keys.ENTER);
        waitRendered("#/search?q=accused");
        long all = count();
        // Narrow by a facet: the type facet's ACCUSE entry.
        follow(driver.findElement(By.cssSelector(".facets a[aria-label*='event type ACCUSE']")));
        assertThat(driver.getCurrentUrl()).contains("type=ACCUSE");
        assertThat(count()).isPositive().isLessThanOrEqualTo(all);
        WebElement hit = driver.findElement(By.cssSelector(".hits .hit-link"));
        assertThat(driver.findElement(By.cssSelector(".hits .snippet mark")).getText()).isEqualToIgnoringCase("accused");
        // The synthetic titles read "<source> accused <target> over <topic>".
        String[] title = hit.getText().split(" ");
        follow(hit);
        assertThat(h1()).isEqualTo(String.join(" ", title));
        WebElement trigger = driver.findElement(By.cssSelector("mark.ev[tabindex]"));
        assertThat(trigger.getText()).isEqualTo("accused");
        new Actions(driver).moveToElement(trigger).perform();
        WebElement tip = driver.findElement(By.id("tip"));
        waitUntil(5, d -> tip.isDisplayed());
        assertThat(tip.findElement(By.className("tip-source")).getText()).startsWith(title[0]);
        assertThat(tip.findElement(By.className("tip-target")).getText()).startsWith(title[2]);
        assertThat(tip.getText()).contains("ACCUSE").contains("Confidence");
        // A quotation names its speaker on hover.
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".quote-start"))).perform();
        assertThat(driver.findElement(By.className("tip-speaker")).getText()).startsWith("Minister ");
        // Entities open their actor page.
        WebElement entity = driver.findElement(By.cssSelector("a.ent"));
        String name = entity.getText();
        follow(entity);
        assertThat(h1()).isEqualTo(name);
        assertThat(driver.findElement(By.id("actor-code")).getText()).isNotBlank();
        assertThat(driver.findElements(By.cssSelector(".chart rect.bar"))).isNotEmpty();
    }

    private long count() {
        return Long.parseLong(driver.findElement(By.id("hit-count")).getText().split(" ")[0].replace(",", ""));
    }

    @Test void storySummarySentenceLeadsToItsPlaceInTheArticle() {
        assumeTrue(built != null, "fixture store only");
        open("#/stories");
        follow(driver.findElement(By.cssSelector("#stories a")));
        assertThat(h1()).isEqualTo("Russia and France trade accusations");
        List<WebElement> sentences = driver.findElements(By.cssSelector("#summary .summary-sentence"));
        assertThat(sentences).hasSize(built.summaryTexts().size());
        List<WebElement> timeline = driver.findElements(By.cssSelector("#timeline li"));
        assertThat(timeline).hasSize(built.storyArticles().size());
        assertThat(timeline).allSatisfy(li -> assertThat(li.getText()).contains("Russia").contains("France"));
        assertThat(driver.findElement(By.id("key-actors")).getText()).contains("Russia").contains("France");
        WebElement last = sentences.get(sentences.size() - 1);
        String expected = built.summaryTexts().get(built.summaryTexts().size() - 1);
        assertThat(last.getText()).isEqualTo(expected);
        follow(last);
        assertThat(driver.getCurrentUrl()).contains(built.storyArticles().get(built.storyArticles().size() - 1).replace("/", "%2F"));
        String focused = (String) driver.executeScript(
                "return [...document.querySelectorAll('.focus-range')].map(e => e.textContent).join('')");
        assertThat(focused).isEqualTo(expected);
        assertThat((Boolean) driver.executeScript("const r = document.getElementById('focus-start').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight")).as("the sentence is scrolled into view").isTrue();
    }

    @Test void dyadChartDrawsOnePointPerMonthAndAMonthListsItsEvents() throws Exception {
        assumeTrue(built != null, "fixture store only");
        open("#/dyad");
        driver.findElement(By.id("dyad-a")).sendKeys("RUS");
        driver.findElement(By.id("dyad-b")).sendKeys("FRA", Keys.ENTER);
        waitRendered("#/dyad?a=RUS&b=FRA");
        List<WebElement> months = driver.findElements(By.cssSelector("#dyad-chart svg .col"));
        List<String> expectedMonths = dyadMonths();
        assertThat(months).hasSize(expectedMonths.size()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElements(By.cssSelector("#dyad-chart circle.pt-coop"))).hasSize(expectedMonths.size());
        assertThat(driver.findElements(By.cssSelector("#dyad-chart circle.pt-conf"))).hasSize(expectedMonths.size());
        assertThat(driver.findElement(By.cssSelector("#dyad-chart path.conf")).getAttribute("d")).startsWith("M");
        assertThat(months.get(0).getAttribute("data-month")).isEqualTo(expectedMonths.get(0));
        // Keyboard: focus the first month and press Enter.
        driver.executeScript("delete document.body.dataset.rendered; arguments[0].focus();", months.get(0));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitRendered("#/dyad?a=RUS&b=FRA&month=" + expectedMonths.get(0));
        waitUntil(10, d -> !d.findElements(By.id("month-table")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("#month-table tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).contains("Russia").contains("France");
        WebElement sentence = driver.findElement(By.cssSelector("#month-table a.event-sentence"));
        follow(sentence);
        assertThat(driver.findElement(By.id("focus-start")).getText()).isNotBlank();
    }

    /** The months of the RUS-FRA series (from the API, gaps filled), to count the chart's points against. */
    private List<String> dyadMonths() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/dyads?a=RUS&b=FRA&limit=100")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        var items = org.parley.write.Json.mapper().readTree(r.body()).get("series").get("items");
        // The chart runs through every month from the first to the last, those without events at zero.
        java.time.YearMonth first = java.time.YearMonth.parse(items.get(0).get("month").asText());
        java.time.YearMonth last = java.time.YearMonth.parse(items.get(items.size() - 1).get("month").asText());
        for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) out.add(m.toString());
        return out;
    }

    /** A BACKGROUND event (the fixture's ministers' statements) is a muted row with a badge; the toggle hides it. */
    @Test void backgroundEventsAreMarkedAndCanBeHidden() {
        assumeTrue(built != null, "fixture store only");
        open("#/article/ui%2F0000000");
        List<WebElement> rows = driver.findElements(By.cssSelector("#article-events tbody tr"));
        List<WebElement> background = driver.findElements(By.cssSelector("#article-events tbody tr.bg-event"));
        assertThat(background).hasSize(1).allSatisfy(tr -> {
            assertThat(tr.getText()).contains("STATEMENT");
            assertThat(tr.findElement(By.className("badge")).getText()).isEqualTo("background");
        });
        assertThat(rows).hasSizeGreaterThan(background.size());
        WebElement toggle = driver.findElement(By.id("article-events-main-only"));
        toggle.click();
        assertThat(background.get(0).isDisplayed()).isFalse();
        assertThat(rows.stream().filter(WebElement::isDisplayed).count()).isEqualTo(rows.size() - 1);
        toggle.click();
        assertThat(background.get(0).isDisplayed()).isTrue();
        open("#/actor/" + built.russia());
        assertThat(driver.findElements(By.cssSelector("#actor-events tbody tr"))).isNotEmpty();
    }

    @Test void keyboardReachesEventsAndMissingThingsAreExplained() {
        assumeTrue(built != null, "fixture store only");
        open("#/article/ui%2F0000000");
        WebElement first = driver.findElement(By.cssSelector("mark.ev[tabindex]"));
        // Tab from the page heading until the first event trigger has the focus.
        for (int i = 0; i < 20 && !first.equals(driver.switchTo().activeElement()); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(driver.switchTo().activeElement()).isEqualTo(first);
        waitUntil(5, d -> d.findElement(By.id("tip")).isDisplayed());
        assertThat(driver.findElement(By.id("tip")).getText()).contains("Russia").contains("France");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(driver.findElement(By.id("tip")).isDisplayed()).isFalse();
        assertThat(first.getAttribute("aria-label")).contains("→");
        // Every form field has a label; every image-like chart has a name.
        open("#/search?q=accused");
        assertThat((Long) driver.executeScript("return [...document.querySelectorAll('input')].filter(i => !i.labels.length).length"))
                .isZero();
        allowedErrors.add("404"); // the browser logs the API's 404 for the missing story
        open("#/story/NOPE");
        assertThat(driver.findElement(By.id("no-stories")).getText()).contains("No story");
        open("#/dyad?a=RUS&b=ZZZ");
        assertThat(driver.findElement(By.id("no-dyad")).getText()).contains("No dated events");
    }

    @Test void screenshots() throws Exception {
        String out = System.getProperty("parley.ui.shots");
        assumeTrue(out != null && !out.isBlank(), "screenshots only with -Dparley.ui.shots=DIR");
        Path shots = Files.createDirectories(Path.of(out));
        String a = System.getProperty("parley.ui.dyad.a", "RUS"), b = System.getProperty("parley.ui.dyad.b", "FRA");
        open("#/");
        shot(shots, "overview");
        open("#/search?q=" + java.net.URLEncoder.encode(System.getProperty("parley.ui.query", "France"), "UTF-8"));
        shot(shots, "search");
        open("#/stories");
        List<WebElement> stories = driver.findElements(By.cssSelector("#stories a"));
        String storyPick = System.getProperty("parley.ui.story");
        WebElement story = stories.stream().filter(s -> storyPick == null || s.getText().contains(storyPick)).findFirst().orElse(null);
        if (story != null) {
            follow(story);
            shot(shots, "story");
            follow(driver.findElement(By.cssSelector("#summary .summary-sentence")));
            shot(shots, "article");
        }
        open("#/dyad?a=" + a + "&b=" + b);
        List<WebElement> cols = driver.findElements(By.cssSelector("#dyad-chart .col"));
        if (!cols.isEmpty()) {
            driver.executeScript("delete document.body.dataset.rendered; arguments[0].focus();", cols.get(cols.size() - 1));
            String month = cols.get(cols.size() - 1).getAttribute("data-month");
            driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitRendered("#/dyad?a=" + a + "&b=" + b + "&month=" + month);
            waitUntil(10, d -> !d.findElements(By.id("month-h")).isEmpty());
            driver.executeScript("window.scrollTo(0, 0)");
        }
        shot(shots, "dyad");
        String actor = System.getProperty("parley.ui.actor");
        if (actor != null) {
            open("#/actor/" + actor);
        } else {
            open("#/");
            follow(driver.findElement(By.cssSelector(".busiest-actors a")));
        }
        shot(shots, "actor");
        if (story != null) {
            open("#/stories");
            follow(driver.findElements(By.cssSelector("#stories a")).stream()
                    .filter(s -> storyPick == null || s.getText().contains(storyPick)).findFirst().orElseThrow());
            follow(driver.findElement(By.cssSelector("#summary .summary-sentence")));
        } else {
            // No stories in this store: the article is the first hit of the search.
            open("#/search?q=" + java.net.URLEncoder.encode(System.getProperty("parley.ui.query", "France"), "UTF-8"));
            follow(driver.findElement(By.cssSelector(".hits .hit-link")));
            shot(shots, "article");
        }
        List<WebElement> triggers = driver.findElements(By.cssSelector("mark.ev[tabindex]"));
        String pick = System.getProperty("parley.ui.trigger");
        WebElement trigger = triggers.stream().filter(t -> pick == null || t.getText().equalsIgnoreCase(pick)).findFirst()
                .orElse(triggers.isEmpty() ? null : triggers.get(0));
        if (trigger != null) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", trigger);
            new Actions(driver).moveToElement(trigger).perform();
            shot(shots, "article-event");
        }
        driver.manage().window().setSize(new Dimension(390, 844));
        open("#/dyad?a=" + a + "&b=" + b);
        shot(shots, "phone-dyad");
    }

    private void shot(Path dir, String name) throws Exception {
        String only = System.getProperty("parley.ui.only");
        if (only != null && !List.of(only.split(",")).contains(name)) return;
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
