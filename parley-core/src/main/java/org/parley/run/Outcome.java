package org.parley.run;

import org.parley.ArticleAnalysis;
import org.parley.model.Skipped;

/** A finished article, or a failure explained; exactly one is non-null. */
record Outcome(ArticleAnalysis analysis, Skipped failure) {
    static Outcome ok(ArticleAnalysis a) { return new Outcome(a, null); }

    static Outcome failed(Skipped s) { return new Outcome(null, s); }
}
