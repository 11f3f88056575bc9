package org.parley.annotate;

import java.util.List;
import org.parley.model.Article;
import org.parley.model.MissingPart;

/**
 * An article with its sentences, named mentions and raw temporal expressions; {@code missing} lists what the
 * annotator could not produce for a piece of it (see {@link MissingParts}), usually nothing.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<NamedMention> mentions, List<RawTimex> timexes,
                               List<MissingPart> missing) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** A complete annotation: nothing missing. */
    public AnnotatedArticle(Article article, List<Sentence> sentences, List<NamedMention> mentions, List<RawTimex> timexes) {
        this(article, sentences, mentions, timexes, List.of());
    }

    public String text() { return article.text(); }

    /**
     * The sentence containing the character offset, or null. Sentences are in text order and do not overlap (as
     * every annotator gives them), so this is a binary search: the quotation stage asks it for every quotation
     * mark and cue, and a scan made long articles quadratic. Unordered sentences (hand-made documents) are scanned.
     */
    public Sentence sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1, found = -1;
        while (lo <= hi) { // the last sentence starting at or before offset
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        if (found < 0) return sentences.isEmpty() || sentences.get(0).start() > offset && ordered(0) ? null : scan(offset);
        Sentence s = sentences.get(found);
        if (!ordered(found)) return scan(offset);
        return offset < s.end() ? s : null;
    }

    /** Sentence i starts after the one before it ends and ends before the next one starts. */
    private boolean ordered(int i) {
        Sentence s = sentences.get(i);
        return (i == 0 || sentences.get(i - 1).end() <= s.start()) && (i + 1 == sentences.size() || s.end() <= sentences.get(i + 1).start());
    }

    private Sentence scan(int offset) {
        for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s;
        return null;
    }
}
