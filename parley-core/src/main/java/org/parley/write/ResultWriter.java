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
 * The JSONL output folder: articles, timexes, quotes, skipped inputs and the journal (what each article adds
 * to entities and events) are streamed as they come, one flushed line per record; entities, events and the
 * other corpus-level records are written when their stage finishes, aside and then renamed.
 */
public final class ResultWriter implements ResultSink {
    /**
     * The files a run writes directly in its folder, besides those of corpus stages that {@link #MANIFEST} lists:
     * what --overwrite may delete and what makes a folder hold an earlier run. Nothing else in the folder is touched.
     */
    public static final java.util.List<String> OWN_FILES = java.util.List.of("articles.jsonl", "timexes.jsonl", "quotes.jsonl",
            "skipped.jsonl", "journal.jsonl", "entities.jsonl", "events.jsonl", "stories.jsonl", "article_dates.jsonl", "dyads.jsonl");
    /** One file name a line: every file a run wrote in the folder, so that a later --overwrite knows them all. */
    public static final String MANIFEST = ".parley-files";

    private final Path dir;
    private final JsonlWriter articles;
    private final JsonlWriter timexes;
    private final JsonlWriter quotes;
    private final JsonlWriter skipped;
    private final JsonlWriter journal;

    public ResultWriter(Path dir) { this(dir, false); }

    /** @param append continue the files of an earlier run (--resume) instead of starting them anew */
    public ResultWriter(Path dir, boolean append) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        articles = new JsonlWriter(dir.resolve("articles.jsonl"), append);
        timexes = new JsonlWriter(dir.resolve("timexes.jsonl"), append);
        quotes = new JsonlWriter(dir.resolve("quotes.jsonl"), append);
        skipped = new JsonlWriter(dir.resolve("skipped.jsonl"), append);
        journal = new JsonlWriter(dir.resolve("journal.jsonl"), append);
    }

    public Path dir() { return dir; }

    @Override public void article(ArticleRecord a) { articles.write(a); }

    @Override public void timexes(Collection<Timex> ts) { ts.forEach(timexes::write); }

    @Override public void quotes(Collection<Quote> qs) { qs.forEach(quotes::write); }

    @Override public void skipped(Skipped s) { skipped.write(s); }

    @Override public void journal(JournalRecord r) { journal.write(r); }

    @Override public void entities(Collection<Entity> entities) { writeAll("entities.jsonl", entities); }

    @Override public void events(Collection<Event> events) { writeAll("events.jsonl", events); }

    @Override public void records(String kind, Collection<?> records) { writeAll(kind + ".jsonl", records); }

    /** Written aside and renamed, so that the file is either the earlier one or complete. */
    private void writeAll(String name, Collection<?> records) {
        if (!OWN_FILES.contains(name)) listInManifest(name);
        Path tmp = dir.resolve(name + ".tmp");
        try (JsonlWriter w = new JsonlWriter(tmp, false)) {
            records.forEach(w::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** Adds {@code name} to the folder's manifest (once), before the file is written. */
    private void listInManifest(String name) {
        Path m = dir.resolve(MANIFEST);
        try {
            if (Files.exists(m) && Files.readAllLines(m, java.nio.charset.StandardCharsets.UTF_8).contains(name)) return;
            Files.writeString(m, name + "\n", java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + m + ": " + e.getMessage(), e);
        }
    }

    @Override public void close() throws IOException {
        articles.close();
        timexes.close();
        quotes.close();
        skipped.close();
        journal.close();
    }
}
