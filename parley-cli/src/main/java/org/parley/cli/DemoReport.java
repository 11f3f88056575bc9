package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The readable summary `parley demo` prints, read back from the files the run wrote. */
final class DemoReport {
    private final Path dir;
    private final PrintStream out;
    private final Map<String, String> texts = new LinkedHashMap<>();

    DemoReport(Path dir, PrintStream out) {
        this.dir = dir;
        this.out = out;
    }

    void print() throws IOException {
        List<JsonNode> articles = read("articles.jsonl");
        articles.forEach(a -> texts.put(a.path("id").asText(), a.path("text").asText()));
        section("Articles (" + articles.size() + ")");
        for (JsonNode a : articles) {
            String date = a.path("published").isNull() ? "undated" : a.path("published").asText() + " (" + a.path("published_from").asText() + ")";
            out.printf("  %-34s %-24s %-3s %s%s%n", clip(a.path("id").asText(), 34), date, a.path("language").asText(),
                    clip(text(a, "title"), 60),
                    a.path("duplicate_of").isNull() ? "" : "  [duplicate of " + a.path("duplicate_of").asText() + "]");
            if (!a.path("skipped_stages").isNull()) out.println("      " + a.path("skipped_stages").asText());
        }

        List<JsonNode> entities = read("entities.jsonl");
        entities.sort(Comparator.comparingInt((JsonNode e) -> -e.path("mentions").size()));
        section("Top entities (" + entities.size() + " in all)");
        for (JsonNode e : entities.subList(0, Math.min(25, entities.size()))) {
            JsonNode actor = e.path("actor");
            String code = actor.isMissingNode() || actor.isNull() ? "-" : nz(actor.path("country")) + "/" + nz(actor.path("sector"));
            List<String> variants = new ArrayList<>();
            e.path("variants").forEach(v -> variants.add(v.asText()));
            out.printf("  %-28s %-13s %-10s %3d mentions   %s%n", clip(e.path("name").asText(), 28), e.path("type").asText(), code,
                    e.path("mentions").size(), variants.size() > 1 ? "as " + String.join(", ", variants) : "");
        }

        List<JsonNode> timexes = read("timexes.jsonl");
        section("Dates found (" + timexes.size() + ")");
        String last = null;
        for (JsonNode t : timexes) {
            String article = t.path("article").asText();
            if (!article.equals(last)) out.println("  " + article);
            last = article;
            out.printf("      %-32s %-9s %s%n", clip(oneLine(t.path("text").asText()), 32), t.path("type").asText(), nz(t.path("value")));
        }

        List<JsonNode> events = read("events.jsonl");
        section("Events (" + events.size() + ")");
        for (JsonNode e : events) {
            JsonNode m = e.path("mentions").path(0);
            String flags = (e.path("negated").asBoolean() ? " negated" : "") + (e.path("hypothetical").asBoolean() ? " hypothetical" : "");
            out.printf("  %-9s %s -> %s  %s  cameo %s%s%n", e.path("type").asText(), actors(e.path("source")), actors(e.path("target")),
                    nz(e.path("date")), nz(e.path("cameo")), flags);
            JsonNode sentence = m.path("sentence");
            String text = texts.get(m.path("article").asText());
            if (text != null && sentence.isArray()) {
                out.println("      " + m.path("article").asText() + ": \"" + clip(oneLine(text.substring(sentence.get(0).asInt(), sentence.get(1).asInt())), 140) + "\"");
            }
        }

        List<JsonNode> quotes = read("quotes.jsonl");
        section("Quotations by speaker (" + quotes.size() + ")");
        Map<String, List<JsonNode>> bySpeaker = new LinkedHashMap<>();
        for (JsonNode q : quotes) {
            JsonNode s = q.path("speaker");
            String name = s.isNull() || s.isMissingNode() ? "(unknown speaker)" : s.path("name").asText();
            bySpeaker.computeIfAbsent(name, k -> new ArrayList<>()).add(q);
        }
        bySpeaker.forEach((name, qs) -> {
            JsonNode s = qs.get(0).path("speaker");
            out.println("  " + name + (s.isObject() ? "  " + nz(s.path("country")) + "/" + nz(s.path("sector")) : ""));
            for (JsonNode q : qs) {
                out.printf("      [%s] %s%n", q.path("kind").asText(), clip(oneLine(q.path("content").path("text").asText()), 130));
            }
        });

        List<JsonNode> stories = read("stories.jsonl");
        section("Stories (" + stories.size() + "; articles that report the same event)");
        for (JsonNode st : stories) {
            List<String> ids = new ArrayList<>();
            st.path("articles").forEach(x -> ids.add(x.asText()));
            out.printf("  %-4s %s .. %s  %s%n", st.path("id").asText(), nz(st.path("start")), nz(st.path("end")), clip(oneLine(st.path("title").asText()), 90));
            out.println("       articles: " + String.join(", ", ids));
            if (ids.size() > 1) {
                for (JsonNode sent : st.path("summary")) out.println("       - " + clip(oneLine(sent.path("text").asText()), 130));
            }
        }
        for (JsonNode d : read("article_dates.jsonl")) {
            out.println("  " + d.path("article").asText() + " had no date: dated " + d.path("published").asText() + " (estimated) from story " + d.path("story").asText());
        }

        List<JsonNode> skipped = read("skipped.jsonl");
        if (!skipped.isEmpty()) {
            section("Skipped inputs (" + skipped.size() + ")");
            skipped.forEach(s -> out.println("  " + s.path("path").asText() + ": " + s.path("reason").asText()));
        }
        out.println();
        out.println("Full results (JSON lines, schema in docs/schema.md): " + dir);
    }

    private static String actors(JsonNode list) {
        List<String> parts = new ArrayList<>();
        for (JsonNode a : list) {
            String code = nz(a.path("country")) + (a.path("sector").isTextual() ? "/" + a.path("sector").asText() : "");
            parts.add(code + " (" + oneLine(a.path("text").asText()) + ")");
        }
        return parts.isEmpty() ? "-" : String.join(" + ", parts);
    }

    private void section(String title) {
        out.println();
        out.println("== " + title);
    }

    private List<JsonNode> read(String name) throws IOException { return new ResultFolder(dir).read(name); }

    private static String text(JsonNode n, String field) { return n.path(field).isNull() ? "" : n.path(field).asText(""); }

    private static String nz(JsonNode n) { return n.isNull() || n.isMissingNode() ? "-" : n.asText(); }

    private static String oneLine(String s) { return s.replaceAll("\\s+", " ").strip(); }

    private static String clip(String s, int n) { return s.length() <= n ? s : s.substring(0, n - 1) + "…"; }
}
