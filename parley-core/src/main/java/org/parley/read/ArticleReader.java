package org.parley.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.parley.read.internal.FileSources;
import org.parley.read.internal.InputWalker;

/**
 * Stage 1: reads files and folders of news (.txt, .html/.htm, .json/.jsonl, .warc/.warc.gz) into
 * {@link org.parley.model.Article}s. Lazy and streaming; never throws for bad input: a bad file or
 * line becomes a skipped outcome with a one-line reason. Formats and header rules: docs/input-formats.md.
 *
 * <pre>
 * try (Stream&lt;ReadOutcome&gt; outcomes = new ArticleReader().read(List.of(folder))) {
 *     outcomes.forEach(...);
 * }
 * </pre>
 *
 * The stream holds at most one file open (one record in memory for .jsonl and .warc); close it to
 * release that file when not consuming it to the end. Thread-safe: each call gets its own stream.
 */
public final class ArticleReader {
    private final ReaderOptions options;

    public ArticleReader() {
        this(ReaderOptions.defaults());
    }

    public ArticleReader(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ReaderOptions options() { return options; }

    /**
     * Outcomes for {@code inputs} (files or folders), in input order; a folder's files in sorted order
     * of their relative paths. Sequential; parallelise downstream of reading.
     */
    public Stream<ReadOutcome> read(List<Path> inputs) {
        InputWalker walker = new InputWalker(List.copyOf(inputs), new FileSources(options), options.excluded());
        Spliterator<ReadOutcome> split = Spliterators.spliteratorUnknownSize(walker,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(walker::close);
    }
}
