package org.parley.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.entities.ArticleEntity;
import org.parley.model.Entity;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.write.ResultSink;

/**
 * Writes the batch's global entity table (entities.jsonl) from the linker that built it. To a sink that
 * streams corpus tables, each article's mentions go with the article (the linker then keeps none), and the
 * table at the end carries names, types, codes and variants only.
 */
public final class EntityTableStage implements CorpusStage {
    private final ArticleLinker linker;

    public EntityTableStage(ArticleLinker linker) { this.linker = linker; }

    @Override public String name() { return "entities"; }

    @Override public void accept(LinkedArticle article) {
        // The linker has already taken the article in; nothing to keep here.
    }

    @Override public void accept(LinkedArticle article, ResultSink sink) {
        if (!sink.streamsCorpusTables() || article.entities().isEmpty()) return;
        sink.articleEntities(article.article().id(), mentions(article));
    }

    /** The article's entities with their global ids and this article's mentions only (texts read as the linker reads them). */
    static List<Entity> mentions(LinkedArticle a) {
        String text = a.article().text() == null ? "" : a.article().text();
        Map<String, Entity> out = new LinkedHashMap<>();
        for (LinkedArticle.LinkedEntity le : a.entities()) {
            if (le.id() == null) continue;
            ArticleEntity e = le.entity();
            List<Mention> ms = new ArrayList<>();
            Entity known = out.get(le.id());
            if (known != null) ms.addAll(known.mentions());
            for (Span s : e.spans()) {
                ms.add(new Mention(a.article().id(), s.start(), s.end(), s.end() <= text.length() ? text.substring(s.start(), s.end()) : ""));
            }
            out.put(le.id(), new Entity(le.id(), e.name(), e.type(), e.actor(), e.variants(), ms));
        }
        return List.copyOf(out.values());
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        var entities = linker.entities();
        sink.entities(entities);
        return soFar.withEntities(entities);
    }
}
