package org.parley.read;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stage 1: reads files and folders of news (.txt, .html/.htm, .json/.jsonl, .warc/.warc.gz) into
 * {@link org.parley.model.Article}s. Lazy and streaming; never throws for bad input: a bad file or
 * line becomes a skipped outcome with a one-line reason.
 */
public final class ArticleReader {
    public Stream<ReadOutcome> read(List<Path> inputs) {
        throw new UnsupportedOperationException("TODO: reader");
    }
}
