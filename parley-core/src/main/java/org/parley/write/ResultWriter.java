package org.parley.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.parley.model.Entity;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.Skipped;
import org.parley.model.Timex;

/**
 * The JSONL output folder: articles, timexes, quotes and skipped inputs are streamed as they come;
 * entities, events and the other corpus-level records are written when their stage finishes.
 */
public final class ResultWriter implements ResultSink {
    private final Path dir;
    private final JsonlWriter articles;
    private final JsonlWriter timexes;
    private final JsonlWriter quotes;
    private final JsonlWriter skipped;

    public ResultWriter(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        articles = new JsonlWriter(dir.resolve("articles.jsonl"));
        timexes = new JsonlWriter(dir.resolve("timexes.jsonl"));
        quotes = new JsonlWriter(dir.resolve("quotes.jsonl"));
        skipped = new JsonlWriter(dir.resolve("skipped.jsonl"));
    }

    public Path dir() { return dir; }

    @Override public void article(ArticleRecord a) { articles.write(a); }

    @Override public void timexes(Collection<Timex> ts) { ts.forEach(timexes::write); }

    @Override public void quotes(Collection<Quote> qs) { qs.forEach(quotes::write); }

    @Override public void skipped(Skipped s) { skipped.write(s); }

    @Override public void entities(Collection<Entity> entities) { writeAll("entities.jsonl", entities); }

    @Override public void events(Collection<Event> events) { writeAll("events.jsonl", events); }

    @Override public void records(String kind, Collection<?> records) { writeAll(kind + ".jsonl", records); }

    private void writeAll(String name, Collection<?> records) {
        try (JsonlWriter w = new JsonlWriter(dir.resolve(name))) {
            records.forEach(w::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() throws IOException {
        articles.close();
        timexes.close();
        quotes.close();
        skipped.close();
    }
}
