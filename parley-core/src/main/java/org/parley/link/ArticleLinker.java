package org.parley.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.ArticleAnalysis;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.corpus.LinkedArticle;
import org.parley.entities.ArticleEntity;
import org.parley.link.internal.EntityIds;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Span;

/**
 * The one in-order step between per-article analysis and the corpus stages: marks near-duplicates and
 * links the article's entities to the batch's global entities, rewriting the ids in its events and
 * quotations. Must be called in input order, from one thread.
 */
public final class ArticleLinker {
    private final DuplicateDetector duplicates = new DuplicateDetector();
    private final EntityLinker entities;

    public ArticleLinker() { this(true); }

    /** @param keepMentions false when a sink takes the mentions article by article (see {@link EntityLinker#EntityLinker(boolean)}) */
    public ArticleLinker(boolean keepMentions) { this.entities = new EntityLinker(keepMentions); }

    public LinkedArticle link(ArticleAnalysis a) {
        Article article = a.article();
        String dup = duplicates.check(article);
        if (dup != null) article = article.withDuplicateOf(dup);
        Map<String, String> ids = entities.link(article, a.entities());
        List<LinkedArticle.LinkedEntity> linked = new ArrayList<>();
        for (ArticleEntity e : a.entities().entities()) {
            linked.add(new LinkedArticle.LinkedEntity(EntityIds.map(e.localId(), ids), e));
        }
        return new LinkedArticle(article, a.skippedReason(), linked, sentenceSpans(a.annotated()), a.timexes(),
                a.events().stream().map(e -> EntityIds.remap(e, ids)).toList(),
                a.quotes().stream().map(q -> EntityIds.remap(q, ids, entities::name)).toList());
    }

    /** The batch's entities so far, one record per real-world entity with all its mentions (when kept). */
    public List<Entity> entities() { return entities.entities(); }

    private static List<Span> sentenceSpans(AnnotatedArticle annotated) {
        if (annotated == null) return List.of();
        List<Span> out = new ArrayList<>(annotated.sentences().size());
        for (Sentence s : annotated.sentences()) out.add(new Span(s.start(), s.end()));
        return out;
    }
}
