package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Deadline;
import org.parley.annotate.MissingParts;
import org.parley.model.MissingPart;
import org.parley.model.Stage;

/**
 * SUTime throws on some odd inputs. The sentence it fails on keeps no dates and is listed as missing; the other
 * sentences keep theirs (the one error policy's rule for a library that fails on one sentence, docs/decisions.md).
 */
class SutimeFailureTest {
    /** SUTime, failing on any sentence that holds the word CRASH. */
    static final class FailingSutime extends TimeAnnotator {
        FailingSutime() { super("sutime", new Properties()); }

        @Override public List<CoreMap> annotateSingleSentence(CoreMap sentence, String docDate, SUTime.TimeIndex index) {
            for (var t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                if (t.word().equals("CRASH")) throw new IllegalArgumentException("Invalid range on CRASH");
            }
            return super.annotateSingleSentence(sentence, docDate, index);
        }
    }

    @Test void aSentenceSutimeFailsOnIsListedAsMissingAndTheOthersKeepTheirDates() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        Annotation doc = new Annotation("The talks began on Monday.\nThe CRASH came on Tuesday.\nThey ended on Friday.");
        new StanfordCoreNLP(p).annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        MissingParts missing = new MissingParts();

        for (var scope : List.of(CoreNlpAnnotator.TimeScope.ALL, CoreNlpAnnotator.TimeScope.CUED)) {
            MissingParts m = scope == CoreNlpAnnotator.TimeScope.ALL ? missing : new MissingParts();
            List<List<CoreMap>> found = CoreNlpAnnotator.sutime(new FailingSutime(), sentences, "2017-05-30", scope,
                    Deadline.none(), m, new int[3]);
            assertThat(found).hasSize(3);
            assertThat(found.get(0)).extracting(t -> t.get(CoreAnnotations.TextAnnotation.class)).containsExactly("Monday");
            assertThat(found.get(1)).isEmpty();
            assertThat(found.get(2)).extracting(t -> t.get(CoreAnnotations.TextAnnotation.class)).containsExactly("Friday");
            assertThat(m.list()).containsExactly(new MissingPart(Stage.TIME, "dates in sentence 2",
                    "SUTime failed: IllegalArgumentException: Invalid range on CRASH"));
        }
    }
}
