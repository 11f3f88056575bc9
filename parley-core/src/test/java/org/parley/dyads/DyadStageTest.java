package org.parley.dyads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Event;
import org.parley.model.Span;

class DyadStageTest {
    static Event event(String id, String date, String src, String tgt, int quad, double goldstein, boolean negated) {
        return new Event(id, "X", null, List.of(), List.of(new Event.EventActor("E1", "a", src, "GOV")),
                List.of(new Event.EventActor("E2", "b", tgt, "GOV")), date, null, negated, false, null, "01", goldstein, quad, 0.9,
                List.of(new Event.EventMention("art", new Span(0, 1), new Event.Trigger(0, 1, "x"))));
    }

    @Test void countsPerOrderedPairAndMonthLeavingOutWhatDidNotHappen() {
        List<Dyad> dyads = new DyadStage().dyads(List.of(
                event("e1", "2031-04-02", "VLM", "OST", 1, 3.0, false),
                event("e2", "2031-04-20", "VLM", "OST", 4, -10.0, false),
                event("e3", "2031-04-21", "VLM", "OST", 3, -5.0, true),
                event("e4", "2031-05", "OST", "VLM", 2, 7.0, false),
                event("e5", null, "OST", "VLM", 2, 7.0, false)));
        assertThat(dyads).hasSize(2);
        Dyad april = dyads.get(0);
        assertThat(april.sourceCountry()).isEqualTo("VLM");
        assertThat(april.month()).isEqualTo("2031-04");
        assertThat(april.verbalCooperation()).isEqualTo(1);
        assertThat(april.materialConflict()).isEqualTo(1);
        assertThat(april.meanGoldstein()).isEqualTo(-3.5);
        assertThat(april.events()).containsExactly("e1", "e2");
        assertThat(dyads.get(1).sourceCountry()).isEqualTo("OST");
        assertThat(dyads.get(1).materialCooperation()).isEqualTo(1);
    }
}
