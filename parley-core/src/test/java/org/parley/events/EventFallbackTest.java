package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.knowledge.TsvLoader;
import org.parley.model.Event;

/**
 * The embedding fallback on invented sentences, with a fake embedder: each prototype sentence of
 * prototypes.tsv is embedded on the axis of its class, and a test sentence on the axis its key word names
 * (so the tests hold whatever prototype sentences the file has).
 */
class EventFallbackTest {
    static final LocalDate DAY = LocalDate.of(2019, 6, 18);

    /** One axis per class (PLOVER types and NONE); test sentences by key word. */
    static final class FakeEmbedder implements TextEmbedder {
        final Map<String, String> classOfPrototype = new HashMap<>();
        final List<String> asked = new ArrayList<>();
        final List<String> axes = new ArrayList<>();
        final Map<String, String> keyWords = Map.of("airlift", "AID", "border", "NONE", "snubbed", "REJECT|ACCUSE");

        FakeEmbedder() {
            for (TsvLoader.Row r : TsvLoader.resource("/org/parley/events/prototypes.tsv")) {
                classOfPrototype.put(r.cell(2), r.cell(0));
                if (!axes.contains(r.cell(0))) axes.add(r.cell(0));
            }
        }

        @Override public int dimension() { return axes.size(); }

        @Override public List<float[]> embed(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            for (String t : texts) {
                float[] v = new float[dimension()];
                String cls = classOfPrototype.get(t);
                if (cls == null) {
                    asked.add(t);
                    for (var k : keyWords.entrySet()) if (t.toLowerCase(Locale.ROOT).contains(k.getKey())) cls = k.getValue();
                }
                if (cls == null) cls = "NONE";
                String[] parts = cls.split("\\|"); // "REJECT|ACCUSE": halfway between two classes
                for (String p : parts) v[axes.indexOf(p)] = (float) (1 / Math.sqrt(parts.length));
                out.add(v);
            }
            return out;
        }
    }

