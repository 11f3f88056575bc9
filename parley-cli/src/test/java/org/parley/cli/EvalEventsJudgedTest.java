package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.JudgedEventEval;
import org.parley.model.Event;
import org.parley.model.Span;
import org.parley.write.Json;

class EvalEventsJudgedTest {
    @TempDir Path dir;

    /** An analysis folder's events read back give the same units as the events themselves (invented event). */
    @Test void unitsFromEventsJsonlEqualUnitsFromTheEvents() throws Exception {
        Event e = new Event("a.txt-e1", "ACCUSE", null, List.of(), List.of(new Event.EventActor("E1", "x", "FRA", "GOV")),
                List.of(new Event.EventActor("E2", "y", "DEU", null), new Event.EventActor("E3", "z", null, "MED")),
                null, null, true, false, null, "111", -2.0, 3, 0.6,
                List.of(new Event.EventMention("a.txt", new Span(0, 30), new Event.Trigger(5, 12, "accused")),
                        new Event.EventMention("b.txt", new Span(3, 40), new Event.Trigger(9, 16, "accused"))))
                .withStatus(Event.Status.CLAIMED);
        Files.writeString(dir.resolve("events.jsonl"), Json.mapper().writeValueAsString(e) + "\n");
        List<JudgedEventEval.Unit> read = EvalEventsJudgedCommand.readEvents(dir);
        assertThat(read).isEqualTo(JudgedEventEval.Unit.of(e));
        assertThat(read.get(0).target()).isEqualTo("DEU/-+-/MED");
        assertThat(read.get(0).status()).isEqualTo("CLAIMED,negated");
    }
}
