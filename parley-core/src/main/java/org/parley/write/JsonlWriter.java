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

    public JsonlWriter(Path file) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized void write(Object record) {
        try {
            out.write(Json.mapper().writeValueAsString(record));
            out.write('\n');
            out.flush();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized long count() { return count; }

    @Override public synchronized void close() throws IOException { out.close(); }
}
