package org.parley.read.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.parley.read.ReadOutcome;

/**
 * Iterates the outcomes of all inputs, one file open at a time. Inputs are taken in the order given;
 * a folder is walked recursively and its files are taken in the sorted order of their relative paths.
 * Hidden files and folders (name starting with '.') are passed over. Never throws for bad input.
 */
public final class InputWalker implements Iterator<ReadOutcome>, Closeable {
    private final Deque<Path> inputs;
    private final Deque<Object> pending = new ArrayDeque<>(); // InputFile or ReadOutcome (a skip)
    private final FileSources sources;
    private OutcomeSource current;
    private boolean closed;

    private final List<Path> excluded;

    public InputWalker(List<Path> inputs, FileSources sources) { this(inputs, sources, List.of()); }

    /** @param excluded absolute, normalised folders passed over (the output folder) */
    public InputWalker(List<Path> inputs, FileSources sources, List<Path> excluded) {
        this.inputs = new ArrayDeque<>(inputs);
        this.sources = sources;
        this.excluded = excluded;
    }

    private boolean isExcluded(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        for (Path e : excluded) if (abs.startsWith(e)) return true;
        return false;
    }

    @Override
    public boolean hasNext() {
        while (!closed) {
            if (current != null) {
                if (current.hasNext()) return true;
                current.close();
                current = null;
            }
            if (pending.isEmpty() && !expandNextInput()) return false;
            Object p = pending.poll();
            if (p == null) continue;
            try {
                current = p instanceof InputFile f ? sources.open(f) : OutcomeSource.of((ReadOutcome) p);
            } catch (RuntimeException e) {
                current = OutcomeSource.of(ReadOutcome.skip(((InputFile) p).display(), "internal error: " + Failures.reason(e)));
            }
        }
        return false;
    }

    @Override
    public ReadOutcome next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    /** Moves the next user input into {@code pending}; false when there is none left. */
    private boolean expandNextInput() {
        Path input = inputs.poll();
        if (input == null) return false;
        try {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS) && !Files.exists(input)) {
                pending.add(ReadOutcome.skip(input.toString(), "no such file or directory"));
            } else if (Files.isSymbolicLink(input) && SymbolicLinks.problem(input) != null
                    && !Files.isDirectory(input)) {
                pending.add(ReadOutcome.skip(input.toString(), SymbolicLinks.problem(input)));
            } else if (Files.isDirectory(input)) {
                walk(input);
            } else {
                Path name = input.getFileName();
                pending.add(new InputFile(input, name == null ? input.toString() : name.toString()));
            }
        } catch (RuntimeException e) {
            pending.add(ReadOutcome.skip(input.toString(), Failures.reason(e)));
        }
        return true;
    }

    private void walk(Path root) {
        record Found(String rel, Object item) {}
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (isHidden(dir) || isExcluded(dir))) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file) || attrs.isDirectory() || isExcluded(file)) return FileVisitResult.CONTINUE;
                    String rel = relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        String problem = SymbolicLinks.problem(file);
                        if (problem != null) {
                            found.add(new Found(rel, ReadOutcome.skip(file.toString(), problem)));
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    found.add(new Found(rel, new InputFile(file, rel)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Found(relative(root, file), ReadOutcome.skip(file.toString(), Failures.reason(e))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            found.add(new Found("", ReadOutcome.skip(root.toString(), Failures.reason(e))));
        }
        found.sort(Comparator.comparing(Found::rel));
        for (Found f : found) pending.add(f.item());
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        String rel = root.relativize(file).toString();
        return rel.replace(file.getFileSystem().getSeparator(), "/");
    }

    @Override
    public void close() {
        closed = true;
        if (current != null) current.close();
        current = null;
        pending.clear();
    }
}
