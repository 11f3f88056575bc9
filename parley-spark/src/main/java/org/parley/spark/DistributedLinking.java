package org.parley.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.parley.entities.ArticleEntities;
import org.parley.entities.ArticleEntity;
import org.parley.StageFailure;
import org.parley.link.EntityLinker;
import org.parley.link.EntityLinking;
import org.parley.model.Stage;
import org.parley.link.LinkBlocking;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.Span;
import scala.Tuple2;

/**
 * Entity linking the distributed way, with {@link EntityLinker} itself and the result of the in-order run.
 *
 * <ol>
 *   <li>Blocks: every article entity gives its name keys ({@link LinkBlocking#keys}: folded names, surname keys,
 *       sounds of the surname, initials, country code). The linker only ever compares entities that share a key,
 *       directly or through a chain of entities, so the connected components of the key graph (each entity joins
 *       its keys) can be linked apart. Components by large-star / small-star rounds over the key graph
 *       ({@link #components}).</li>
 *   <li>Linking inside each block on the executors: a fresh {@link EntityLinker} takes the block's entities article
 *       by article in input order, in the linker's own order within an article; an article's entities are the same
 *       there as in the whole batch except those of other blocks, which no candidate of this block could have
 *       matched or claimed. Each entity's record, the record's name as of that article (what a quotation's speaker
 *       is called), and each record's place of creation come out.</li>
 *   <li>Global ids: the in-order linker numbers entities E1, E2, ... in creation order (article in input order,
 *       then the linker's order within it); the blocks' records are sorted by their creation place and numbered.</li>
 * </ol>
 * The driver gets, in input order, each article's local-to-global ids and names ({@link BlockedEntityLinking}), and
 * the entity table sorted by id.
 */
final class DistributedLinking {
    private DistributedLinking() {}

    /** Where an entity is taken in the in-order run: its article in input order, its rank in the linker's order. */
    record Place(long article, int rank) implements Comparable<Place>, Serializable {
        @Override public int compareTo(Place o) {
            int c = Long.compare(article, o.article);
            return c != 0 ? c : Integer.compare(rank, o.rank);
        }
    }

    /**
     * One article entity as a block needs it: its place, its article's id and date, and the entity's mention strings
     * (the linker reads only these of the text; null for a span past the text's end).
     */
    record Item(long article, int rank, String articleId, LocalDate published, ArticleEntity entity, List<String> mentions) {}

    /** What a block decided for one entity: its record (block-local key), and the record's name as of its article. */
    record Assigned(int rank, String localId, String name) implements Serializable {}

    /** An article's linking as the driver takes it: local id -> global id, and global id -> name at that article. */
    record ArticleLinks(Map<String, String> ids, Map<String, String> names) {}

    /** The linking of a batch: per article in input order ({@link ArticleLinks} as JSON), and the entity table in id order. */
    record Linked(JavaPairRDD<Long, String> articles, JavaRDD<String> entities, long blocks, long largest,
                  List<Runnable> held, Map<Long, String> failures) {
        /** Frees the executors' storage once the driver has read both streams. */
        void release() { held.forEach(Runnable::run); }
    }

    /**
     * A block's output: an entity's assignment, a record's creation place, a record's final state, or the reason the
     * linker failed on an article ({@code place.article()}; as the runner words a LINK failure).
     */
    record Out(Place place, Assigned assigned, String record, String entity, String failure) implements Serializable {}

    /** The linker of one block (a fresh {@link EntityLinker}; tests give one that fails on an article). */
    interface LinkerSource extends Serializable, java.util.function.Supplier<EntityLinking> {}

