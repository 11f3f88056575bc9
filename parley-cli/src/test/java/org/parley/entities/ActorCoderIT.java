package org.parley.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Annotator;
import org.parley.clean.Cleaner;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * The actor coder on real CoreNLP annotations of short news-style fixtures written for this test:
 * KB persons by date, premodifiers, appositions with the country from an earlier phrase, datelines.
 */
class ActorCoderIT {
    private static Annotator annotator;
    private static final ActorCoder CODER = new ActorCoder(ActorKnowledgeBase.builtIn());

    @BeforeAll static void load() { annotator = org.parley.cli.Engine.annotator(); }


    private static AnnotatedArticle annotate(String text, LocalDate date) {
        Article a = new Article("it", null, null, null, null, date, "metadata", "en", null, text, List.of(), null);
        return annotator.annotate(new Cleaner().clean(a));
    }

    private static Actor codeOf(AnnotatedArticle doc, String name) {
        for (NamedMention m : doc.mentions()) {
            if (m.text().equals(name)) return CODER.codeMention(doc, new Span(m.start(), m.end()), m.type());
        }
        int i = doc.text().indexOf(name);
        return CODER.codeMention(doc, new Span(i, i + name.length()), "PERSON");
    }

    @Test void codesPersonsFromKnowledgeAndContext() {
        AnnotatedArticle doc = annotate(
                "MOSCOW, Nov. 12 (Reuters) - Russian President Vladimir Putin received French President Francois Hollande "
                        + "at the Kremlin on Tuesday. The Russian Defence Ministry said it had withdrawn troops. "
                        + "Arkady Volkov, the official representative of the Defence Ministry, told reporters the pullout was complete. "
                        + "French lawmaker Claire Dufresne welcomed the move, while pro-Russian separatist commander Ivan Lebed "
                        + "rejected it.",
                LocalDate.of(2013, 11, 12));
        assertThat(codeOf(doc, "Vladimir Putin")).isEqualTo(new Actor("RUS", "GOV"));
        assertThat(codeOf(doc, "Francois Hollande")).isEqualTo(new Actor("FRA", "GOV"));
        assertThat(codeOf(doc, "Arkady Volkov")).isEqualTo(new Actor("RUS", "MIL"));
        assertThat(codeOf(doc, "Claire Dufresne")).isEqualTo(new Actor("FRA", "LEG"));
        // "pro-Russian" names no country, and rebels do not take the dateline's country
        assertThat(codeOf(doc, "Ivan Lebed")).isEqualTo(new Actor(null, "REB"));
    }

    @Test void formerOfficeHoldersAreElitesOfTheirCountry() {
        AnnotatedArticle doc = annotate("Former French President Francois Hollande criticised Emmanuel Macron on Sunday.",
                LocalDate.of(2018, 6, 3));
        assertThat(codeOf(doc, "Francois Hollande")).isEqualTo(new Actor("FRA", "ELI"));
        assertThat(codeOf(doc, "Emmanuel Macron")).isEqualTo(new Actor("FRA", "GOV"));
    }
}
