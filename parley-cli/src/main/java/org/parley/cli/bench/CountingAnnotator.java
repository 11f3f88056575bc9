package org.parley.cli.bench;

import java.util.concurrent.atomic.LongAdder;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Sentence;
import org.parley.clean.CleanText;

/** Counts the tokens and sentences an annotator produced, for tokens/second. */
public final class CountingAnnotator implements Annotator {
    private final Annotator inner;
    public final LongAdder tokens = new LongAdder();
    public final LongAdder sentences = new LongAdder();
    public final LongAdder parsed = new LongAdder();

    public CountingAnnotator(Annotator inner) { this.inner = inner; }

    public Annotator inner() { return inner; }

    @Override public AnnotatedArticle annotate(CleanText clean) {
        AnnotatedArticle a = inner.annotate(clean);
        for (Sentence s : a.sentences()) {
            tokens.add(s.tokens().size());
            if (s.parsed()) parsed.increment();
        }
        sentences.add(a.sentences().size());
        return a;
    }

    @Override public void close() { inner.close(); }
}
