package org.parley.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.model.Stage;

/** Articles given up, per stage, for the summary line and the exit code. Used from one thread. */
final class FailureCounts {
    private final Map<Stage, Long> byStage = new EnumMap<>(Stage.class);

    void add(Stage s) { byStage.merge(s, 1L, Long::sum); }

    long total() { return byStage.values().stream().mapToLong(Long::longValue).sum(); }

    Map<Stage, Long> snapshot() { return Map.copyOf(byStage); }

    /** "annotate 2, events 1". */
    static String describe(Map<Stage, Long> counts) {
        return new EnumMap<>(counts).entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
