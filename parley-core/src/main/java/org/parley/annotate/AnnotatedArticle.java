package org.parley.annotate;

import java.util.List;
import org.parley.model.Article;

/** An article with its sentences, named mentions and raw temporal expressions. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<NamedMention> mentions, List<RawTimex> timexes) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
    }

    public String text() { return article.text(); }

    /** The sentence containing the character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (offset >= s.start() && offset < s.end()) return s;
        return null;
    }
}
