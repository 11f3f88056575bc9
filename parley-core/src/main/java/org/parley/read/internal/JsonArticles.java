package org.parley.read.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.parley.model.Article;
import org.parley.read.ReadOutcome;

/**
 * Maps one JSON object to an article. Accepts Parley's fields ({@code id, text, title, published, url,
 * outlet, language}) and news-please's ({@code maintext, title, date_publish, url, source_domain,
 * language}); a few common aliases are accepted too (see docs/input-formats.md).
 */
public final class JsonArticles {
    private final Articles articles;

    public JsonArticles(Articles articles) {
        this.articles = articles;
    }

    /**
     * @param fallbackId id to use when the object has none
     * @param where      "line 17" or "item 3" for skip reasons, or null for a whole-file object
     */
    public ReadOutcome toOutcome(JsonNode node, String fallbackId, String path, String where) {
        String prefix = where == null ? "" : where + ": ";
        if (node == null || !node.isObject()) {
            return ReadOutcome.skip(path, prefix + "not a JSON object");
        }
        String text = str(node, "text", "maintext", "body", "content", "article");
        if (text == null) {
            return ReadOutcome.skip(path, prefix + "no text field (expected \"text\" or \"maintext\")");
        }
        if (text.isBlank()) {
            return ReadOutcome.skip(path, prefix + "empty text");
        }
        String id = str(node, "id", "_id", "uuid");
        if (id == null) id = fallbackId;
        String url = str(node, "url", "link");
        String published = str(node, "published", "date_publish", "datePublished", "publish_date", "date");
        LocalDate date = Dates.parse(published);
        Meta meta = new Meta(str(node, "title", "headline"), url,
                str(node, "outlet", "source_domain", "source", "publisher"),
                date, date == null ? null : "metadata", str(node, "language", "lang"));
        Article a = articles.fromPlainText(id.strip(), path, text, meta);
        if (a.body().isEmpty()) return ReadOutcome.skip(path, prefix + "no article text after the header");
        return ReadOutcome.ok(a);
    }

    private static String str(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v == null || v.isNull()) continue;
            if (v.isTextual() || v.isNumber()) {
                String s = v.asText();
                if (!s.isBlank() || n.equals("text") || n.equals("maintext")) return s;
            }
        }
        return null;
    }
}
