package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.events.LearnedEvents;
import picocli.CommandLine;

/** The learned classifier's options: one set of defaults (LearnedEvents) for analyze, eval, bench and Spark. */
class ClassifierOptionsTest {
    static KnowledgeOptions parse(String... args) {
        KnowledgeOptions k = new KnowledgeOptions();
        new CommandLine(k).parseArgs(args);
        return k;
    }

    @Test void withoutOptionsTheSharedDefaultsHold() {
        KnowledgeOptions k = parse();
        assertThat(k.classifierOn()).isEqualTo(LearnedEvents.ON_BY_DEFAULT);
        assertThat(k.classifierAdd).isEqualTo(LearnedEvents.DEFAULT_ADD);
        assertThat(k.classifierCountries).isEqualTo(LearnedEvents.DEFAULT_COUNTRIES);
        assertThat(k.classifierDoubt).isEqualTo(LearnedEvents.DEFAULT_DOUBT);
        assertThat(k.classifierDoubtOwn).isEqualTo(LearnedEvents.DEFAULT_DOUBT_OWN);
    }

    @Test void theSwitchTurnsItOnOrOffWhateverTheDefault() {
        assertThat(parse("--event-classifier").classifierOn()).isTrue();
        assertThat(parse("--no-event-classifier").classifierOn()).isFalse();
        // --event-classifier alone is the default setting (use (a) at the default thresholds, no doubt)
        KnowledgeOptions on = parse("--event-classifier");
        assertThat(on.classifierAdd).isEqualTo(LearnedEvents.DEFAULT_ADD);
        KnowledgeOptions tuned = parse("--event-classifier", "--classifier-add", "0.6", "--classifier-countries", "1");
        assertThat(tuned.classifierAdd).isEqualTo(0.6);
        assertThat(tuned.classifierCountries).isEqualTo(1);
    }
}
