package org.parley.read.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code maxChars} characters; longer lines are consumed and reported as
 * {@link #TOO_LONG} without being held in memory. Line numbers start at 1.
 */
final class LineReader {
    static final String TOO_LONG = new String("\u0000too long"); // identity marker
    private final Reader in;
    private final long maxChars;
    private final char[] buf = new char[64 * 1024];
    private int pos, len;
    private int lineNumber;
    private boolean eof;
    private boolean lastComplete = true;

    /** @param linesBefore lines already consumed from {@code in}, so that numbers match the file */
    LineReader(Reader in, long maxChars, int linesBefore) {
        this.in = in;
        this.maxChars = maxChars;
        this.lineNumber = linesBefore;
    }

    /** Whether the line last returned ended with a line break (false for a last line cut short). */
    boolean lastLineComplete() { return lastComplete; }

    /** Number of the line last returned. */
    int lineNumber() { return lineNumber; }

    /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
    String next() throws IOException {
        if (eof && pos >= len) return null;
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        lastComplete = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    eof = true;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') pos++;
            if (!tooLong) {
                if (sb.length() + (pos - start) > maxChars) {
                    tooLong = true;
                    sb.setLength(0);
                } else {
                    sb.append(buf, start, pos - start);
                }
            }
            if (pos < len) { // found '\n'
                pos++;
                lastComplete = true;
                break;
            }
        }
        lineNumber++;
        if (tooLong) return TOO_LONG;
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') sb.setLength(n - 1);
        return sb.toString();
    }
}
