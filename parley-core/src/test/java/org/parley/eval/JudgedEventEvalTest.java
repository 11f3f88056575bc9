package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.eval.JudgedEventEval.Judgement;
import org.parley.eval.JudgedEventEval.Report;
import org.parley.eval.JudgedEventEval.Unit;
import org.parley.events.EventType;
import org.parley.model.Event;
import org.parley.model.Span;

class JudgedEventEvalTest {
    /** Invented rows: two files, four judged events (one fully right, one with a wrong target, two of a wrong type). */
    private static final List<String> FIXTURE = List.of(
            "# a comment",
            "file\tstart\tend\ttype\tcameo\tsource\ttarget\tstatus\ttype_ok\tsource_ok\ttarget_ok\tstatus_ok\tclass\treason",
            "a.txt\t10\t15\tCONSULT\t040\tFRA/GOV\tDEU/GOV\tCURRENT\ty\ty\ty\ty\t-\tmeeting",
            "a.txt\t40\t46\tACCUSE\t111\tFRA/GOV\t-\tCURRENT\ty\ty\tn\ty\tactor-missing\ttarget not coded",
            "a.txt\t80\t84\tASSAULT\t182\tUSA/GOV\tUSA/LEG\tCURRENT\tn\t-\t-\t-\tcontest\tpoll match-up",
            "b.txt\t5\t9\tPROTEST\t141\tUSA/GOV\t-\tCURRENT\tn\t-\t-\t-\twrong-sense\tcampaign rally");

    private static List<Judgement> judged() throws IOException { return JudgedEventEval.parse(FIXTURE, "fixture"); }

    private static Unit unit(String file, int start, int end, EventType type, String source, String target, String status) {
        return new Unit(file, start, end, type, "0", source, target, status);
    }

