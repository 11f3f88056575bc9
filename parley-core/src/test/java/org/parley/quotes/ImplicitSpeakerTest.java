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

/** Speakers the sentence does not name where the cue stands (issue 13, fourth round); invented sentences, hand-made parses. */
class ImplicitSpeakerTest {
    private final QuoteExtractor extractor = new QuoteExtractor(ActorKnowledgeBase.load(List.of()));

    /** Sentences of "word/POS/lemma" tokens, each with its root and (governor, dependent, relation) edges, one space apart. */
    private static final class Doc {
        final StringBuilder text = new StringBuilder();
        final List<Sentence> sentences = new ArrayList<>();

        private boolean newParagraph;

        /** The next sentence starts a new paragraph (a blank line). */
        Doc paragraph() { newParagraph = true; return this; }

        Doc sentence(String words, int root, Object... edges) {
            if (text.length() > 0) text.append(newParagraph ? "\n\n" : " ");
            newParagraph = false;
            int start = text.length();
            List<Token> ts = new ArrayList<>();
            for (String wp : words.split(" ")) {
                String[] p = wp.split("/");
                if (text.length() > start) text.append(' ');
                String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
                ts.add(new Token(ts.size(), text.length(), text.length() + p[0].length(), p[0], lemma, p[1], "O"));
                text.append(p[0]);
            }
            List<Dependency> deps = new ArrayList<>();
            deps.add(new Dependency(-1, root, "root"));
            for (int i = 0; i < edges.length; i += 3) deps.add(new Dependency((Integer) edges[i], (Integer) edges[i + 1], (String) edges[i + 2]));
            sentences.add(new Sentence(sentences.size(), start, text.length(), ts, deps, true));
            return this;
        }

        AnnotatedArticle build() {
            String t = text.toString();
            Article a = new Article("t1", "t1.txt", null, null, null, LocalDate.of(2017, 5, 30), "metadata", "en", null, t,
                    List.of(new Span(0, t.length())), null);
            return new AnnotatedArticle(a, sentences, List.of(), List.of());
        }
    }

