package org.parley.read.internal;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a symbolic link met inside an input folder cannot be read, in words a user understands. */
final class SymbolicLinks {
    private SymbolicLinks() {}

    /** Null when the link leads to a readable file; otherwise the reason ("symbolic link loop"). */
    static String problem(Path link) {
        try {
            Path target = link.toRealPath();
            if (Files.isDirectory(target)) return "symbolic link to a folder, not followed (give the folder itself as an input)";
            return null;
        } catch (NoSuchFileException e) {
            return "broken symbolic link (its target does not exist)";
        } catch (FileSystemException e) {
            String m = e.getReason() == null ? "" : e.getReason();
            if (m.contains("levels of symbolic links") || m.contains("loop")) return "symbolic link loop";
            return Failures.reason(e);
        } catch (IOException | RuntimeException e) {
            return Failures.reason(e);
        }
    }
}
