package org.parley.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.write.ResultWriter;

/**
 * Checks the output folder before anything slow happens (models load after this): it must be a folder
 * we can write, it must not be an input or hold one, and it must not hold an earlier run unless the user
 * says what to do with it, so that a folder never mixes two runs.
 */
public final class OutputFolder {
    /** What to do with an earlier run's files. */
    public enum Mode {
        /** Refuse a folder that holds an earlier run. */
        FRESH,
        /** Delete the earlier run's files first (Parley's own output files only; nothing else in the folder). */
        OVERWRITE,
        /** Keep them; the runner continues the earlier run. */
        RESUME
    }

    /** A problem the user can fix, in one line, with a hint. */
    public static final class Refused extends RuntimeException {
        private final String hint;

        Refused(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        public String hint() { return hint; }
    }

    private OutputFolder() {}

    /** Prepares {@code out} for a run over {@code inputs}; throws {@link Refused} when it cannot be used. */
    public static void prepare(Path out, List<Path> inputs, Mode mode) {
        Path outAbs = out.toAbsolutePath().normalize();
        if (Files.exists(outAbs) && !Files.isDirectory(outAbs)) {
            throw new Refused("--out " + out + " exists and is not a folder", "give a folder (it is created if missing)");
        }
        for (Path in : inputs) {
            Path inAbs = in.toAbsolutePath().normalize();
            if (inAbs.equals(outAbs) || inAbs.startsWith(outAbs)) {
                throw new Refused("--out " + out + " is, or holds, the input " + in,
                        "write the results elsewhere, e.g. --out " + siblingSuggestion(inAbs));
            }
        }
        try {
            Files.createDirectories(outAbs);
        } catch (IOException e) {
            throw new Refused("cannot create --out " + out + ": " + why(e), "choose a folder you can write to");
        }
        Path probe = outAbs.resolve(".parley-write-test");
        try {
            Files.deleteIfExists(probe);
            Files.writeString(probe, "");
            Files.delete(probe);
        } catch (IOException e) {
            throw new Refused("cannot write to --out " + out + ": " + why(e), "choose a folder you can write to");
        }
        List<Path> earlier = earlierRun(outAbs);
        if (earlier.isEmpty()) return;
        switch (mode) {
            case FRESH -> throw new Refused("--out " + out + " holds an earlier run (" + names(earlier) + ")",
                    "add --overwrite to replace it, or --resume to continue it");
            case OVERWRITE -> {
                for (Path p : earlier) {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new Refused("cannot remove " + p + ": " + why(e), "remove the earlier run's files yourself");
                    }
                }
            }
            case RESUME -> { }
        }
    }

    /**
     * The files an earlier run wrote directly in {@code dir}: Parley's own output files
     * ({@link ResultWriter#OWN_FILES}, the files its manifest lists, their ".tmp" siblings and the manifest),
     * never a file of the user's, even one ending in .jsonl.
     */
    static List<Path> earlierRun(Path dir) {
        Set<String> names = new LinkedHashSet<>(ResultWriter.OWN_FILES);
        Path manifest = dir.resolve(ResultWriter.MANIFEST);
        try {
            if (Files.isRegularFile(manifest)) {
                for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                    String name = line.strip();
                    // only plain file names of this folder: a manifest edited to say "../x" deletes nothing
                    if (name.endsWith(".jsonl") && !name.contains("/") && !name.contains("\\")) names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            for (String f : List.of(n, n + ".tmp")) {
                Path p = dir.resolve(f);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) out.add(p);
            }
        }
        out.sort(null);
        if (!out.isEmpty() && Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) out.add(manifest);
        return out;
    }

    private static String names(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path p : files) names.add(p.getFileName().toString());
        return names.size() <= 3 ? String.join(", ", names) : String.join(", ", names.subList(0, 3)) + ", ...";
    }

    private static String siblingSuggestion(Path input) {
        Path parent = input.getParent();
        Path name = input.getFileName();
        return parent == null || name == null ? "results" : parent.resolve(name + "-results").toString();
    }

    private static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
