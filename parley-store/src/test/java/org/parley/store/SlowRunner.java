package org.parley.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.parley.ArticleAnalysis;
import org.parley.run.BatchRunner;
import org.parley.store.synthetic.SyntheticCorpus;

/**
 * A process for {@link RunnerCrashTest}: the batch runner writes synthetic analyses {@code 0..N} into the store in
 * {@code DIR} (its near-duplicate signatures in the store, {@code RECENT} of them on the heap), sleeping {@code PAUSE}
 * ms before each, and prints "fed N" as it hands over article N so that the test knows when to kill it.
 */
public final class SlowRunner {
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]), recent = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        Iterator<BatchRunner.Analysed> items = RunnerIntoStoreTest.items(analyses(n));
        Iterator<BatchRunner.Analysed> slow = new Iterator<>() {
            int fed;

            @Override public boolean hasNext() { return items.hasNext(); }

            @Override public BatchRunner.Analysed next() {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.out.println("fed " + (++fed));
                System.out.flush();
                return items.next();
            }
        };
        run(dir, slow, recent);
        System.out.println("done");
    }

    static void run(Path dir, Iterator<BatchRunner.Analysed> items, int recent) {
        new BatchRunner(null, null).withSink(d -> new StoreSink(Store.openForWriting(dir), false, recent)).runAnalysed(items, dir);
    }

    static List<ArticleAnalysis> analyses(int n) {
        SyntheticCorpus corpus = new SyntheticCorpus("rc/", LocalDate.of(2023, 1, 1), 4);
        return IntStream.range(0, n).mapToObj(corpus::analysis).toList();
    }
}
