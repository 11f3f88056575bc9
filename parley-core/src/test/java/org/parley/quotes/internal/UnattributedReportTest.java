package org.parley.quotes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.quotes.internal.HandParses.sentence;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.entities.ArticleEntities;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Article;
import org.parley.model.Quote;
import org.parley.quotes.QuoteExtractor;
import org.junit.jupiter.api.Test;

/** Reports that no one in the text makes are the writer's statements, not quotations without a speaker. */
class UnattributedReportTest {
    private final QuoteExtractor extractor = new QuoteExtractor(ActorKnowledgeBase.load(List.of()));

    private List<Quote> quotes(Sentence s) {
        String text = s.tokens().stream().map(org.parley.annotate.Token::word).reduce((a, b) -> a + " " + b).orElse("") + " "; // the hand parse ends one space after the last token
        Article a = new Article("a", "a", null, "x", null, null, null, "en", null, text, null, null);
        return extractor.extract(new AnnotatedArticle(a, List.of(s), List.of(), List.of()), ArticleEntities.none());
    }

    @Test
    void aRaisingVerbWithoutAnExperiencerMakesNoQuotation() {
        // "The plan seemed to work." : the writer's judgement
        Sentence s = sentence("The/DT plan/NN seemed/VBD/seem to/TO work/VB ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "xcomp", 4, 3, "mark", 2, 5, "punct");
        assertThat(quotes(s)).isEmpty();
    }

    @Test
    void theSameVerbWithSomeoneItSeemsToStillAttributes() {
        // "The plan seemed to critics to fail." : the critics' view
        Sentence s = sentence("The/DT plan/NN seemed/VBD/seem to/TO critics/NNS/critic to/TO fail/VB ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 4, "obl:to", 4, 3, "case", 2, 6, "xcomp", 6, 5, "mark", 2, 7, "punct");
        assertThat(quotes(s)).extracting(q -> q.source().text()).containsExactly("critics");
    }
}
