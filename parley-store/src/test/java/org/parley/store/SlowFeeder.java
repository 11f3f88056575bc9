package org.parley.store;

import java.nio.file.Path;
import java.time.LocalDate;
import org.parley.store.synthetic.SyntheticCorpus;
import org.parley.write.ResultSink;

/**
 * A process for {@link CrashSafetyTest}: feeds synthetic articles {@code FROM..TO} into the store in
 * {@code DIR} through a {@link StoreSink}, sleeping {@code PAUSE} ms after each, and prints "fed N" after
 * every article so that the test knows when to kill it.
 */
public final class SlowFeeder {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int from = Integer.parseInt(args[1]), to = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        SyntheticCorpus corpus = CrashSafetyTest.corpus();
        try (StoreSink sink = new StoreSink(dir)) {
            ResultSink counting = new Counting(sink);
            corpus.feed(counting, from, to, pause);
        }
        System.out.println("done");
    }

    private static final class Counting extends ForwardingSink {
        private int n;

        Counting(ResultSink to) { super(to); }

        @Override public void article(org.parley.write.ArticleRecord a) {
            to.article(a);
            System.out.println("fed " + (++n));
            System.out.flush();
        }
    }

    static LocalDate start() { return LocalDate.of(2023, 1, 1); }
}
