package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.plover.PloverGold;
import org.parley.eval.plover.PloverRecord;
import org.parley.model.Event;
import org.parley.model.Span;

class EventEvalTest {
    static final String GOLD = """
            [
             {"id": "DOC-1", "event": "DOCUMENT", "eventText": "documentation record"},
             {"id": "X-1", "date": "2001-02-03", "event": "DEMAND", "text": "Ruritania demanded that Japan pay.",
              "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": [{"actorText": "Japan", "code": "JAP"}]},
             {"id": "X-2", "date": "2001-02-03", "event": "FIGHT", "text": "Italian jets bombed the port.",
              "source": [{"actorText": "Italian jets", "code": "ITL", "sector": "MIL"}], "target": ""},
             {"id": "X-3", "date": "2001-02-03", "event": "DISAPPROVE", "text": "The UN criticised Peru.",
              "source": [{"actorText": "UN", "code": "IGO"}], "target": [{"actorText": "Peru", "code": "PER"}]}
            ]""";

    @Test void readsGoldMappingOldNamesAndCameoCodes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gold.json");
        Files.writeString(f, GOLD);
        List<PloverRecord> recs = PloverGold.read(f);
        assertThat(recs).extracting(PloverRecord::type).containsExactly("REQUEST", "ASSAULT", "ACCUSE");
        assertThat(recs.get(0).targetCodes()).containsExactly("JPN");
        assertThat(recs.get(1).sourceCodes()).containsExactly("ITA");
        assertThat(recs.get(1).targetCodes()).isEmpty();
    }

    static Event ev(String type, String src, String srcSector, String tgt, boolean negated) {
        return new Event("e", type, null, List.of(), List.of(new Event.EventActor(null, src, src, srcSector)),
                tgt == null ? List.of() : List.of(new Event.EventActor(null, tgt, tgt, null)), "2001-02-03", null, negated,
                false, null, "10", -5.0, 3, 0.8, List.of(new Event.EventMention("a", new Span(0, 1), new Event.Trigger(0, 1, "x"))));
    }

    @Test void scoresTypesActorsAndConfusion(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gold.json");
        Files.writeString(f, GOLD);
        List<PloverRecord> recs = PloverGold.read(f);
        EventEval.Report r = EventEval.score(List.of(
                new EventEval.Item(recs.get(0), List.of(ev("REQUEST", "RUR", null, "JPN", false), ev("AGREE", "RUR", null, null, false))),
                new EventEval.Item(recs.get(1), List.of(ev("ASSAULT", "ITA", "MIL", null, true))), // negated: not counted
                new EventEval.Item(recs.get(2), List.of(ev("ACCUSE", "UN", "IGO", "PER", false)))));
        assertThat(r.typeFound()).isEqualTo(2);
        assertThat(r.typeRecall()).isEqualTo(2 / 3.0);
        assertThat(r.pairsEmitted()).isEqualTo(3);
        assertThat(r.typePrecision()).isEqualTo(2 / 3.0);
        assertThat(r.actorsOnFound().tp()).isEqualTo(4);
        assertThat(r.actorsOnFound().fp()).isZero();
        assertThat(r.actorsEndToEnd().fn()).isEqualTo(1);
        assertThat(r.confusion().get("ASSAULT")).containsEntry("NONE", 1);
        assertThat(r.format()).contains("type recall", "confusion");
    }
}
