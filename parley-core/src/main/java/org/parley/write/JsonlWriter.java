package org.parley.write;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one JSON object per line and flushes after every record, so that whatever was analysed
 * before a crash or an interrupt is already on disk.
 */
public final class JsonlWriter implements Closeable {
    private final BufferedWriter out;
    private long count;

    public JsonlWriter(Path file) { this(file, false); }

    /** @param append add to the end of an existing file (which must end on a line boundary) */
    public JsonlWriter(Path file, boolean append) {
        try {
            this.out = append
                    ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND, java.nio.file.StandardOpenOption.WRITE)
                    : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized void write(Object record) {
        try {
            // One write per line: a kill between records leaves only whole lines (the OS may still cut the last one).
            out.write(Json.mapper().writeValueAsString(record) + "\n");
            out.flush();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized long count() { return count; }

    @Override public synchronized void close() throws IOException { out.close(); }
}
