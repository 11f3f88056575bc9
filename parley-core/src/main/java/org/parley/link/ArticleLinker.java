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
    private final java.util.function.Function<Article, String> duplicates;
    private final EntityLinking entities;

    public ArticleLinker() { this(DuplicateDetector.onHeap(), false); }

    /**
     * @param duplicates where the near-duplicate detector keeps the batch's signatures (the heap, or a sink's store)
     * @param bounded    true when a sink takes the corpus tables article by article (the store): memory must then not
     *                   grow with the corpus, so the linker keeps no mentions ({@link EntityLinker#EntityLinker(boolean)})
     */
    public ArticleLinker(DuplicateDetector.Memory duplicates, boolean bounded) {
        this(new DuplicateDetector(duplicates)::check, bounded);
    }

    /**
     * @param duplicateOf the near-duplicates found elsewhere (a distributed run finds them with {@link
     *                    DuplicateDetector}'s rules by LSH bands): article -> id of the earlier article it copies,
     *                    or null; must answer as {@link DuplicateDetector#check} in input order would
     * @param bounded     as in {@link #ArticleLinker(DuplicateDetector.Memory, boolean)}, for the entities
     */
    public ArticleLinker(java.util.function.Function<Article, String> duplicateOf, boolean bounded) {
        this(duplicateOf, new EntityLinker(!bounded));
    }

    /**
     * @param duplicateOf as in {@link #ArticleLinker(java.util.function.Function, boolean)}
     * @param entities    the entity linking (a distributed run gives the ids it linked by name-key blocks, issue 12)
     */
    public ArticleLinker(java.util.function.Function<Article, String> duplicateOf, EntityLinking entities) {
        this.duplicates = duplicateOf;
        this.entities = entities;
    }

    public LinkedArticle link(ArticleAnalysis a) {
        Article article = a.article();
        String dup = duplicates.apply(article);
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

    /**
     * An article's event with the global entity ids the linker gave the article's entities ({@code ids}: local
     * id -> global id), as {@link #link} rewrites them; for a run that merges events before linking.
     */
    public static org.parley.model.Event withGlobalIds(org.parley.model.Event e, Map<String, String> ids) {
        return EntityIds.remap(e, ids);
    }

    /**
     * An article's quotation with the global entity ids ({@code ids}: local id -> global id) and the speakers' names as
     * known at that article ({@code names}: global id -> name), as {@link #link} rewrites them.
     */
    public static org.parley.model.Quote withGlobalIds(org.parley.model.Quote q, Map<String, String> ids,
                                                       java.util.function.Function<String, String> names) {
        return EntityIds.remap(q, ids, names);
    }

    /** An article-local entity id as {@link #link} maps it: its global id, or itself when it was not linked. */
    public static String globalId(String local, Map<String, String> ids) { return EntityIds.map(local, ids); }

    /** The batch's entities so far, one record per real-world entity with all its mentions (when kept). */
    public List<Entity> entities() { return entities.entities(); }

    private static List<Span> sentenceSpans(AnnotatedArticle annotated) {
        if (annotated == null) return List.of();
        List<Span> out = new ArrayList<>(annotated.sentences().size());
        for (Sentence s : annotated.sentences()) out.add(new Span(s.start(), s.end()));
        return out;
    }
}
