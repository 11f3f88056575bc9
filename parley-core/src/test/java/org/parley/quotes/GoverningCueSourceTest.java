package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.ArticleEntities;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Article;
import org.parley.model.Quote;
import org.parley.model.Span;

/** A participle cue hung from another cue speaks with that cue's source (hand-made parse of an invented sentence). */
class GoverningCueSourceTest {
    private final QuoteExtractor extractor = new QuoteExtractor(ActorKnowledgeBase.load(List.of()));

    @Test void aParticipleUnderASpeechCueTakesItsSource() {
        // the parser made the speaker after "said" an xcomp, and hung "suggesting" from "said" as dep
        String words = "\" Taxes/NNS/tax will/MD rise/VB/rise , \" said/VBD/say Smith/NNP , suggesting/VBG/suggest that/IN cuts/NNS/cut end/VBP/end .";
        List<Token> ts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String wp : words.split(" ")) {
            String[] p = wp.split("/");
            String pos = p.length > 1 ? p[1] : p[0].equals("\"") ? "``" : p[0];
            String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
            if (text.length() > 0) text.append(' ');
            ts.add(new Token(ts.size(), text.length(), text.length() + p[0].length(), p[0], lemma, pos, "O"));
            text.append(p[0]);
        }
        List<Dependency> deps = new ArrayList<>(List.of(
                new Dependency(-1, 6, "root"), new Dependency(6, 3, "ccomp"), new Dependency(3, 1, "nsubj"), new Dependency(3, 2, "aux"),
                new Dependency(3, 0, "punct"), new Dependency(6, 4, "punct"), new Dependency(6, 5, "punct"), new Dependency(6, 7, "xcomp"),
                new Dependency(6, 8, "punct"), new Dependency(6, 9, "dep"), new Dependency(9, 12, "ccomp"), new Dependency(12, 10, "mark"),
                new Dependency(12, 11, "nsubj"), new Dependency(6, 13, "punct")));
        String t = text.toString();
        Sentence s = new Sentence(0, 0, t.length(), ts, deps, true);
        Article a = new Article("t1", "t1.txt", null, null, null, LocalDate.of(2017, 5, 30), "metadata", "en", null, t,
                List.of(new Span(0, t.length())), null);
        List<Quote> qs = extractor.extract(new AnnotatedArticle(a, List.of(s), List.of(), List.of()), ArticleEntities.none());
        Quote suggesting = qs.stream().filter(q -> q.content() != null && q.content().text().contains("cuts end")).findFirst().orElseThrow();
        Quote said = qs.stream().filter(q -> q.content() != null && q.content().text().contains("Taxes will rise")).findFirst().orElseThrow();
        assertThat(said.source().text()).isEqualTo("Smith");
        assertThat(suggesting.source()).isNotNull();
        assertThat(suggesting.source().text()).isEqualTo("Smith");
    }
}
