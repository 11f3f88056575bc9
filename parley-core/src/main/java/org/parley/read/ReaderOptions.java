package org.parley.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of {@link ArticleReader}.
 *
 * @param maxFileBytes    files read whole (.txt, .html, .htm, a non-line .json) larger than this are
 *                        skipped; in streamed files (.jsonl, .warc) it caps one line or record instead
 * @param maxStreamBytes  streamed files (.jsonl, .jsonl.gz, .warc, .warc.gz) larger than this are skipped;
 *                        unlimited by default because they are never held in memory
 * @param detectLanguage  false skips detection: an article's language is the one given in its input
 *                        (JSON field, header, HTML lang), else "en" (for corpora known to be English)
 * @param excluded        folders never read, even inside an input folder (the output folder: a run must
 *                        not read its own skipped.jsonl as input)
 */
public record ReaderOptions(long maxFileBytes, long maxStreamBytes, boolean detectLanguage, List<Path> excluded) {
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public ReaderOptions {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive");
        if (maxStreamBytes <= 0) throw new IllegalArgumentException("maxStreamBytes must be positive");
        excluded = List.copyOf(excluded);
    }

    public ReaderOptions(long maxFileBytes, long maxStreamBytes, boolean detectLanguage) {
        this(maxFileBytes, maxStreamBytes, detectLanguage, List.of());
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_FILE_BYTES, Long.MAX_VALUE, true);
    }

    public ReaderOptions withMaxFileBytes(long bytes) { return new ReaderOptions(bytes, maxStreamBytes, detectLanguage, excluded); }

    public ReaderOptions withMaxStreamBytes(long bytes) { return new ReaderOptions(maxFileBytes, bytes, detectLanguage, excluded); }

    public ReaderOptions withDetectLanguage(boolean on) { return new ReaderOptions(maxFileBytes, maxStreamBytes, on, excluded); }

    /** These options with {@code folder} never read. */
    public ReaderOptions withExcluded(Path folder) {
        List<Path> all = new java.util.ArrayList<>(excluded);
        all.add(folder.toAbsolutePath().normalize());
        return new ReaderOptions(maxFileBytes, maxStreamBytes, detectLanguage, all);
    }
}