    /**
     * Links the batch. An article the linker fails on is given up as the runner gives it up (a LINK line of
     * skipped.jsonl, its entities in no record, its events merged nowhere): its failure is noted and the blocks are
     * linked again without it, so that no block keeps what the failed call left in its linker ({@link Linked#failures}:
     * input order -> reason). The in-order linker keeps what a call did before it threw; the blocks keep nothing of a
     * failed article, which is the same when the linker throws before it changes (docs/spark.md).
     */
    static Linked link(JavaPairRDD<Long, String> analysed, LinkerSource linkers) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(analysed.context());
        Map<Long, String> failures = new TreeMap<>();
        while (true) {
            Broadcast<Set<Long>> left = sc.broadcast(new HashSet<>(failures.keySet()));
            Linked l = linkOnce(analysed, linkers, left, failures);
            left.destroy();
            if (l != null) return l;
        }
    }

    /** One linking of the batch without the articles in {@code left}; null (and {@code failures} added to) when one failed. */
    private static Linked linkOnce(JavaPairRDD<Long, String> analysed, LinkerSource linkers, Broadcast<Set<Long>> left,
                                   Map<Long, String> failures) {
        // key of the block-finding graph first (an entity without keys is a block of its own), all keys, the item
        JavaRDD<Tuple2<String, Tuple2<List<String>, String>>> items = analysed.flatMap(t -> {
            List<Tuple2<String, Tuple2<List<String>, String>>> out = new ArrayList<>();
            if (left.value().contains(t._1())) return out.iterator();
            Wire.Result r = Wire.parseResult(t._2());
            if (r.article() == null || r.entities() == null) return out.iterator();
            List<ArticleEntity> usable = new ArrayList<>();
            for (ArticleEntity e : r.entities().entities()) if (e != null && e.type() != null && e.localId() != null) usable.add(e);
            List<ArticleEntity> ordered = LinkBlocking.linkOrder(usable);
            String text = r.article().text() == null ? "" : r.article().text();
            for (int rank = 0; rank < ordered.size(); rank++) {
                ArticleEntity e = ordered.get(rank);
                List<String> keys = new ArrayList<>(LinkBlocking.keys(e));
                if (keys.isEmpty()) keys.add("#" + t._1() + ":" + rank);
                List<String> mentions = new ArrayList<>();
                for (Span s : e.spans()) mentions.add(s.end() <= text.length() ? text.substring(s.start(), s.end()) : null);
                Item item = new Item(t._1(), rank, r.article().id(), r.article().published(), e, mentions);
                out.add(new Tuple2<>(keys.get(0), new Tuple2<>(keys, Wire.write(item))));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        JavaPairRDD<String, String> block = components(items.flatMapToPair(t -> {
            List<String> keys = t._2()._1();
            List<Tuple2<String, String>> edges = new ArrayList<>();
            edges.add(new Tuple2<>(keys.get(0), keys.get(0)));
            for (int i = 1; i < keys.size(); i++) {
                edges.add(new Tuple2<>(keys.get(0), keys.get(i)));
                edges.add(new Tuple2<>(keys.get(i), keys.get(0)));
            }
            return edges.iterator();
        }), "entity");

        JavaPairRDD<String, Iterable<String>> blocks = items.mapToPair(t -> new Tuple2<>(t._1(), t._2()._2()))
                .join(block)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .groupByKey()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Tuple2<Long, Long> sizes = blocks.map(b -> {
            long n = 0;
            for (String ignored : b._2()) n++;
            return new Tuple2<>(1L, n);
        }).fold(new Tuple2<>(0L, 0L), (a, b) -> new Tuple2<>(a._1() + b._1(), Math.max(a._2(), b._2())));
        System.err.printf(java.util.Locale.ROOT, "parley-spark: entity linking in %,d blocks, the largest of %,d entities%n", sizes._1(), sizes._2());
        JavaRDD<Out> decided = blocks.flatMap(b -> linkBlock(b._1(), b._2(), linkers).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        decided.count(); // linked once; what it came from is no longer needed
        items.unpersist(false);
        blocks.unpersist(false);
        block.unpersist(false);
        List<Out> failed = decided.filter(o -> o.failure() != null).collect();
        if (!failed.isEmpty()) {
            for (Out f : failed) failures.putIfAbsent(f.place().article(), f.failure());
            System.err.println("parley-spark: linking failed on " + failures.size() + " article(s) so far; linking again without them");
            decided.unpersist(false);
            return null;
        }

        // records numbered by creation place: E1, E2, ... as the in-order linker numbers them
        JavaPairRDD<String, Long> numbers = decided.filter(o -> o.place() != null && o.assigned() == null)
                .mapToPair(o -> new Tuple2<>(o.place(), o.record()))
                .sortByKey()
                .values()
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._1(), t._2() + 1))
                .persist(StorageLevel.MEMORY_AND_DISK_SER()); // joined twice below

        JavaPairRDD<Long, String> articles = decided.filter(o -> o.assigned() != null)
                .mapToPair(o -> new Tuple2<>(o.record(), new Tuple2<>(o.place().article(), o.assigned())))
                .join(numbers)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._2()._1()._2(), "E" + t._2()._2())))
                .groupByKey()
                .mapToPair(t -> new Tuple2<>(t._1(), Wire.write(articleLinks(t._2()))))
                .sortByKey();
        JavaRDD<String> entities = decided.filter(o -> o.entity() != null)
                .mapToPair(o -> new Tuple2<>(o.record(), o.entity()))
                .join(numbers)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .sortByKey()
                .map(t -> Wire.write(renamed(Wire.parse(t._2(), Entity.class), "E" + t._1())));
        return new Linked(articles, entities, sizes._1(), sizes._2(),
                List.of(() -> decided.unpersist(false), () -> numbers.unpersist(false)), Map.copyOf(failures));
    }

    /**
     * Connected components of an undirected graph given as directed edges (self-edges name the nodes): node -> the
     * smallest node of its component. The alternating large-star / small-star rounds of Kiveris et al.
     * ("Connected Components in MapReduce and Beyond", 2014): large-star links every neighbour larger than a node
     * to the smallest node of its neighbourhood, small-star links a node and its smaller neighbours to the smallest
     * of them; the edge set shrinks to one star per component around its smallest node, in O(log^2 n) rounds (a
     * chain of 300 keys: a few rounds, where plain min-label propagation needs one round per link). A round that
     * leaves the edge set as it was ends it.
     */
    static JavaPairRDD<String, String> components(JavaPairRDD<String, String> edgeList, String what) {
        JavaRDD<String> nodes = edgeList.keys().union(edgeList.values()).distinct();
        JavaPairRDD<String, String> edges = edgeList.filter(t -> !t._1().equals(t._2()))
                .mapToPair(t -> t._1().compareTo(t._2()) < 0 ? t : t.swap()).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (int round = 1; ; round++) {
            JavaPairRDD<String, String> large = edges.flatMapToPair(t -> List.of(t, t.swap()).iterator())
                    .groupByKey()
                    .flatMapToPair(g -> {
                        String u = g._1();
                        String m = smallest(u, g._2());
                        List<Tuple2<String, String>> out = new ArrayList<>();
                        for (String v : g._2()) if (v.compareTo(u) > 0) out.add(new Tuple2<>(v, m));
                        return out.iterator();
                    });
            JavaPairRDD<String, String> small = large.mapToPair(t -> t._2().compareTo(t._1()) <= 0 ? t : t.swap())
                    .groupByKey()
                    .flatMapToPair(g -> {
                        String u = g._1();
                        String m = smallest(u, g._2());
                        List<Tuple2<String, String>> out = new ArrayList<>();
                        if (!u.equals(m)) out.add(new Tuple2<>(u, m));
                        for (String v : g._2()) if (!v.equals(m)) out.add(new Tuple2<>(v, m));
                        return out.iterator();
                    })
                    .mapToPair(t -> t._1().compareTo(t._2()) < 0 ? t : t.swap()).distinct()
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            boolean same = small.subtract(edges).isEmpty() && edges.subtract(small).isEmpty();
            edges.unpersist(false);
            edges = small;
            if (same) {
                System.err.println("parley-spark: " + what + " blocks found in " + round + " rounds");
                break;
            }
        }
        // a star per component: (smallest, node) for every other node; the smallest and lone nodes are their own label
        JavaPairRDD<String, String> star = edges.mapToPair(t -> new Tuple2<>(t._2(), t._1()));
        JavaPairRDD<String, String> labels = nodes.mapToPair(n -> new Tuple2<>(n, n)).leftOuterJoin(star)
                .mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().isPresent() ? min(t._2()._1(), t._2()._2().get()) : t._1()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        labels.count();
        edges.unpersist(false);
        return labels;
    }

    private static String min(String a, String b) { return a.compareTo(b) <= 0 ? a : b; }

    /** The least of a node and its neighbours: the label both star steps give their edges. */
    private static String smallest(String node, Iterable<String> neighbours) {
        String m = node;
        for (String v : neighbours) m = min(m, v);
        return m;
    }

    /** Links one block in input order with the in-order linker; see the class comment. */
    static List<Out> linkBlock(String block, Iterable<String> itemJson, LinkerSource linkers) {
        List<Item> items = new ArrayList<>();
        for (String s : itemJson) items.add(Wire.parse(s, Item.class));
        items.sort(Comparator.comparingLong(Item::article).thenComparingInt(Item::rank));
        EntityLinking linker = linkers.get();
        List<Out> failed = new ArrayList<>();
        Map<String, Place> created = new LinkedHashMap<>();
        List<Out> out = new ArrayList<>();
        for (int from = 0; from < items.size(); ) {
            int to = from;
            while (to < items.size() && items.get(to).article() == items.get(from).article()) to++;
            List<Item> group = items.subList(from, to);
            List<ArticleEntity> ents = new ArrayList<>(group.size());
            for (Item it : group) ents.add(it.entity());
            Map<String, String> ids;
            try {
                ids = linker.link(article(group), new ArticleEntities(ents));
            } catch (RuntimeException | StackOverflowError e) {
                failed.add(new Out(new Place(group.get(0).article(), -1), null, null, null, new StageFailure(Stage.LINK, e).getMessage()));
                from = to;
                continue;
            }
            for (Item it : group) {
                String id = ids.get(it.entity().localId());
                if (id == null) continue;
                Place place = new Place(it.article(), it.rank());
                if (!created.containsKey(id)) {
                    created.put(id, place);
                    out.add(new Out(place, null, block + "\u0000" + id, null, null));
                }
                out.add(new Out(place, new Assigned(it.rank(), it.entity().localId(), linker.name(id)), block + "\u0000" + id, null, null));
            }
            from = to;
        }
        if (!failed.isEmpty()) return failed; // linked again without those articles
        List<Entity> records = linker.entities();
        if (records.size() != created.size()) throw new IllegalStateException("block " + block + ": a record without its creating entity");
        for (Entity e : records) out.add(new Out(null, null, block + "\u0000" + e.id(), Wire.write(e), null));
        return out;
    }

    /**
     * The article as the linker reads it: id, date and a text that has the entities' mention strings at their spans
     * (blanks elsewhere), as long as the last span that fitted the real text.
     */
    private static Article article(List<Item> group) {
        int length = 0;
        for (Item it : group) {
            for (int i = 0; i < it.entity().spans().size(); i++) {
                if (it.mentions().get(i) != null) length = Math.max(length, it.entity().spans().get(i).end());
            }
        }
        char[] text = new char[length];
        Arrays.fill(text, ' ');
        for (Item it : group) {
            for (int i = 0; i < it.entity().spans().size(); i++) {
                String m = it.mentions().get(i);
                if (m != null) m.getChars(0, m.length(), text, it.entity().spans().get(i).start());
            }
        }
        Item first = group.get(0);
        return new Article(first.articleId(), null, null, null, null, first.published(), null, null, null, new String(text), List.of(), null);
    }

    private static ArticleLinks articleLinks(Iterable<Tuple2<Assigned, String>> assigned) {
        List<Tuple2<Assigned, String>> list = new ArrayList<>();
        assigned.forEach(list::add);
        list.sort(Comparator.comparingInt(t -> t._1().rank()));
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Tuple2<Assigned, String> t : list) {
            ids.put(t._1().localId(), t._2());
            names.put(t._2(), t._1().name());
        }
        return new ArticleLinks(ids, names);
    }

    private static Entity renamed(Entity e, String id) {
        return new Entity(id, e.name(), e.type(), e.actor(), e.variants(), e.mentions(), e.otherActors(), e.actorUndated());
    }
}
