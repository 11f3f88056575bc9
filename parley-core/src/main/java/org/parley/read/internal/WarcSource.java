package org.parley.read.internal;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.Article;
import org.parley.read.ReadOutcome;

/**
 * The HTML pages of a WARC file (plain or gzipped), as in Common Crawl News: every response record
 * with status 2xx and an HTML content type becomes an article whose id is the file's id, "#", and
 * the record's WARC-Target-URI (or its record number when it has none or the URI repeats).
 * Other records (requests, metadata, images, redirects) are passed over silently.
 */
final class WarcSource extends OutcomeSource {
    private final InputFile file;
    private final Articles articles;
    private final long maxRecordBytes;
    private final Set<String> seenIds = new HashSet<>();
    private WarcReader reader;
    private int records;

    WarcSource(InputFile file, Articles articles, long maxRecordBytes) {
        super(file.display());
        this.file = file;
        this.articles = articles;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    protected ReadOutcome produce() throws Exception {
        if (reader == null) reader = new WarcReader(file.path());
        while (true) {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
                return records == 0 ? done("no WARC records in the file") : null;
            }
            records++;
            if (!(next.get() instanceof WarcResponse response)) continue;
            ReadOutcome outcome;
            try {
                outcome = page(response);
            } catch (Exception | StackOverflowError e) {
                // One bad record (odd content encoding, pathological HTML): skip it. If the file itself
                // is damaged, the next reader.next() fails and ends the file.
                String uri = response.target();
                outcome = ReadOutcome.skip(path, "record " + records + (uri == null ? "" : " (" + uri + ")") + ": "
                        + (e instanceof Exception ex ? Failures.reason(ex) : "page too deeply nested"));
            }
            if (outcome != null) return outcome;
        }
    }

    private boolean reportedEmpty;

    private ReadOutcome done(String reason) {
        if (reportedEmpty) return null;
        reportedEmpty = true;
        return ReadOutcome.skip(path, reason);
    }

    private ReadOutcome page(WarcResponse response) throws Exception {
        HttpResponse http;
        try {
            http = response.http();
        } catch (Exception e) {
            return null; // not an HTTP response (e.g. DNS record)
        }
        if (http.status() < 200 || http.status() >= 300) return null;
        MediaType type = http.contentType();
        String base = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return null;

        String uri = response.target();
        String id = file.id() + "#" + (uri == null || uri.isBlank() ? "record-" + records : uri);
        if (!seenIds.add(id)) id = id + "#" + records;
        String where = "record " + records + (uri == null ? "" : " (" + uri + ")");

        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
        }
        if (bytes.length > maxRecordBytes) {
            return ReadOutcome.skip(path, where + ": too large: over " + Failures.size(maxRecordBytes));
        }
        if (bytes.length == 0) return ReadOutcome.skip(path, where + ": empty page");
        String html = decode(bytes, type);
        Article a = articles.fromPage(id, path, HtmlExtractor.extract(html, uri),
                new Meta(null, uri, null, null, null, null));
        if (a == null) return ReadOutcome.skip(path, where + ": no article text found in the page");
        return ReadOutcome.ok(a);
    }

    private static String decode(byte[] bytes, MediaType type) {
        String declared = type == null ? null : type.parameters().get("charset");
        if (declared != null) {
            try {
                Charset cs = Charset.forName(declared.strip().replace("\"", ""));
                if (!cs.name().equals("UTF-8") || TextDecoder.strictUtf8(bytes) != null) {
                    String name = cs.name().equals("ISO-8859-1") || cs.name().equals("US-ASCII") ? "windows-1252" : cs.name();
                    return new String(bytes, Charset.forName(name));
                }
            } catch (RuntimeException e) {
                // unknown charset name: fall back to sniffing
            }
        }
        return TextDecoder.decode(bytes, true).text();
    }

    @Override
    protected String describe(Exception e) {
        if (records == 0 && e.getClass().getSimpleName().equals("ParsingException")) {
            return "not a valid WARC file: " + Failures.oneLine(String.valueOf(e.getMessage()));
        }
        return "after " + records + " WARC records: " + Failures.reason(e);
    }

    @Override
    protected void release() throws Exception {
        if (reader != null) reader.close();
    }
}