    private static Quote with(List<Quote> qs, String content) {
        return qs.stream().filter(q -> q.content() != null && q.content().text().contains(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation with " + content + " in " + qs));
    }

    @Test void aParticipleHungFromTheReportedClauseContinuesTheCueThatReportsIt() {
        // "Taxes will rise, the minister told reporters, while adding that cuts end.": "adding" hangs from "rise"
        AnnotatedArticle doc = new Doc().sentence("Taxes/NNS/tax will/MD rise/VB ,/, the/DT minister/NN told/VBD/tell reporters/NNS/reporter ,/, "
                        + "while/IN adding/VBG/add that/IN cuts/NNS/cut end/VBP ./.", 2,
                2, 0, "nsubj", 2, 1, "aux", 2, 3, "punct", 2, 6, "parataxis", 6, 5, "nsubj", 5, 4, "det", 6, 7, "obj", 2, 8, "punct",
                2, 10, "advcl:while", 10, 9, "mark", 10, 13, "ccomp", 13, 11, "mark", 13, 12, "nsubj", 2, 14, "punct").build();
        List<Quote> qs = extractor.extract(doc, ArticleEntities.none());
        Quote adding = with(qs, "cuts end");
        assertThat(adding.source()).isNotNull();
        assertThat(adding.source().text()).isEqualTo("the minister");
        assertThat(with(qs, "Taxes will rise").source().text()).isEqualTo("the minister");
    }

    @Test void anAgreementWithoutASubjectGoesToTheLatestJointSpeaker() {
        // "The two ministers said that taxes rise. It was agreed that talks resume."
        AnnotatedArticle doc = new Doc()
                .sentence("The/DT two/CD ministers/NNS/minister said/VBD/say that/IN taxes/NNS/tax rise/VBP ./.", 3,
                        2, 0, "det", 2, 1, "nummod", 3, 2, "nsubj", 3, 6, "ccomp", 6, 4, "mark", 6, 5, "nsubj", 3, 7, "punct")
                .sentence("It/PRP was/VBD/be agreed/VBN/agree that/IN talks/NNS/talk resume/VBP ./.", 2,
                        2, 0, "nsubj:pass", 2, 1, "aux:pass", 2, 5, "ccomp", 5, 3, "mark", 5, 4, "nsubj", 2, 6, "punct")
                .build();
        List<Quote> qs = extractor.extract(doc, ArticleEntities.none());
        Quote agreed = with(qs, "talks resume");
        assertThat(agreed.source()).isNull();
        assertThat(agreed.speaker()).isNotNull();
        assertThat(agreed.speaker().name()).isEqualTo("The two ministers");
    }

    @Test void aNonReciprocalCueWithoutASubjectStaysWithoutSpeaker() {
        // "The two ministers said that taxes rise. It was reported that talks resume.": reporting needs no parties
        AnnotatedArticle doc = new Doc()
                .sentence("The/DT two/CD ministers/NNS/minister said/VBD/say that/IN taxes/NNS/tax rise/VBP ./.", 3,
                        2, 0, "det", 2, 1, "nummod", 3, 2, "nsubj", 3, 6, "ccomp", 6, 4, "mark", 6, 5, "nsubj", 3, 7, "punct")
                .sentence("It/PRP was/VBD/be reported/VBN/report that/IN talks/NNS/talk resume/VBP ./.", 2,
                        2, 0, "nsubj:pass", 2, 1, "aux:pass", 2, 5, "ccomp", 5, 3, "mark", 5, 4, "nsubj", 2, 6, "punct")
                .build();
        // it borrows no speaker from the sentence before; with none, an unquoted report is the writer's own
        // statement and no quotation at all
        List<Quote> qs = extractor.extract(doc, ArticleEntities.none());
        assertThat(with(qs, "taxes rise").speaker().name()).isEqualTo("The two ministers");
        assertThat(qs).noneMatch(q -> q.content() != null && q.content().text().contains("talks resume"));
    }

    @Test void aCapitalisedPluralRoleIsAGroup() {
        // "The Presidents said that taxes rise.": machine translation capitalises the role; the tagger makes it NNPS
        AnnotatedArticle doc = new Doc().sentence("The/DT Presidents/NNPS/Presidents said/VBD/say that/IN taxes/NNS/tax rise/VBP ./.", 2,
                1, 0, "det", 2, 1, "nsubj", 2, 5, "ccomp", 5, 3, "mark", 5, 4, "nsubj", 2, 6, "punct").build();
        Quote said = with(extractor.extract(doc, ArticleEntities.none()), "taxes rise");
        assertThat(said.speaker().name()).isEqualTo("The Presidents");
        assertThat(said.speaker().members()).isNotNull();
    }

    @Test void aQuotationParagraphContinuesTheLastSpeakerOfThePreviousParagraph() {
        // "Prices rose again, Susan said." then a paragraph that is only a quotation: Susan goes on speaking
        AnnotatedArticle doc = new Doc()
                .sentence("Prices/NNS/price rose/VBD/rise again/RB ,/, Susan/NNP said/VBD/say ./.", 1,
                        1, 0, "nsubj", 1, 2, "advmod", 1, 3, "punct", 1, 5, "parataxis", 5, 4, "nsubj", 1, 6, "punct")
                .paragraph()
                .sentence("\u201C/`` But/CC we/PRP love/VBP this/DT town/NN !/. \u201D/''", 3,
                        3, 0, "punct", 3, 1, "cc", 3, 2, "nsubj", 3, 5, "obj", 5, 4, "det", 3, 6, "punct", 3, 7, "punct")
                .build();
        Quote q = with(extractor.extract(doc, ArticleEntities.none()), "love this town");
        assertThat(q.source().text()).isEqualTo("Susan");
    }
}
