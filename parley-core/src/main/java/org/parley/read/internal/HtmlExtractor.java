package org.parley.read.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Extracts the story from a news web page: drops page furniture (navigation, asides, footers,
 * scripts, figure captions, share and related-story boxes), picks the story container
 * ({@code <article>}, {@code itemprop=articleBody}, {@code <main>}, else the element holding the most
 * paragraph text) and joins its paragraphs with blank lines. Also reads title, date, URL and outlet.
 */
public final class HtmlExtractor {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Never story text. */
    private static final String JUNK = "script, style, noscript, template, iframe, svg, button, select, figcaption, "
            + "picture, video, audio, nav, [role=navigation]";
    /** Usually furniture, but some sites wrap the whole page in one (ASP.NET's {@code <form>}). */
    private static final String FURNITURE = "aside, footer, form, figure, [role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern FURNITURE_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(share|sharing|social|related|recommended|newsletter|promo|advert|advertisement|ad|ads|"
            + "cookie|consent|subscribe|subscription|breadcrumbs?|caption|credit|comments?|tags|toolbar|"
            + "sidebar|more-stories|most-read|popular|paywall|signup|byline)($|[\\s_-])");
    /** Ad slot labels left in the text flow. */
    private static final Pattern AD_LABEL = Pattern.compile(
            "(?i)(advertisement|sponsored|story continues below(?: advertisement)?|article continues below(?: advertisement)?)");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    private HtmlExtractor() {}

    /** What a page yields. {@code paragraphs} are whitespace-normalised, in page order. */
    public record Page(String title, List<String> paragraphs, LocalDate published, String publishedFrom,
                       String url, String outlet, String language) {}

    public static Page extract(String html, String knownUrl) {
        Document doc = Jsoup.parse(html, knownUrl == null ? "" : knownUrl);
        String url = firstNonBlank(knownUrl, meta(doc, "meta[property=og:url]"), attr(doc, "link[rel=canonical]", "href"));
        String title = cleanTitle(firstNonBlank(meta(doc, "meta[property=og:title]"), text(doc, "article h1"),
                text(doc, "h1"), doc.title()), doc);
        String outlet = firstNonBlank(meta(doc, "meta[property=og:site_name]"), host(url));
        String language = langOf(doc);

        LocalDate date = null;
        String from = null;
        for (String d : Arrays.asList(meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), attr(doc, "[itemprop=datePublished]", "datetime"),
                meta(doc, "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date], "
                        + "meta[name=DC.date.issued], meta[name=parsely-pub-date], meta[name=sailthru.date]"),
                jsonLdDate(doc))) {
            date = Dates.parse(d);
            if (date != null) { from = "metadata"; break; }
        }

        Element container = container(doc);
        if (date == null && container != null) {
            Element time = container.selectFirst("time[datetime]");
            if (time == null) time = doc.selectFirst("time[datetime]");
            if (time != null && (date = Dates.parse(time.attr("datetime"))) != null) from = "metadata";
        }
        if (date == null && (date = Dates.fromUrl(url)) != null) from = "url";

        List<String> paragraphs = new ArrayList<>();
        if (container != null) {
            removeFurniture(container);
            Elements blocks = container.select(BLOCKS);
            for (Element b : blocks) {
                if (hasBlockAncestorIn(b, container)) continue; // its text is in the outer block
                String t = b.text().strip();
                if (t.isEmpty() || AD_LABEL.matcher(t).matches()) continue;
                if (!(paragraphs.isEmpty() && t.equals(title))) paragraphs.add(t);
            }
            if (paragraphs.isEmpty()) {
                for (String line : container.wholeText().split("\\n\\s*\\n")) {
                    String t = line.strip().replaceAll("\\s+", " ");
                    if (!t.isEmpty()) paragraphs.add(t);
                }
            }
        }
        return new Page(title, paragraphs, date, from, url, outlet, language);
    }

    private static Element container(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        // Work on a copy so that furniture removal does not affect metadata lookups.
        Element clean = body.clone();
        removeFurniture(clean);
        Element best = null;
        for (Element a : clean.select("article, [itemprop=articleBody], [property=articleBody]")) {
            if (best == null || paragraphText(a) > paragraphText(best)) best = a;
        }
        if (best != null && paragraphText(best) >= 200) return best;
        Element main = clean.selectFirst("main, [role=main]");
        if (main != null && paragraphText(main) >= 200) return main;
        // Readability-style fallback: the parent whose own <p> children hold the most text.
        Element bestParent = null;
        int bestScore = 0;
        for (Element p : clean.select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int score = 0;
            for (Element child : parent.children()) if (child.tagName().equals("p")) score += child.text().length();
            if (score > bestScore) { bestScore = score; bestParent = parent; }
        }
        if (bestParent != null && bestScore >= 200) return bestParent;
        return best != null ? best : main != null ? main : clean;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    private static void removeFurniture(Element root) {
        root.select(JUNK).remove();
        int total = paragraphText(root);
        for (Element e : root.select(FURNITURE)) {
            if (e.parent() != null && !holdsTheStory(e, total)) e.remove();
        }
        // Page header outside the story (logo, menus); a header inside <article> holds the headline.
        for (Element h : root.select("header")) {
            if (h.closest("article") == null && !holdsTheStory(h, total)) h.remove();
        }
        for (Element e : root.getAllElements()) {
            if (e == root || e.parent() == null) continue;
            String marks = e.className() + " " + e.id();
            if (!marks.isBlank() && FURNITURE_CLASS.matcher(marks).find()
                    && !e.tagName().equals("article") && !e.tagName().equals("body") && !e.tagName().equals("main")
                    && !holdsTheStory(e, total)) {
                e.remove();
            }
        }
    }

    /** True when {@code e} holds so much of the page's paragraph text that removing it would lose the story. */
    private static boolean holdsTheStory(Element e, int totalParagraphText) {
        return totalParagraphText > 0 && paragraphText(e) * 10 > totalParagraphText * 4;
    }

    private static boolean hasBlockAncestorIn(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) return true;
        }
        return false;
    }

    private static String jsonLdDate(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(s.data());
                String d = findField(node, "datePublished", 0);
                if (d != null) return d;
            } catch (Exception e) {
                // broken JSON-LD is common; other sources may still give the date
            }
        }
        return null;
    }

    private static String findField(JsonNode node, String field, int depth) {
        if (node == null || depth > 6) return null;
        if (node.isObject()) {
            JsonNode v = node.get(field);
            if (v != null && v.isTextual()) return v.asText();
            for (JsonNode child : node) {
                String d = findField(child, field, depth + 1);
                if (d != null) return d;
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String d = findField(child, field, depth + 1);
                if (d != null) return d;
            }
        }
        return null;
    }

    private static String cleanTitle(String title, Document doc) {
        if (title == null) return null;
        String t = title.strip().replaceAll("\\s+", " ");
        // "Story headline | Outlet" and "Story headline - Outlet": drop the site name.
        String site = meta(doc, "meta[property=og:site_name]");
        for (String sep : List.of(" | ", " - ", " — ", " – ")) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                String tail = t.substring(i + sep.length());
                if ((site != null && tail.equalsIgnoreCase(site)) || (sep.equals(" | ") && tail.length() < 40)) {
                    t = t.substring(0, i).strip();
                }
            }
        }
        return t.isEmpty() ? null : t;
    }

    private static String langOf(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        if (html == null) return null;
        String lang = html.attr("lang").strip().toLowerCase(Locale.ROOT);
        if (lang.length() >= 2 && lang.substring(0, 2).matches("[a-z]{2}")) return lang.substring(0, 2);
        return null;
    }

    private static String meta(Document doc, String css) {
        for (Element e : doc.select(css)) {
            String v = e.attr("content").strip();
            if (!v.isEmpty()) return v;
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
