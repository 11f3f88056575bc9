package org.parley.link;

import org.parley.corpus.CorpusResults;
import org.parley.corpus.CorpusStage;
import org.parley.corpus.LinkedArticle;
import org.parley.write.ResultSink;

/** Writes the batch's global entity table (entities.jsonl) from the linker that built it. */
public final class EntityTableStage implements CorpusStage {
    private final ArticleLinker linker;

    public EntityTableStage(ArticleLinker linker) { this.linker = linker; }

    @Override public String name() { return "entities"; }

    @Override public void accept(LinkedArticle article) {
        // The linker has already taken the article in; nothing to keep here.
    }

    @Override public CorpusResults finish(CorpusResults soFar, ResultSink sink) {
        var entities = linker.entities();
        sink.entities(entities);
        return soFar.withEntities(entities);
    }
}
