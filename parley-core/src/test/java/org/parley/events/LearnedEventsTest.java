package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.annotate.AnnotatedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.events.internal.LearnedClassifier;
import org.parley.events.internal.SoftmaxTrainer;
import org.parley.model.Event;

/**
 * The learned event classifier on team-written sentences, with a fake three-dimensional embedder (one axis for
 * giving, one for blaming, one for "nothing happens") and a small weights file in the trained format.
 */
class LearnedEventsTest {
    static final LocalDate DAY = LocalDate.of(2021, 3, 4);

    /** Axis 0: giving words, axis 1: blaming words, axis 2: anything else. */
    static final class FakeEmbedder implements TextEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override public int dimension() { return 3; }

        @Override public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                asked.add(t);
                String l = t.toLowerCase(Locale.ROOT);
                out.add(l.contains("shipped") ? new float[] {1, 0, 0} : l.contains("faulted") ? new float[] {0, 1, 0} : new float[] {0, 0, 1});
            }
            return out;
        }
    }

    @TempDir Path dir;
    final FakeEmbedder embedder = new FakeEmbedder();

    /** Weights that read axis 0 as AID, axis 1 as ACCUSE and axis 2 as "no event", each with probability ~0.96. */
    Path weights() throws Exception {
        Path f = dir.resolve("weights.tsv");
        Files.writeString(f, String.join("\n",
                "# test weights: class, cameo, bias, 3 weights",
                "AID\t071\t0\t4\t0\t0",
                "ACCUSE\t111\t0\t0\t4\t0",
                "NONE\t-\t0\t0\t0\t4", ""));
        return f;
    }

    EventExtractor extractor(double add, int countries, double doubt) throws Exception {
        return new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(), null,
                new LearnedEvents(embedder, add, countries, doubt, 0.05, weights()));
    }

    static AnnotatedArticle unparsed(String tokens) { return Parses.article(tokens, "", DAY); }

    @Test void aSentenceWithoutALexicalEventGetsTheClassifiersTypeWhenConfident() throws Exception {
        AnnotatedArticle doc = unparsed("Norway/Norway/NNP/COUNTRY shipped/ship/VBD tents/tent/NNS to/to/TO Chad/Chad/NNP/COUNTRY ./././O");
        List<Event> ev = extractor(0.9, 2, LearnedEvents.OFF).extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "NOR", "e2", 4, 4, "TCD"), List.of());
        assertThat(ev).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AID");
            assertThat(e.cameo()).isEqualTo("071");
            assertThat(e.method()).isEqualTo(Event.Method.CLASSIFIER);
            assertThat(e.confidence()).isLessThanOrEqualTo(0.5);
            assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("NOR");
            assertThat(e.target()).extracting(Event.EventActor::country).containsExactly("TCD");
        });
        // the whole sentence is embedded, as the classifier was trained
        assertThat(embedder.asked).containsExactly("Norway shipped tents to Chad .");
    }

    @Test void theNoEventClassAndALowProbabilityAbstain() throws Exception {
        AnnotatedArticle doc = unparsed("Norway/Norway/NNP/COUNTRY borders/border/VBZ Sweden/Sweden/NNP/COUNTRY ./././O");
        assertThat(extractor(0.5, 2, LearnedEvents.OFF).extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "NOR", "e2", 2, 2, "SWE"), List.of())).isEmpty();
        AnnotatedArticle gift = unparsed("Norway/Norway/NNP/COUNTRY shipped/ship/VBD tents/tent/NNS to/to/TO Chad/Chad/NNP/COUNTRY ./././O");
        assertThat(extractor(0.99, 2, LearnedEvents.OFF).extract(gift, EventExtractorTest.entities(gift, "e1", 0, 0, "NOR", "e2", 4, 4, "TCD"), List.of())).isEmpty();
    }

    @Test void oneCountryIsACandidateOnlyWhenAsked() throws Exception {
        AnnotatedArticle doc = unparsed("Norway/Norway/NNP/COUNTRY shipped/ship/VBD tents/tent/NNS north/north/RB ./././O");
        var ents = EventExtractorTest.entities(doc, "e1", 0, 0, "NOR");
        assertThat(extractor(0.9, 2, LearnedEvents.OFF).extract(doc, ents, List.of())).isEmpty();
        assertThat(embedder.asked).isEmpty();
        assertThat(extractor(0.9, 1, LearnedEvents.OFF).extract(doc, ents, List.of())).singleElement().satisfies(e -> {
            assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("NOR");
            assertThat(e.target()).isEmpty();
        });
    }

    @Test void aLexicalEventTheClassifierRejectsStronglyIsDoubted() throws Exception {
        AnnotatedArticle doc = EventExtractorTest.talks();
        var ents = EventExtractorTest.entities(doc, "e1", 0, 0, "RUS", "e2", 2, 2, "FRA");
        // the talks sentence has no giving or blaming word: "no event" at ~0.96, CONSULT at 0
        assertThat(extractor(LearnedEvents.OFF, 2, LearnedEvents.OFF).extract(doc, ents, List.of())).extracting(Event::type).containsExactly("CONSULT");
        assertThat(extractor(LearnedEvents.OFF, 2, 0.9).extract(doc, ents, List.of())).isEmpty();
    }

    @Test void theTrainerSeparatesSeparableClassesTheSameWayEveryTime() {
        List<float[]> x = List.of(new float[] {1, 0}, new float[] {0.9f, 0.1f}, new float[] {0, 1}, new float[] {0.1f, 0.9f});
        int[] y = {0, 0, 1, 1};
        double[][] w = SoftmaxTrainer.train(x, y, 2, 1e-4, 5, 500);
        double[] p = new double[2];
        SoftmaxTrainer.probabilities(w, new float[] {0.8f, 0.2f}, p);
        assertThat(p[0]).isGreaterThan(0.8);
        assertThat(SoftmaxTrainer.train(x, y, 2, 1e-4, 5, 500)).isDeepEqualTo(w);
    }

    @Test void theBuiltInWeightsLoadWithEveryTypeAndNoEvent() {
        LearnedClassifier c = LearnedClassifier.load();
        assertThat(c.dimension()).isEqualTo(384);
        assertThat(c.classes()).hasSize(EventType.values().length + 1);
        assertThat(c.classes()).allSatisfy(k -> assertThat(k.type().isEmpty() || k.cameo() != null).isTrue());
    }

    @Test void anEmbedderOfAnotherDimensionIsACallerError() {
        assertThatThrownBy(() -> new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(), null,
                new LearnedEvents(embedder, 0.5, 2, LearnedEvents.OFF, 0.05)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimensions");
    }

    /** Every sentence reads as giving: the classifier says AID, and every prototype is as near as the next. */
    static final class GivingEmbedder implements TextEmbedder {
        @Override public int dimension() { return 3; }
        @Override public List<float[]> embed(List<String> texts) { return texts.stream().map(t -> new float[] {1, 0, 0}).toList(); }
    }

    @Test void withTheFallbackAlsoOnASentenceGetsOneLearnedEventNotTwo() throws Exception {
        AnnotatedArticle doc = unparsed("Norway/Norway/NNP/COUNTRY sent/send/VBD tents/tent/NNS to/to/TO Chad/Chad/NNP/COUNTRY ./././O");
        var ents = EventExtractorTest.entities(doc, "e1", 0, 0, "NOR", "e2", 4, 4, "TCD");
        TextEmbedder giving = new GivingEmbedder();
        EventFallback anything = new EventFallback(giving, -1, 0); // the fallback alone labels the sentence
        List<Event> fallbackOnly = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(), anything, null).extract(doc, ents, List.of());
        assertThat(fallbackOnly).singleElement().extracting(Event::method).isEqualTo(Event.Method.PROTOTYPE);
        List<Event> both = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(), anything,
                new LearnedEvents(giving, 0.5, 2, LearnedEvents.OFF, 0.05, weights())).extract(doc, ents, List.of());
        assertThat(both).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo(Event.Method.CLASSIFIER);
            assertThat(e.type()).isEqualTo("AID");
        });
    }

    @Test void theDefaultsAreTheStrictSettingWithTheBuiltInWeights() {
        LearnedEvents d = LearnedEvents.defaults(embedder);
        assertThat(d.add()).isEqualTo(LearnedEvents.DEFAULT_ADD);
        assertThat(d.minCountries()).isEqualTo(LearnedEvents.DEFAULT_COUNTRIES);
        assertThat(d.doubts()).isFalse();
        assertThat(d.weights()).isNull();
        boolean[] asked = {false};
        LearnedEvents byDefault = LearnedEvents.byDefault(() -> { asked[0] = true; return embedder; });
        assertThat(byDefault == null).isEqualTo(!LearnedEvents.ON_BY_DEFAULT);
        assertThat(asked[0]).isEqualTo(LearnedEvents.ON_BY_DEFAULT); // the model is not loaded for nothing
    }

    /** An extractor whose classifier reads every sentence as giving (AID at ~0.96). */
    EventExtractor giving() throws Exception {
        return new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(), null,
                new LearnedEvents(new GivingEmbedder(), 0.9, 2, LearnedEvents.OFF, 0.05, weights()));
    }

    @Test void aParsedSentenceGetsItsRolesFromTheParseNotFromWordOrder() throws Exception {
        // "Chad was bused tents by Norway ." (no trigger word; every sentence reads as giving): by word order Chad would
        // be the source; the parse says Norway gave
        AnnotatedArticle doc = Parses.article("Chad/Chad/NNP/COUNTRY was/be/VBD bused/bus/VBN tents/tent/NNS by/by/IN Norway/Norway/NNP/COUNTRY ./././O",
                "root -1 2; nsubj:pass 2 0; aux:pass 2 1; obj 2 3; case 5 4; obl:by 2 5; punct 2 6", DAY);
        var ents = EventExtractorTest.entities(doc, "e1", 0, 0, "TCD", "e2", 5, 5, "NOR");
        assertThat(giving().extract(doc, ents, List.of())).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo(Event.Method.CLASSIFIER);
            assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("NOR");
            assertThat(e.target()).extracting(Event.EventActor::country).containsExactly("TCD");
            assertThat(e.mentions().get(0).trigger().text()).isEqualTo("bused");
        });
    }

    @Test void partiesOfAJointSubjectFaceEachOther() throws Exception {
        // "Norway and Chad bused tents ." (read as giving): one source, the other target
        AnnotatedArticle doc = Parses.article("Norway/Norway/NNP/COUNTRY and/and/CC Chad/Chad/NNP/COUNTRY bused/bus/VBD tents/tent/NNS ./././O",
                "root -1 3; nsubj 3 0; conj:and 0 2; cc 2 1; nsubj 3 2; obj 3 4; punct 3 5", DAY);
        var ents = EventExtractorTest.entities(doc, "e1", 0, 0, "NOR", "e2", 2, 2, "TCD");
        assertThat(giving().extract(doc, ents, List.of())).singleElement().satisfies(e -> {
            assertThat(e.method()).isEqualTo(Event.Method.CLASSIFIER);
            assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("NOR");
            assertThat(e.target()).extracting(Event.EventActor::country).containsExactly("TCD");
        });
    }
}
