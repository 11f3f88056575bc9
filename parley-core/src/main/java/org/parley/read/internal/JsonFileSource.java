package org.parley.read.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.parley.read.ReadOutcome;

/**
 * Streams the articles of a JSON file without holding the file in memory:
 * <ul>
 *   <li>JSON lines (.jsonl, and a .json whose first line is a whole object): one object per line; a
 *       malformed line is skipped with its number and reading goes on;</li>
 *   <li>a .json array: one object per element;</li>
 *   <li>a .json object spread over several lines (pretty-printed), or several such objects in a row.</li>
 * </ul>
 * Without an {@code id} field, an article is named after its file, plus {@code #N} (line or element
 * number, from 1) when the file holds more than one record.
 */
final class JsonFileSource extends OutcomeSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final InputFile file;
    private final JsonArticles json;
    private final long maxRecordChars;
    private final boolean lines;
    private final boolean gzip;

    private Reader reader;
    private LineReader lineReader;
    private JsonParser parser;
    private Mode mode;
    private int item;
    /** One record of lookahead, to know whether the file holds more than one. */
    private Pending pending;
    private boolean multiple;
    private boolean finished;
    private boolean blank;
    private String binary;
    /** Turns the end of a truncated gzip stream into an end of input, so that the lines before it are read. */
    private TruncationGuard truncation;

    private enum Mode { LINES, ARRAY, OBJECTS }

    /** A raw record: a line (text or TOO_LONG) or a parsed node, or a ready outcome (errors). */
    private record Pending(int number, String line, JsonNode node, ReadOutcome failed, boolean fatal) {
        Pending(int number, String line, JsonNode node, ReadOutcome failed) { this(number, line, node, failed, false); }
    }

    JsonFileSource(InputFile file, JsonArticles json, long maxRecordBytes, boolean lines, boolean gzip) {
        super(file.display());
        this.file = file;
        this.json = json;
        this.maxRecordChars = maxRecordBytes;
        this.lines = lines;
        this.gzip = gzip;
    }

    @Override
    protected ReadOutcome produce() throws Exception {
        if (finished) return null;
        if (mode == null) {
            open();
            if (mode == null) {
                finished = true;
                return ReadOutcome.skip(path, binary != null ? binary : blank ? "no JSON records in the file"
                        : "not JSON: expected an object, an array or JSON lines");
            }
            pending = fetchSafely();
            if (pending == null) finished = true;
            if (pending == null) return ReadOutcome.skip(path, "no JSON records in the file");
        }
        if (pending == null) return null;
        Pending current = pending;
        pending = current.fatal ? null : fetchSafely();
        if (pending != null) multiple = true;
        if (current.failed != null) return current.failed;
        String where = (mode == Mode.LINES ? "line " : "item ") + current.number;
        String fallbackId = multiple ? file.id() + "#" + current.number : file.id();
        JsonNode node = current.node;
        if (node == null) {
            try {
                node = MAPPER.readTree(current.line);
            } catch (JsonProcessingException e) {
                return ReadOutcome.skip(path, where + ": malformed JSON: " + Failures.oneLine(e.getOriginalMessage()));
            }
        }
        return json.toOutcome(node, fallbackId, path, multiple ? where : null);
    }

    private void open() throws Exception {
        InputStream in = Files.newInputStream(file.path());
        if (gzip) in = truncation = new TruncationGuard(new GZIPInputStream(in, 64 * 1024));
        java.io.BufferedInputStream head = new java.io.BufferedInputStream(in, 64 * 1024);
        head.mark(64 * 1024);
        byte[] headBytes = head.readNBytes(64 * 1024);
        head.reset();
        in = head;
        binary = TextDecoder.binaryReason(headBytes);
        if (binary != null) return; // one reason for the file, not one per "line" of random bytes
        reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
        PushbackReader peek = new PushbackReader(reader, 1);
        reader = peek;
        int c;
        int skippedLines = 0; // blank lines before the first record still count in line numbers
        do {
            c = peek.read();
            if (c == '\n') skippedLines++;
        } while (c == 0xFEFF || (c >= 0 && Character.isWhitespace(c)));
        if (c < 0) {
            blank = true;
            return;
        }
        peek.unread(c);
        if (lines) {
            mode = Mode.LINES;
        } else if (c == '[') {
            mode = Mode.ARRAY;
        } else if (c == '{') {
            // JSON lines in a .json file when the first line is a whole object; otherwise pretty-printed.
            lineReader = new LineReader(peek, maxRecordChars, skippedLines);
            String first = lineReader.next();
            if (first != null && first != LineReader.TOO_LONG && isObject(first)) {
                mode = Mode.LINES;
                pending0 = new Pending(lineReader.lineNumber(), first, null, null);
                return;
            }
            // Re-open: the first line was part of a larger value.
            peek.close();
            in = Files.newInputStream(file.path());
            if (gzip) in = new GZIPInputStream(in, 64 * 1024);
            PushbackReader again = new PushbackReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024), 1);
            int first0 = again.read();
            if (first0 >= 0 && first0 != 0xFEFF) again.unread(first0);
            reader = again;
            mode = Mode.OBJECTS;
        } else {
            return;
        }
        if (mode == Mode.LINES) {
            lineReader = new LineReader(reader, maxRecordChars, skippedLines);
        } else {
            parser = MAPPER.getFactory().createParser(reader);
            if (mode == Mode.ARRAY) parser.nextToken(); // START_ARRAY
        }
    }

    /** The first line, already read while sniffing a .json file. */
    private Pending pending0;

    private static boolean isObject(String line) {
        try {
            return MAPPER.readTree(line).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Like {@link #fetch()}, but a read error (e.g. truncated gzip) becomes a final skip record. */
    private Pending fetchSafely() {
        try {
            return fetch();
        } catch (Exception e) {
            return new Pending(0, null, null, ReadOutcome.skip(path, describe(e)), true);
        }
    }

    private Pending fetch() throws Exception {
        if (pending0 != null) {
            Pending p = pending0;
            pending0 = null;
            return p;
        }
        if (mode == Mode.LINES) {
            String line;
            do {
                line = lineReader.next();
                if (truncation != null && truncation.failure() != null && (line == null || !lineReader.lastLineComplete())) {
                    int complete = lineReader.lineNumber() - (line == null ? 0 : 1);
                    return new Pending(0, null, null, ReadOutcome.skip(path, "after line " + complete + ": "
                            + Failures.reason(truncation.failure()) + (line == null ? "" : "; the incomplete line "
                            + (complete + 1) + " is not read")), true);
                }
                if (line == null) return null;
            } while (line != LineReader.TOO_LONG && line.isBlank());
            int n = lineReader.lineNumber();
            if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            if (line == LineReader.TOO_LONG) {
                return new Pending(n, null, null, ReadOutcome.skip(path, "line " + n + ": too large: over "
                        + Failures.size(maxRecordChars) + " of text"));
            }
            return new Pending(n, line, null, null);
        }
        try {
            JsonToken t = parser.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) return null;
            item++;
            JsonNode node = parser.readValueAsTree();
            return new Pending(item, null, node == null ? MAPPER.nullNode() : node, null);
        } catch (JsonProcessingException e) {
            // The parser cannot resynchronise inside a document: report and stop this file.
            int n = item == 0 ? 1 : item;
            return new Pending(n, null, null, ReadOutcome.skip(path, "item " + n + ": malformed JSON: "
                    + Failures.oneLine(e.getOriginalMessage()) + " (rest of file not read)"), true);
        }
    }

    @Override
    protected String describe(Exception e) {
        String at = mode == Mode.LINES && lineReader != null ? "after line " + lineReader.lineNumber() + ": " : "";
        return at + Failures.reason(e);
    }

    @Override
    protected void release() throws Exception {
        if (parser != null) parser.close();
        if (reader != null) reader.close();
    }
}
