package org.parley.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How much input a batch has and how much of it has been read, in bytes of input files, for the progress line's
 * ETA. A file counts as read once the reader has moved past it (outcomes come in input order); the size is
 * unknown (and no ETA is shown) for a folder of more than {@value #MAX_FILES} files, which would take long to walk.
 */
final class InputSize {
    static final int MAX_FILES = 200_000;

    private final Map<String, Long> sizes;
    private final long total;
    private String current;
    private long read;

    private InputSize(Map<String, Long> sizes, long total) {
        this.sizes = sizes;
        this.total = total;
    }

    /** The regular files under {@code inputs} (not following links), or unknown. */
    static InputSize of(List<Path> inputs, List<Path> excluded) {
        Map<String, Long> sizes = new HashMap<>();
        long total = 0;
        try {
            for (Path in : inputs) {
                try (Stream<Path> files = Files.isDirectory(in) ? Files.walk(in) : Stream.of(in)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        if (excluded.stream().anyMatch(x -> p.toAbsolutePath().normalize().startsWith(x.toAbsolutePath().normalize()))) continue;
                        if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                        long n = Files.size(p);
                        sizes.put(p.toString(), n);
                        total += n;
                        if (sizes.size() > MAX_FILES) return unknown();
                    }
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return unknown(); // progress only: a folder we cannot walk here is reported by the reader
        }
        return new InputSize(sizes, total);
    }

    static InputSize unknown() { return new InputSize(Map.of(), -1); }

    /** The reader produced an outcome of {@code path} ("file", "file#record"): the files before it are read. */
    void reading(String path) {
        if (total <= 0 || path == null) return;
        int hash = path.indexOf('#');
        String file = hash < 0 ? path : path.substring(0, hash);
        if (file.equals(current)) return;
        if (current != null) read += sizes.getOrDefault(current, 0L);
        current = file;
    }

    /** Share of the input read, 0-1, or -1 when unknown. */
    double fractionRead() { return total <= 0 ? -1 : Math.min(1.0, (double) read / total); }
}
