package org.parley.events;

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
import org.parley.entities.ArticleEntity;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.Span;

/**
 * Source and target finding by construction (issue 15, session 7): subjects across appositions and
 * coordination, pronoun antecedents, possessors and agents of event nouns, recipients. Own invented sentences,
 * hand-parsed; entity codes are arbitrary.
 */
class EventArgumentsTest {
    static final LocalDate DAY = LocalDate.of(2019, 6, 18);
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());

    /** One sentence: tokens "word/lemma/POS[/NER]", dependencies "rel gov dep" (gov -1: root); null deps: not parsed. */
    record S(String tokens, String deps) {}

    /** An article of the given sentences, one space between tokens and between sentences. */
    static AnnotatedArticle article(S... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int k = 0; k < sentences.length; k++) {
            if (k > 0) text.append(' ');
            int sStart = text.length();
            List<Token> toks = Parses.tokens(sentences[k].tokens(), text);
            List<Dependency> ds = sentences[k].deps() != null ? Parses.dependencies(sentences[k].deps()) : List.of();
            out.add(new Sentence(k, sStart, text.length(), toks, ds, sentences[k].deps() != null));
        }
        Article art = new Article("a1", null, null, "Test Wire", null, DAY, "metadata", "en", null, text.toString(),
                List.of(new Span(0, text.length())), null);
        return new AnnotatedArticle(art, out, List.of(), List.of());
    }

    /** Entities named by their surface word: "Macron PERSON FRA GOV", every occurrence a mention. */
    static ArticleEntities entities(AnnotatedArticle doc, String... specs) {
        List<ArticleEntity> out = new ArrayList<>();
        int id = 0;
        for (String spec : specs) {
            String[] f = spec.split(" ");
            List<Span> spans = new ArrayList<>();
            for (Sentence s : doc.sentences()) for (Token t : s.tokens()) if (t.word().equals(f[0])) spans.add(new Span(t.start(), t.end()));
            out.add(new ArticleEntity("e" + (++id), f[0], EntityType.valueOf(f[1]), new Actor(f[2], f[3]), List.of(f[0]), spans));
        }
        return new ArticleEntities(out);
    }

    static List<String> codes(List<Event.EventActor> actors) {
        return actors.stream().map(Event.EventActor::country).toList();
    }

    private Event only(AnnotatedArticle doc, ArticleEntities ents, String type) {
        List<Event> ev = extractor.extract(doc, ents, List.of()).stream().filter(e -> e.type().equals(type)).toList();
        assertThat(ev).as("events of type " + type).hasSize(1);
        return ev.get(0);
    }

    // ---- subjects ----

    @Test void aSubjectBeforeAnAppositionWithARelativeClauseAndARepeatedAccusation() {
        // "Smith , the governor who retired , repeated accusations against Jones ."
        AnnotatedArticle doc = article(new S("Smith/Smith/NNP/PERSON ,/,/, the/the/DT governor/governor/NN who/who/WP retired/retire/VBD ,/,/, "
                + "repeated/repeat/VBD accusations/accusation/NNS against/against/IN Jones/Jones/NNP/PERSON ./././O",
                "root -1 7; nsubj 7 0; punct 0 1; det 3 2; appos 0 3; ref 3 4; nsubj 5 3; acl:relcl 3 5; punct 0 6; obj 7 8; "
                        + "case 10 9; nmod:against 8 10; punct 7 11"));
        Event e = only(doc, entities(doc, "Smith PERSON AAA GOV", "Jones PERSON BBB GOV"), "ACCUSE");
        assertThat(codes(e.source())).containsExactly("AAA");
        assertThat(codes(e.target())).containsExactly("BBB");
    }

    @Test void aSecondPredicateSharesTheSubjectOfTheFirst() {
        // "Putin arrived in Paris and met Macron ." parsed with the subject on the first verb only
        AnnotatedArticle doc = article(new S("Putin/Putin/NNP/PERSON arrived/arrive/VBD in/in/IN Paris/Paris/NNP/CITY and/and/CC met/meet/VBD Macron/Macron/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; case 3 2; obl:in 1 3; cc 5 4; conj:and 1 5; obj 5 6; punct 1 7"));
        Event e = only(doc, entities(doc, "Putin PERSON RUS GOV", "Macron PERSON FRA GOV"), "CONSULT");
        assertThat(codes(e.source())).containsExactly("RUS");
        assertThat(codes(e.target())).containsExactly("FRA");
    }

    @Test void aDocumentDemandingSomethingIsTheDemandOfWhoIssuedIt() {
        // "Rebels issued a statement demanding that Turkey free prisoners ."
        AnnotatedArticle doc = article(new S("Rebels/rebel/NNS/O issued/issue/VBD a/a/DT statement/statement/NN demanding/demand/VBG that/that/IN "
                + "Turkey/Turkey/NNP/COUNTRY free/free/VB prisoners/prisoner/NNS ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; acl 3 4; mark 7 5; nsubj 7 6; ccomp 4 7; obj 7 8; punct 1 9"));
        Event e = only(doc, entities(doc, "Rebels ORGANIZATION KUR REB", "Turkey COUNTRY TUR GOV"), "REQUEST");
        assertThat(codes(e.source())).containsExactly("KUR");
        assertThat(codes(e.target())).containsExactly("TUR");
    }

    @Test void theSubjectUpAChainOfComplementsAndPurposeClausesDoesTheAct() {
        // "Riyadh mobilized groups to help support Palestinians ."
        AnnotatedArticle doc = article(new S("Riyadh/Riyadh/NNP/CITY mobilized/mobilize/VBD groups/group/NNS to/to/TO help/help/VB support/support/VB "
                + "Palestinians/Palestinians/NNPS/NATIONALITY ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; mark 4 3; advcl:to 1 4; xcomp 4 5; obj 5 6; punct 1 7"));
        Event e = only(doc, entities(doc, "Riyadh ORGANIZATION SAU GOV", "Palestinians ORGANIZATION PSE CVL"), "SUPPORT");
        assertThat(codes(e.source())).containsExactly("SAU");
    }

    // ---- pronouns ----

    static final S MACRON_SPOKE = new S("Macron/Macron/NNP/PERSON spoke/speak/VBD in/in/IN Berlin/Berlin/NNP/CITY ./././O",
            "root -1 1; nsubj 1 0; case 3 2; obl:in 1 3; punct 1 4");

    static S criticized(String subject, String object) {
        return new S(subject + "/" + subject.toLowerCase() + "/PRP/O criticized/criticize/VBD " + object + " ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3");
    }

    @Test void aPronounSubjectIsThePreviousSentencesSubject() {
        AnnotatedArticle doc = article(MACRON_SPOKE, criticized("He", "Putin/Putin/NNP/PERSON"));
        Event e = only(doc, entities(doc, "Macron PERSON FRA GOV", "Putin PERSON RUS GOV"), "ACCUSE");
        assertThat(codes(e.source())).containsExactly("FRA");
        assertThat(e.source().get(0).entity()).isEqualTo("e1");
        assertThat(codes(e.target())).containsExactly("RUS");
    }

    @Test void aPronounWithTwoCandidatesAndNoParsedSubjectStaysEmpty() {
        // "Macron and Merkel spoke ." not parsed: two persons, no subject to prefer
        S unparsed = new S("Macron/Macron/NNP/PERSON and/and/CC Merkel/Merkel/NNP/PERSON spoke/speak/VBD ./././O", null);
        AnnotatedArticle doc = article(unparsed, criticized("He", "Putin/Putin/NNP/PERSON"));
        Event e = only(doc, entities(doc, "Macron PERSON FRA GOV", "Merkel PERSON DEU GOV", "Putin PERSON RUS GOV"), "ACCUSE");
        assertThat(e.source()).isEmpty();
        assertThat(codes(e.target())).containsExactly("RUS");
    }

    @Test void anObjectPronounIsNotItsOwnClausesSubject() {
        // "Macron spoke in Berlin . Putin criticized him ."
        AnnotatedArticle doc = article(MACRON_SPOKE, new S("Putin/Putin/NNP/PERSON criticized/criticize/VBD him/he/PRP/O ./././O",
                "root -1 1; nsubj 1 0; obj 1 2; punct 1 3"));
        Event e = only(doc, entities(doc, "Macron PERSON FRA GOV", "Putin PERSON RUS GOV"), "ACCUSE");
        assertThat(codes(e.source())).containsExactly("RUS");
        assertThat(codes(e.target())).containsExactly("FRA");
    }

    @Test void pronounsAloneMakeNoEvent() {
        // "Macron spoke in Berlin . He criticized them ." : no participant named in the sentence itself
        AnnotatedArticle doc = article(MACRON_SPOKE, criticized("He", "them/they/PRP/O"));
        assertThat(extractor.extract(doc, entities(doc, "Macron PERSON FRA GOV"), List.of())).isEmpty();
    }

    @Test void aPossessivePronounIsTheSubjectOfTheClauseAbove() {
        // "Obama said his criticism of Putin was justified ."
        AnnotatedArticle doc = article(new S("Obama/Obama/NNP/PERSON said/say/VBD his/he/PRP$/O criticism/criticism/NN of/of/IN Putin/Putin/NNP/PERSON "
                + "was/be/VBD justified/justified/JJ ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 3 2; nsubj 7 3; case 5 4; nmod:of 3 5; cop 7 6; ccomp 1 7; punct 1 8"));
        Event e = only(doc, entities(doc, "Obama PERSON USA GOV", "Putin PERSON CAN GOV"), "ACCUSE");
        assertThat(codes(e.source())).containsExactly("USA");
        assertThat(codes(e.target())).containsExactly("CAN");
    }

    // ---- roles of event nouns ----

    @Test void withAnAgentNamedThePossessorIsWhoTheActIsAimedAt() {
        // "Cruz welcomed Cruz 's endorsement by Trump" is odd; "Smith hailed Jones 's endorsement by Brown ."
        AnnotatedArticle doc = article(new S("Smith/Smith/NNP/PERSON noted/note/VBD Jones/Jones/NNP/PERSON 's/'s/POS/O endorsement/endorsement/NN "
                + "by/by/IN Brown/Brown/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 4 2; case 2 3; obj 1 4; case 6 5; nmod:by 4 6; punct 1 7"));
        Event e = only(doc, entities(doc, "Smith PERSON AAA GOV", "Jones PERSON BBB GOV", "Brown PERSON CCC GOV"), "SUPPORT");
        assertThat(codes(e.source())).containsExactly("CCC");
        assertThat(codes(e.target())).containsExactly("BBB");
    }

    @Test void whoReceivesAnEndorsementIsItsTarget() {
        // "Jones received the endorsement of Brown ."
        AnnotatedArticle doc = article(new S("Jones/Jones/NNP/PERSON received/receive/VBD the/the/DT endorsement/endorsement/NN of/of/IN Brown/Brown/NNP/PERSON ./././O",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; nmod:of 3 5; punct 1 6"));
        Event e = only(doc, entities(doc, "Jones PERSON BBB GOV", "Brown PERSON CCC GOV"), "SUPPORT");
        assertThat(codes(e.source())).containsExactly("CCC");
        assertThat(codes(e.target())).containsExactly("BBB");
    }

    @Test void anAgencyThatReceivedARequestIsAskedNotAsking() {
        // "The ministry received a request from parliament ."
        AnnotatedArticle doc = article(new S("The/the/DT ministry/ministry/NN/ORGANIZATION received/receive/VBD a/a/DT request/request/NN from/from/IN "
                + "parliament/parliament/NN/ORGANIZATION ./././O",
                "root -1 2; det 1 0; nsubj 2 1; det 4 3; obj 2 4; case 6 5; nmod:from 4 6; punct 2 7"));
        Event e = only(doc, entities(doc, "ministry ORGANIZATION AAA GOV", "parliament ORGANIZATION AAA LEG"), "REQUEST");
        assertThat(e.source()).extracting(Event.EventActor::sector).containsExactly("LEG");
        assertThat(e.target()).extracting(Event.EventActor::sector).containsExactly("GOV");
    }

    @Test void anActorNounBeforeTheEventNounIsItsSourceAndThePossessorItsTarget() {
        // "Jones hopes his celebrity endorsement helps ." : the celebrity endorses, Jones is endorsed
        AnnotatedArticle doc = article(new S("Jones/Jones/NNP/PERSON hopes/hope/VBZ his/he/PRP$/O celebrity/celebrity/NN endorsement/endorsement/NN "
                + "helps/help/VBZ ./././O",
                "root -1 1; nsubj 1 0; nmod:poss 4 2; compound 4 3; nsubj 5 4; ccomp 1 5; punct 1 6"));
        List<Event> ev = extractor.extract(doc, entities(doc, "Jones PERSON BBB GOV"), List.of()).stream()
                .filter(e -> e.type().equals("SUPPORT")).toList();
        assertThat(ev).hasSize(1);
        assertThat(codes(ev.get(0).target())).containsExactly("BBB");
        assertThat(codes(ev.get(0).source())).doesNotContain("BBB");
    }
}
