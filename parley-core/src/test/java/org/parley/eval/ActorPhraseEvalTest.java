package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.ActorPhraseEval.Half;
import org.parley.eval.ActorPhraseEval.Item;
import org.parley.eval.ActorPhraseEval.Phrase;
import org.parley.model.Actor;

class ActorPhraseEvalTest {
    @TempDir Path dir;

    @Test void halvesSplitDataRowsByParityAndDashMeansNoCountry() throws Exception {
        Path f = dir.resolve("p.tsv");
        Files.writeString(f, "# comment\nA b ran.\tA b\tXXA\tMIL\nC d ran.\tC d\t-\tCOP\nE f ran.\tE f\tXXB\tGOV\n");
        assertThat(ActorPhraseEval.read(f, Half.ODD)).extracting(Phrase::row).containsExactly(1, 3);
        assertThat(ActorPhraseEval.read(f, Half.EVEN)).singleElement().satisfies(p -> assertThat(p.country()).isNull());
    }

    @Test void countsCountrySectorAndBoth() {
        Phrase a = new Phrase(1, "s", "s", "IRQ", "MIL"), b = new Phrase(2, "s", "s", null, "COP");
        ActorPhraseEval.Report r = ActorPhraseEval.score(List.of(
                new Item(a, new Actor("IRQ", null), null), new Item(b, new Actor(null, "COP"), null)));
        assertThat(r.subject()).containsExactly(2, 1, 1);
        assertThat(r.source()).containsExactly(1, 0, 0); // no event source: a null country is right only for b
    }
}