    @Test void readsRowsAndVerdicts() throws Exception {
        List<Judgement> rows = judged();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).fullyCorrect()).isTrue();
        assertThat(rows.get(1).typeCorrect()).isTrue();
        assertThat(rows.get(1).fullyCorrect()).isFalse();
        assertThat(rows.get(2).source()).isEqualTo(JudgedEventEval.Verdict.NOT_JUDGED);
        assertThat(rows.get(3).unit().type()).isEqualTo(EventType.PROTEST);
    }

    @Test void badRowsNameTheirLine() {
        assertThatThrownBy(() -> JudgedEventEval.parse(List.of("a.txt\t1\t2\tDANCE\t0\t-\t-\tCURRENT\ty\ty\ty\ty\t-\tx"), "f"))
                .isInstanceOf(IOException.class).hasMessageContaining("f:1");
        assertThatThrownBy(() -> JudgedEventEval.parse(List.of("a.txt\t1\t2\tAGREE\t0\t-\t-\tCURRENT\tmaybe\ty\ty\ty\t-\tx"), "f"))
                .isInstanceOf(IOException.class);
    }

    @Test void matchesByFileTypeAndOverlapAndKeepsJudgementsOfUnchangedCodesOnly() throws Exception {
        List<Unit> today = List.of(
                unit("a.txt", 10, 15, EventType.CONSULT, "FRA/GOV", "DEU/GOV", "CURRENT"), // same as judged
                unit("a.txt", 38, 44, EventType.ACCUSE, "FRA/GOV", "GBR/GOV", "CURRENT"), // overlaps, target now coded
                unit("a.txt", 80, 84, EventType.REJECT, "USA/GOV", "USA/LEG", "CURRENT"), // same words, another type
                unit("c.txt", 5, 9, EventType.PROTEST, "USA/GOV", "-", "CURRENT")); // not a judged file: ignored
        Report r = JudgedEventEval.score(judged(), today);
        assertThat(r.judged()).isEqualTo(4);
        assertThat(r.kept()).hasSize(2);
        assertThat(r.keptTypeCorrect()).isEqualTo(2);
        assertThat(r.sameCodes()).hasSize(1);
        assertThat(r.sameCodesFullyCorrect()).isEqualTo(1);
        assertThat(r.dropped()).extracting(m -> m.judged().errorClass()).containsExactlyInAnyOrder("contest", "wrong-sense");
        assertThat(r.droppedTypeCorrect()).isZero();
        assertThat(r.emitted()).isEqualTo(3); // c.txt is not counted
        assertThat(r.newInFrame().size() + r.outsideFrame()).isEqualTo(1); // the REJECT is unjudged
        assertThat(r.format()).contains("still emitted").contains("no longer emitted");
        // per side of the two type-correct events: sources both judged right, unchanged; targets one right
        // (unchanged) and one judged wrong whose code changed since (to be judged again)
        assertThat(r.side(true)).containsExactly(2, 0, 0, 0);
        assertThat(r.side(false)).containsExactly(1, 0, 0, 1);
        assertThat(r.format()).contains("target of type-correct events: judged right 1 (changed since 0), judged wrong 1 (changed since 1)");
    }

    @Test void anExactMatchWinsOverAnOverlapAndEachUnitMatchesOnce() throws Exception {
        List<Unit> today = List.of(
                unit("a.txt", 12, 20, EventType.CONSULT, "FRA/GOV", "-", "CURRENT"),
                unit("a.txt", 10, 15, EventType.CONSULT, "FRA/GOV", "DEU/GOV", "CURRENT"));
        Report r = JudgedEventEval.score(judged().subList(0, 1), today);
        assertThat(r.kept()).singleElement().satisfies(m -> assertThat(m.now().start()).isEqualTo(10));
        assertThat(r.newInFrame().size() + r.outsideFrame()).isEqualTo(1);
    }

    @Test void unjudgedEventsAreNewOnlyInsideTheSampleFrame() throws Exception {
        List<Judgement> rows = judged();
        String frame = rows.stream().map(j -> j.unit().key()).max(String::compareTo).orElseThrow();
        Unit inside = null, outside = null;
        for (int s = 200; (inside == null || outside == null) && s < 100_000; s++) {
            Unit u = unit("b.txt", s, s + 3, EventType.AGREE, "-", "-", "CURRENT");
            if (u.key().compareTo(frame) <= 0) inside = inside == null ? u : inside;
            else outside = outside == null ? u : outside;
        }
        Report r = JudgedEventEval.score(rows, List.of(inside, outside));
        assertThat(r.newInFrame()).containsExactly(inside);
        assertThat(r.outsideFrame()).isEqualTo(1);
    }

    @Test void theSampleIsTheLowestKeysAndAnEventGivesOneUnitPerMention() {
        Event e = new Event("a-e1", "AGREE", null, List.of(), List.of(new Event.EventActor("e1", "x", "FRA", null)), List.of(),
                null, null, false, true, null, "030", 4.0, 1, 0.5,
                List.of(new Event.EventMention("a.txt", new Span(0, 20), new Event.Trigger(3, 8, "agree")),
                        new Event.EventMention("b.txt", new Span(0, 20), new Event.Trigger(4, 9, "agree"))));
        List<Unit> units = JudgedEventEval.Unit.of(e);
        assertThat(units).extracting(Unit::file).containsExactly("a.txt", "b.txt");
        assertThat(units.get(0).source()).isEqualTo("FRA/-");
        assertThat(units.get(0).target()).isEqualTo("-");
        assertThat(units.get(0).status()).isEqualTo("CURRENT,hypothetical");

        List<Unit> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) many.add(unit("f.txt", i * 10, i * 10 + 4, EventType.SUPPORT, "-", "-", "CURRENT"));
        List<Unit> sample = JudgedEventEval.sample(many, 5);
        String worstDrawn = sample.stream().map(Unit::key).max(String::compareTo).orElseThrow();
        assertThat(many.stream().filter(u -> u.key().compareTo(worstDrawn) <= 0)).hasSize(5);
        assertThat(sample).isSortedAccordingTo(java.util.Comparator.comparingInt(Unit::start));
        assertThat(JudgedEventEval.sample(many, 5)).isEqualTo(sample); // deterministic
    }
}
