package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.link.internal.MinHashSignature;
import org.parley.model.Article;
import org.parley.model.Span;

class DuplicateDetectorTest {
    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of(DuplicateDetectorTest.class.getResource("/read/dup/" + name).toURI()), StandardCharsets.UTF_8);
    }

    private static Article article(String id, String text) {
        return new Article(id, id, null, null, null, null, null, "en", null, text, List.of(), null);
    }

    private static List<String> paragraphs(String text) {
        return new ArrayList<>(Arrays.asList(text.strip().split("\\n\\s*\\n")));
    }

    @Test
    void exactCopyMatchesAndTheOriginalIsNew() throws Exception {
        String story = fixture("story.txt");
        DuplicateDetector d = new DuplicateDetector();
        assertThat(d.check(article("a", story))).isNull();
        assertThat(d.check(article("b", story))).isEqualTo("a");
    }

    @Test
    void syndicatedCopiesWithOtherFirstOrLastParagraph() throws Exception {
        String story = fixture("story.txt");
        DuplicateDetector d = new DuplicateDetector();
        assertThat(d.check(article("orig", story))).isNull();

        List<String> first = paragraphs(story);
        first.set(0, "MONTEVIDEO (Southern Wire) - Argentina and Uruguay agreed on Tuesday to set up a commission on dredging the River Plate channel, ministers said.");
        assertThat(d.check(article("newFirst", String.join("\n\n", first)))).isEqualTo("orig");

        List<String> last = paragraphs(story);
        last.set(last.size() - 1, "Reporting by a staff correspondent; editing by the world desk. Copyright Southern Wire 2024.");
        assertThat(d.check(article("newLast", String.join("\n\n", last)))).isEqualTo("orig");

        List<String> both = paragraphs(story);
        both.set(0, "By Staff Reporter | Published 14:02 local time");
        both.set(both.size() - 1, "Additional reporting by the regional bureau.");
        assertThat(d.check(article("newBoth", String.join("\n\n", both)))).isEqualTo("orig");

        // Punctuation, case and spacing differences do not matter.
        String restyled = story.replace("\"", "“").replace(",", " ,").toUpperCase();
        assertThat(d.check(article("restyled", restyled))).isEqualTo("orig");
    }

    @Test
    void differentStoriesOnTheSameTopicDoNotMatch() throws Exception {
        DuplicateDetector d = new DuplicateDetector();
        assertThat(d.check(article("a", fixture("story.txt")))).isNull();
        assertThat(d.check(article("b", fixture("other_same_topic.txt")))).isNull();
        MinHashSignature x = MinHashSignature.of(fixture("story.txt"));
        MinHashSignature y = MinHashSignature.of(fixture("other_same_topic.txt"));
        System.out.printf("same topic, different stories: Jaccard estimate %.3f, containment %.3f%n", x.jaccard(y), x.containment(y));
    }

    @Test
    void usesBodySpansWhenSet() throws Exception {
        String story = fixture("story.txt");
        String withHeader = "Title: Something else entirely\nDate: 2024-01-01\n\n" + story;
        int start = withHeader.indexOf(story.substring(0, 20));
        Article a = new Article("h", "h", null, null, null, null, null, "en", null, withHeader,
                List.of(new Span(start, withHeader.length())), null);
        DuplicateDetector d = new DuplicateDetector();
        d.check(article("plain", story));
        assertThat(d.check(a)).isEqualTo("plain");
    }

    @Test
    void shortTextsAndRepeatsOfTheSameId() {
        DuplicateDetector d = new DuplicateDetector();
        assertThat(d.check(article("s", "Too short."))).isNull();
        assertThat(d.check(article("s2", "Too short."))).isNull();
        String t = "The council met on Monday and agreed to raise the budget for schools and roads next year.";
        assertThat(d.check(article("x", t))).isNull();
        assertThat(d.check(article("x", t))).isNull(); // the same article seen twice is not its own duplicate
        assertThat(d.check(article("y", t))).isEqualTo("x");
        assertThat(d.check(article("z", t))).isEqualTo("x"); // the earliest copy, not the latest
    }

    @Test
    void threadSafeUnderConcurrentChecks() throws Exception {
        String story = fixture("story.txt");
        String other = fixture("other_same_topic.txt");
        DuplicateDetector d = new DuplicateDetector();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ConcurrentHashMap<String, String> results = new ConcurrentHashMap<>();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            fs.add(pool.submit(() -> {
                String text = (n % 2 == 0 ? story : other) + "\n\nItem " + n;
                String dup = d.check(article("a" + n, text));
                results.put("a" + n, dup == null ? "-" : dup);
            }));
        }
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(d.size()).isEqualTo(200);
        // Exactly one original per story; all the others point at an original.
        assertThat(results.values().stream().filter("-"::equals).count()).isEqualTo(2);
    }

    @Test
    void speedAndManyDistinctStoriesPrint() {
        DuplicateDetector d = new DuplicateDetector();
        java.util.Random r = new java.util.Random(7);
        String[] vocab = ("minister talks agreement border trade army police court election president parliament "
                + "government said Monday Tuesday city region officials sanctions oil gas prices inflation bank "
                + "protest strike union rebels ceasefire aid refugees summit treaty vote budget tax").split(" ");
        int n = 5000, dups = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 300; w++) sb.append(vocab[r.nextInt(vocab.length)]).append(' ');
            if (d.check(article("r" + i, sb.toString())) != null) dups++;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(dups).isZero();
        assertThat(d.size()).isEqualTo(n);
        // Copies of early articles are still found after the index has grown many times.
        java.util.Random again = new java.util.Random(7);
        StringBuilder first = new StringBuilder();
        for (int w = 0; w < 300; w++) first.append(vocab[again.nextInt(vocab.length)]).append(' ');
        assertThat(d.check(article("copy-of-r0", first.toString()))).isEqualTo("r0");
        System.out.printf("duplicate check: %d random 300-word texts in %d ms (%.3f ms each), %d false matches%n",
                n, ms, ms / (double) n, dups);
    }

    /** Made-up texts of 60 words, different from one another. */
    private static String words(int seed) {
        StringBuilder b = new StringBuilder();
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < 60; i++) b.append("w").append(r.nextInt(100_000)).append(' ');
        return b.toString();
    }

    @Test void theAnswersDoNotDependOnWhereTheMemoryIs() {
        // a memory that keeps everything in plain lists and compares against every article: what a store does
        // with its tables, without the LSH index
        class Lists implements DuplicateDetector.Memory {
            final java.util.List<String> ids = new java.util.ArrayList<>(), roots = new java.util.ArrayList<>();
            final java.util.List<DuplicateDetector.Signature> sigs = new java.util.ArrayList<>();
            final java.util.List<long[]> keys = new java.util.ArrayList<>();

            @Override public DuplicateDetector.Recall recall(String id, long[] bandKeys) {
                int at = ids.indexOf(id);
                if (at >= 0) return new DuplicateDetector.Recall(roots.get(at), java.util.List.of());
                java.util.List<DuplicateDetector.Candidate> out = new java.util.ArrayList<>();
                for (int n = 0; n < ids.size(); n++) {
                    for (int b = 0; b < bandKeys.length; b++) {
                        if (keys.get(n)[b] == bandKeys[b]) {
                            out.add(new DuplicateDetector.Candidate(sigs.get(n), roots.get(n)));
                            break;
                        }
                    }
                }
                return new DuplicateDetector.Recall(null, out);
            }

            @Override public void remember(String id, DuplicateDetector.Signature s, long[] k, String root) {
                ids.add(id);
                sigs.add(s);
                keys.add(k);
                roots.add(root);
            }
        }
        DuplicateDetector heap = new DuplicateDetector(), lists = new DuplicateDetector(new Lists());
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) texts.add(words(i % 13) + (i % 3 == 0 ? "" : words(100 + i).substring(0, 40)));
        int copies = 0;
        for (int i = 0; i < texts.size(); i++) {
            String id = "a" + (i % 37); // a few ids come again
            String expected = heap.check(article(id, texts.get(i)));
            assertThat(lists.check(article(id, texts.get(i)))).isEqualTo(expected);
            if (expected != null) copies++;
        }
        assertThat(copies).isGreaterThan(10);
        assertThat(lists.size()).isEqualTo(heap.size());
    }
}
