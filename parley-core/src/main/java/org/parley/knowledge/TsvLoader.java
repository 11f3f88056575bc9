package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one reader of Parley's knowledge files (format in {@link org.parley.knowledge the package doc}),
 * as Lucene has one {@code WordlistLoader}. A missing built-in resource is a packaging bug and throws
 * {@link IllegalStateException}; an unreadable user file throws {@link UncheckedIOException} naming it;
 * a malformed row throws {@link IllegalArgumentException} with its file and line, when the caller asks
 * for a column the row does not have ({@link Row#cell}).
 */
public final class TsvLoader {
    private TsvLoader() {}

    /** One data line: its cells (trimmed) and where it came from, for messages. */
    public record Row(String source, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public int size() { return cells.size(); }

        /** Cell {@code i}; throws with the file and line when the row is shorter. */
        public String cell(int i) {
            if (i >= cells.size()) {
                throw new IllegalArgumentException(where() + ": expected at least " + (i + 1) + " tab-separated columns, found " + cells.size());
            }
            return cells.get(i);
        }

        /** Cell {@code i}, or {@code fallback} when the row is shorter or the cell is empty or "-". */
        public String cellOr(int i, String fallback) {
            if (i >= cells.size()) return fallback;
            String c = cells.get(i);
            return c.isEmpty() || c.equals("-") ? fallback : c;
        }

        /** "patterns.tsv:12", for messages. */
        public String where() { return source + ":" + line; }
    }

    /** A built-in file on the class path, by absolute resource name: "/org/parley/knowledge/agent-nouns.tsv" (shared), or a stage's own (org/parley/time/lexicon.tsv). */
    public static List<Row> resource(String name) {
        try (InputStream in = TsvLoader.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("built-in knowledge file missing from the class path: " + name);
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), name.substring(name.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in knowledge file " + name + ": " + e.getMessage(), e);
        }
    }

    /** A user's file (--actors, --patterns, --quote-cues). */
    public static List<Row> file(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(r, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The built-in resource followed by each user file, in order. */
    public static List<Row> resourceAndFiles(String name, List<Path> files) {
        List<Row> rows = new ArrayList<>(resource(name));
        for (Path p : files == null ? List.<Path>of() : files) rows.addAll(file(p));
        return rows;
    }

    /** The first cell of every row: the format of plain word lists. */
    public static List<String> words(String resourceName) {
        List<String> out = new ArrayList<>();
        for (Row r : resource(resourceName)) out.add(r.cell(0));
        return out;
    }

    public static List<Row> read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            n++;
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            rows.add(new Row(source, n, Arrays.stream(line.split("\t", -1)).map(String::strip).toList()));
        }
        return rows;
    }
}
