package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import org.parley.Parley;
import org.parley.annotate.corenlp.CoreNlpAnnotator;

/** Builds the full pipeline the commands share. Loading the models is the slow part (~20 s). */
final class Engine {
    private Engine() {}

    static Parley parley(List<Path> actors, List<Path> patterns) {
        return Parley.builder()
                .annotator(new CoreNlpAnnotator())
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
