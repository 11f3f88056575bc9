package org.parley.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.parley.entities.ArticleEntities;
import org.parley.link.EntityLinking;
import org.parley.model.Article;
import org.parley.model.Entity;
import scala.Tuple2;

/**
 * The driver's side of distributed entity linking, in place of the runner's in-order linker: as the runner takes
 * each article in input order, the ids and names the blocks gave it ({@link DistributedLinking}) are read from a
 * stream sorted by input order; the entity table is read at the end, in id order.
 */
final class BlockedEntityLinking implements EntityLinking {
    private final Iterator<Tuple2<Long, String>> articles;
    private final Iterator<String> table;
    private final LongSupplier current; // input order of the article being linked
    private Tuple2<Long, String> next;
    private Map<String, String> names = Map.of();
    private List<Entity> entities;

    BlockedEntityLinking(Iterator<Tuple2<Long, String>> articles, Iterator<String> table, LongSupplier current) {
        this.articles = articles;
        this.table = table;
        this.current = current;
        advance();
    }

    @Override public Map<String, String> link(Article article, ArticleEntities ents) {
        long order = current.getAsLong();
        while (next != null && next._1() < order) advance(); // an article the runner did not link (cannot happen: each is linked)
        names = Map.of();
        if (next == null || next._1() != order) return Map.of();
        DistributedLinking.ArticleLinks links = Wire.parse(next._2(), DistributedLinking.ArticleLinks.class);
        advance();
        names = links.names();
        return links.ids();
    }

    @Override public String name(String globalId) { return names.get(globalId); }

    @Override public List<Entity> entities() {
        if (entities == null) {
            entities = new ArrayList<>();
            while (table.hasNext()) entities.add(Wire.parse(table.next(), Entity.class));
        }
        return entities;
    }

    private void advance() { next = articles.hasNext() ? articles.next() : null; }
}
