package org.parley.stories.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.parley.write.Json;

/**
 * Records of closed stories, kept on disk until the batch ends (a temporary file), so that the stage's
 * memory stays bounded by its window and not by the number of stories. Read back once, lazily.
 */
public final class SpillFile<T> implements AutoCloseable {
    private static final ObjectMapper READ = reader();
    private final Class<T> type;
    private final Path file;
    private final BufferedWriter out;
    private int size;

    public SpillFile(Class<T> type) {
        this.type = type;
        try {
            file = Files.createTempFile("parley-" + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + "-", ".jsonl");
            file.toFile().deleteOnExit();
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for stories: " + e.getMessage(), e);
        }
    }

    public void add(T record) {
        try {
            out.write(Json.mapper().writeValueAsString(record));
            out.write('\n');
            size++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records written, in order, each passed through {@code map}; read from disk on each iteration. */
    public java.util.Collection<T> read(UnaryOperator<T> map) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AbstractCollection<>() {
            @Override public int size() { return size; }

            @Override public Iterator<T> iterator() {
                try {
                    BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    return new Iterator<>() {
                        String line = readLine(r);

                        @Override public boolean hasNext() { return line != null; }

                        @Override public T next() {
                            if (line == null) throw new NoSuchElementException();
                            try {
                                T t = map.apply(READ.readValue(line, type));
                                line = readLine(r);
                                return t;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    };
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static ObjectMapper reader() {
        com.fasterxml.jackson.databind.module.SimpleModule dates = new com.fasterxml.jackson.databind.module.SimpleModule("parley-dates");
        dates.addDeserializer(java.time.LocalDate.class, new com.fasterxml.jackson.databind.deser.std.StdDeserializer<>(java.time.LocalDate.class) {
            @Override public java.time.LocalDate deserialize(com.fasterxml.jackson.core.JsonParser p,
                                                             com.fasterxml.jackson.databind.DeserializationContext c) throws IOException {
                return java.time.LocalDate.parse(p.getValueAsString());
            }
        });
        return Json.mapper().copy().registerModule(dates).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static String readLine(BufferedReader r) {
        try {
            String l = r.readLine();
            if (l == null) r.close();
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
