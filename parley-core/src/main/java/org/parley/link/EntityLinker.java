package org.parley.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.link.internal.EntityLinkIndex;
import org.parley.link.internal.EntityLinkMatcher;
import org.parley.link.internal.EntityLinkRecord;
import org.parley.model.Article;
import org.parley.model.Entity;

/**
 * Links article entities into corpus-wide entities ("E1", "E2", ...), incrementally, in the order
 * the batch runner feeds articles. An article's entity joins a global entity when the names match
 * (same name, a surname of a known full name, a transliteration / machine-translation variant)
 * and the context agrees (type, actor country; see {@link EntityLinkMatcher} for the rules), else it
 * starts a new one. Keeps names, mention offsets and mention strings, never article texts.
 *
 * <p>Thread-safe: calls are serialised. Linking depends on order (the first article that names a
 * person fixes what later bare surnames can join), so the runner calls it in article order.
 */
public final class EntityLinker implements EntityLinking {
    private final EntityLinkIndex index = new EntityLinkIndex();
    private final EntityLinkMatcher matcher = new EntityLinkMatcher(index);
    private final boolean keepMentions;
    private long articles;

    public EntityLinker() { this(true); }

    /**
     * @param keepMentions false when the mentions go to a sink article by article: the linker then keeps per
     *                     entity only its names and counts, and {@link #entities()} has no mentions
     */
    public EntityLinker(boolean keepMentions) { this.keepMentions = keepMentions; }

    /**
     * Links one article's entities. Returns local id -> global id for every entity of {@code ents}.
     * Never throws on bad input: entities it cannot read are left out of the map.
     */
    @Override public synchronized Map<String, String> link(Article article, ArticleEntities ents) {
        Map<String, String> out = new LinkedHashMap<>();
        if (article == null || ents == null || ents.entities().isEmpty()) return out;
        long seq = ++articles;
        Set<EntityLinkRecord> claimed = new HashSet<>();
        Map<String, String> byLocal = new LinkedHashMap<>();
        for (ArticleEntity e : LinkBlocking.linkOrder(ents.entities())) {
            if (e == null || e.type() == null || e.localId() == null) continue;
            EntityLinkRecord r = matcher.match(e, claimed);
            if (r == null) {
                r = new EntityLinkRecord("E" + (index.all().size() + 1), e.type(), keepMentions);
                index.add(r);
            }
            r.absorb(e, article, seq);
            index.index(r);
            claimed.add(r);
            byLocal.put(e.localId(), r.id());
        }
        for (ArticleEntity e : ents.entities()) {
            if (e != null && byLocal.containsKey(e.localId())) out.put(e.localId(), byLocal.get(e.localId()));
        }
        return out;
    }

    private final Map<String, EntityLinkRecord> byId = new java.util.HashMap<>();

    /** The canonical name of a global entity as known so far (null for an unknown id). */
    @Override public synchronized String name(String globalId) {
        // records are only ever appended: index the new ones, not the whole list again
        List<EntityLinkRecord> all = index.all();
        for (int i = byId.size(); i < all.size(); i++) byId.put(all.get(i).id(), all.get(i));
        EntityLinkRecord r = byId.get(globalId);
        return r == null ? null : r.name();
    }

    /** The global entities so far, in id order, with canonical name, type, actor, variants and every mention (when kept). */
    @Override public synchronized List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (EntityLinkRecord r : index.all()) out.add(r.toEntity());
        return out;
    }
}
