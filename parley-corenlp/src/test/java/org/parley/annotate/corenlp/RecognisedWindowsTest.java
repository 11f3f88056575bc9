package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Deadline;
import org.parley.annotate.MissingParts;

/** With {@code TimeScope.RECOGNISED}, SUTime sees only the cue windows Parley's recogniser does not read whole. */
class RecognisedWindowsTest {
    /** SUTime, remembering the windows it was given. */
    static final class CountingSutime extends TimeAnnotator {
        final List<String> seen = new ArrayList<>();

        CountingSutime() { super("sutime", new Properties()); }

        @Override public List<CoreMap> annotateSingleSentence(CoreMap sentence, String docDate, SUTime.TimeIndex index) {
            StringBuilder b = new StringBuilder();
            for (var t : sentence.get(CoreAnnotations.TokensAnnotation.class)) b.append(b.length() == 0 ? "" : " ").append(t.word());
            seen.add(b.toString());
            return super.annotateSingleSentence(sentence, docDate, index);
        }
    }

    @Test void readWindowsSkipSutimeAndKeepTheirDates() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        Annotation doc = new Annotation("The talks began on Monday.\nThey met in the spring.\nThe pact was signed three years ago.");
        new StanfordCoreNLP(p).annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        CountingSutime sutime = new CountingSutime();
        int[] counts = new int[3];

        List<List<CoreMap>> found = CoreNlpAnnotator.sutime(sutime, sentences, "2017-05-30", CoreNlpAnnotator.TimeScope.RECOGNISED,
                Deadline.none(), new MissingParts(), counts);

        assertThat(sutime.seen).containsExactly("They met in the spring .");
        assertThat(counts[1]).isEqualTo(2); // windows read by the recogniser
        assertThat(counts[2]).isEqualTo(1); // windows given to SUTime
        assertThat(found.get(0)).extracting(t -> t.get(TimeAnnotations.TimexAnnotation.class).value()).containsExactly("2017-05-29");
        assertThat(found.get(1)).extracting(t -> t.get(CoreAnnotations.TextAnnotation.class)).containsExactly("spring");
        assertThat(found.get(2)).extracting(t -> t.get(CoreAnnotations.TextAnnotation.class)).containsExactly("three years ago");
    }
}