    final FakeEmbedder embedder = new FakeEmbedder();
    final EventExtractor extractor = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of(),
            new EventFallback(embedder, 0.6, 0.05));

    /** An unparsed sentence, as the annotator leaves one without a trigger word. */
    static AnnotatedArticle unparsed(String tokens) { return Parses.article(tokens, "", DAY); }

    @Test void aSentenceWithTwoActorsAndNoTriggerIsClassifiedByItsNearestPrototype() {
        AnnotatedArticle doc = unparsed("Japan/Japan/NNP/COUNTRY airlifted/airlift/VBD blankets/blanket/NNS to/to/TO Peru/Peru/NNP/COUNTRY ./././O");
        List<Event> ev = extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 4, 4, "PER"), List.of());
        assertThat(ev).hasSize(1);
        Event e = ev.get(0);
        assertThat(e.type()).isEqualTo("AID");
        assertThat(e.method()).isEqualTo(Event.Method.PROTOTYPE);
        assertThat(e.cameo()).startsWith("07");
        assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("JPN");
        assertThat(e.target()).extracting(Event.EventActor::country).containsExactly("PER");
        assertThat(e.confidence()).isLessThanOrEqualTo(0.5);
        assertThat(e.date()).isEqualTo("2019-06-18");
        assertThat(e.mentions().get(0).trigger().text()).isEqualTo("airlifted blankets to");
        // the actors are masked as the prototypes write them
        assertThat(embedder.asked).containsExactly("Country A airlifted blankets to Country B");
    }

    @Test void conjoinedActorsAreBothSources() {
        AnnotatedArticle doc = unparsed("Japan/Japan/NNP/COUNTRY and/and/CC Peru/Peru/NNP/COUNTRY airlifted/airlift/VBD tents/tent/NNS ./././O");
        List<Event> ev = extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 2, 2, "PER"), List.of());
        assertThat(ev).singleElement().satisfies(e -> {
            assertThat(e.source()).extracting(Event.EventActor::country).containsExactly("JPN", "PER");
            assertThat(e.target()).isEmpty();
        });
    }

    @Test void aSpeakerBeforeAVerbOfSayingReportsTheEventAndIsNoActorOfIt() {
        AnnotatedArticle doc = unparsed("Tanaka/Tanaka/NNP/PERSON said/say/VBD Japan/Japan/NNP/COUNTRY airlifted/airlift/VBD tents/tent/NNS to/to/TO Peru/Peru/NNP/COUNTRY ./././O");
        List<Event> ev = extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 2, 2, "JPN", "e3", 6, 6, "PER"), List.of());
        assertThat(ev).singleElement().satisfies(e -> {
            assertThat(e.reportedBy().text()).isEqualTo("Tanaka");
            assertThat(e.source()).extracting(Event.EventActor::text).containsExactly("Japan");
            assertThat(e.target()).extracting(Event.EventActor::text).containsExactly("Peru");
        });
        // only one actor left in what the speaker says: no candidate
        AnnotatedArticle one = unparsed("Tanaka/Tanaka/NNP/PERSON noted/note/VBD that/that/IN aid/aid/NN was/be/VBD airlifted/airlift/VBN from/from/IN Peru/Peru/NNP/COUNTRY ./././O");
        assertThat(extractor.extract(one, EventExtractorTest.entities(one, "e1", 0, 0, "JPN", "e2", 7, 7, "PER"), List.of())).isEmpty();
        assertThat(embedder.asked).containsExactly("Country A airlifted tents to Country B");
    }

    @Test void theNoEventClassAbstains() {
        AnnotatedArticle doc = unparsed("Japan/Japan/NNP/COUNTRY has/have/VBZ no/no/DT border/border/NN with/with/IN Peru/Peru/NNP/COUNTRY ./././O");
        assertThat(extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 5, 5, "PER"), List.of())).isEmpty();
        AnnotatedArticle doc2 = unparsed("Japan/Japan/NNP/COUNTRY shares/share/VBZ a/a/DT border/border/NN with/with/IN Peru/Peru/NNP/COUNTRY ./././O");
        assertThat(extractor.extract(doc2, EventExtractorTest.entities(doc2, "e1", 0, 0, "JPN", "e2", 5, 5, "PER"), List.of())).isEmpty();
    }

    @Test void twoClassesTooCloseGiveNoEvent() {
        AnnotatedArticle doc = unparsed("Japan/Japan/NNP/COUNTRY snubbed/snub/VBD Peru/Peru/NNP/COUNTRY ./././O");
        assertThat(extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 2, 2, "PER"), List.of())).isEmpty();
        assertThat(embedder.asked).hasSize(1);
    }

    @Test void aNegatedSentenceIsNotGuessed() {
        AnnotatedArticle doc = unparsed("Japan/Japan/NNP/COUNTRY did/do/VBD not/not/RB airlift/airlift/VB tents/tent/NNS to/to/TO Peru/Peru/NNP/COUNTRY ./././O");
        assertThat(extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 6, 6, "PER"), List.of())).isEmpty();
        assertThat(embedder.asked).isEmpty();
    }

    @Test void aSentenceTheLexiconCodesOrWithOneActorIsNeverEmbedded() {
        AnnotatedArticle doc = EventExtractorTest.talks();
        List<Event> ev = extractor.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "RUS", "e2", 2, 2, "FRA"), List.of());
        assertThat(ev).extracting(Event::method).containsExactly(Event.Method.LEXICON);
        AnnotatedArticle one = unparsed("Japan/Japan/NNP/COUNTRY airlifted/airlift/VBD blankets/blanket/NNS to/to/TO Tokyo/Tokyo/NNP/CITY ./././O");
        assertThat(extractor.extract(one, EventExtractorTest.entities(one, "e1", 0, 0, "JPN"), List.of())).isEmpty();
        assertThat(embedder.asked).isEmpty();
    }

    @Test void withoutAFallbackNothingChanges() {
        EventExtractor plain = new EventExtractor(ActorKnowledgeBase.load(List.of()), List.of());
        AnnotatedArticle doc = unparsed("Japan/Japan/NNP/COUNTRY airlifted/airlift/VBD blankets/blanket/NNS to/to/TO Peru/Peru/NNP/COUNTRY ./././O");
        assertThat(plain.extract(doc, EventExtractorTest.entities(doc, "e1", 0, 0, "JPN", "e2", 4, 4, "PER"), List.of())).isEmpty();
    }
}
