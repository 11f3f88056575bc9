package org.parley.read.internal;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** One-line, user-facing reasons for I/O failures. */
public final class Failures {
    private Failures() {}

    public static String reason(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) e = u.getCause();
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileNotFoundException f && f.getMessage() != null && f.getMessage().contains("ermission")) {
            return "permission denied";
        }
        if (e instanceof EOFException) return "truncated file (unexpected end of data" + detail(e) + ")";
        if (e instanceof ZipException) return "corrupt gzip data" + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
        if (e instanceof MalformedInputException) return "undecodable text";
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
        return e instanceof java.io.IOException ? "read error: " + what : "internal error (please report): " + what;
    }

    private static String detail(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "" : ": " + oneLine(m);
    }

    public static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    /** "12.3 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
