package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads back the JSONL files of an analysis folder (for timeline, dyad and demo). */
final class ResultFolder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    ResultFolder(Path dir) { this.dir = dir; }

    Path dir() { return dir; }

    List<JsonNode> read(String name) throws IOException {
        Path p = dir.resolve(name);
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(p)) return out;
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) if (!line.isBlank()) out.add(JSON.readTree(line));
        }
        return out;
    }

    /** Article id -> its date and whether that date is estimated, with the dates stories gave undated articles. */
    Map<String, ArticleDate> articleDates() throws IOException {
        Map<String, ArticleDate> out = new HashMap<>();
        for (JsonNode a : read("articles.jsonl")) {
            if (a.path("published").isTextual()) {
                out.put(a.path("id").asText(), new ArticleDate(a.path("published").asText(),
                        "estimated".equals(a.path("published_from").asText()), null));
            }
        }
        for (JsonNode d : read("article_dates.jsonl")) {
            out.put(d.path("article").asText(), new ArticleDate(d.path("published").asText(), true, d.path("story").asText()));
        }
        return out;
    }

    record ArticleDate(String date, boolean estimated, String story) {}

    static String text(JsonNode n) { return n == null || n.isNull() || n.isMissingNode() ? null : n.asText(); }
}
