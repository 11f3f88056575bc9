package org.parley.write;

import java.io.Closeable;
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
 * The output folder: articles, timexes, quotes and skipped inputs are streamed as they come;
 * entities and events, which gather evidence across articles, are written at the end.
 */
public final class ResultWriter implements Closeable {
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

    public void article(ArticleRecord a) { articles.write(a); }

    public void timexes(Collection<Timex> ts) { ts.forEach(timexes::write); }

    public void quotes(Collection<Quote> qs) { qs.forEach(quotes::write); }

    public void skipped(Skipped s) { skipped.write(s); }

    /** Writes entities.jsonl and events.jsonl in one go, at the end of a batch. */
    public void finish(Collection<Entity> entities, Collection<Event> events) {
        writeAll("entities.jsonl", entities);
        writeAll("events.jsonl", events);
    }

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
