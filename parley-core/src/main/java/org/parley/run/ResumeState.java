package org.parley.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.ArticleAnalysis;
import org.parley.entities.ArticleEntities;
import org.parley.model.Article;
import org.parley.write.ArticleRecord;
import org.parley.write.Json;
import org.parley.write.JournalRecord;

/**
 * What an interrupted run left in its folder, for {@code --resume}. An article is done when its line is in
 * articles.jsonl: the runner writes it last, after the article's dates, quotations and journal line. Lines
 * of articles that were in flight (and a line cut by kill -9) are removed from every file; skipped.jsonl
 * starts anew because the inputs are read again. The done articles are replayed from the journal through
 * the linker and the corpus stages, so the entity ids stay the same and the final tables cover both runs.
 */
final class ResumeState {
    private final Set<String> done;
    private final List<ArticleAnalysis> replay;

    private ResumeState(Set<String> done, List<ArticleAnalysis> replay) {
        this.done = done;
        this.replay = replay;
    }

    static ResumeState none() { return new ResumeState(Set.of(), List.of()); }

    boolean isDone(String articleId) { return done.contains(articleId); }

    /** The done articles in input order, as the linker and the corpus stages need them (no annotation, dates or quotations). */
    List<ArticleAnalysis> replay() { return replay; }

    static ResumeState load(Path dir) {
        List<JsonNode> articles = validLines(dir.resolve("articles.jsonl"));
        Set<String> done = new LinkedHashSet<>();
        for (JsonNode a : articles) done.add(a.path("id").asText());
        Map<String, JournalRecord> journal = new HashMap<>();
        for (JsonNode j : validLines(dir.resolve("journal.jsonl"))) {
            if (done.contains(j.path("id").asText())) journal.put(j.path("id").asText(), read(j, JournalRecord.class));
        }
        List<ArticleAnalysis> replay = new ArrayList<>();
        for (JsonNode node : articles) {
            ArticleRecord r = read(node, ArticleRecord.class);
            Article a = new Article(r.id(), r.path(), r.url(), r.outlet(), r.title(), r.published(), r.publishedFrom(),
                    r.language(), null, r.text(), r.body(), r.dateline());
            JournalRecord j = journal.get(r.id());
            replay.add(new ArticleAnalysis(a, null, new ArticleEntities(j == null ? List.of() : j.entities()), List.of(),
                    j == null ? List.of() : j.events(), List.of(), r.skippedStages()));
        }
        keep(dir.resolve("articles.jsonl"), n -> true);
        keep(dir.resolve("journal.jsonl"), n -> done.contains(n.path("id").asText()));
        keep(dir.resolve("timexes.jsonl"), n -> done.contains(n.path("article").asText()));
        keep(dir.resolve("quotes.jsonl"), n -> done.contains(n.path("article").asText()));
        try {
            Files.deleteIfExists(dir.resolve("skipped.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ResumeState(done, replay);
    }

    private static <T> T read(JsonNode n, Class<T> type) {
        try {
            return Json.mapper().treeToValue(n, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume: unreadable " + type.getSimpleName() + " line: " + e.getMessage(), e);
        }
    }

    /** The complete, valid JSON lines of {@code file} (none when it is missing). */
    static List<JsonNode> validLines(Path file) {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                try {
                    out.add(Json.mapper().readTree(line));
                } catch (IOException e) {
                    // the line kill -9 cut: dropped
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume from " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Rewrites {@code file} with its valid lines that {@code keep} accepts, aside and then renamed. */
    private static void keep(Path file, Predicate<JsonNode> keep) {
        if (!Files.exists(file)) return;
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (var w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (JsonNode n : validLines(file)) {
                if (!keep.test(n)) continue;
                w.write(Json.mapper().writeValueAsString(n));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
