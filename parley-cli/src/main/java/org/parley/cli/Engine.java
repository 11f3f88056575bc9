package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import org.parley.annotate.corenlp.CoreNlpAnnotator;

/**
 * Builds the full pipeline the commands share. Loading the models is the slow part (~20 s), so the
 * annotator is loaded once per process and shared (it is thread-safe).
 */
public final class Engine {
    private Engine() {}

    private static volatile Annotator annotator;

    /** The process-wide annotator, loaded on first use. */
    public static Annotator annotator() {
        Annotator a = annotator;
        if (a == null) {
            synchronized (Engine.class) {
                if (annotator == null) annotator = new CoreNlpAnnotator();
                a = annotator;
            }
        }
        return a;
    }

    static Parley parley(List<Path> actors, List<Path> patterns) {
        return Parley.builder()
                .annotator(annotator())
                .actors(actors)
                .patterns(patterns)
                .build();
    }

    /** The installation folder (set by the ./parley launcher), else the working directory. */
    static Path home() {
        String home = System.getenv("PARLEY_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }
}
