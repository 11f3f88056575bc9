package org.parley.read;

import org.parley.model.Article;
import org.parley.model.Skipped;

/** One result of reading: an article, or a skipped input with its reason. Exactly one is non-null. */
public record ReadOutcome(Article article, Skipped skipped) {
    public static ReadOutcome ok(Article a) { return new ReadOutcome(a, null); }
    public static ReadOutcome skip(String path, String reason) { return new ReadOutcome(null, new Skipped(path, reason)); }
    public boolean isOk() { return article != null; }
}
