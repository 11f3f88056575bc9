package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.parley.link.DuplicateDetector;
import org.parley.model.Article;
import scala.Tuple2;

/**
 * Near-duplicate marking the distributed way, with {@link DuplicateDetector}'s rules and the answers its in-order
 * {@code check} gives. The in-order detector marks article i as a copy of the root of the earliest earlier
 * article j that shares an LSH band with i and passes {@link DuplicateDetector#isDuplicate}; an article id seen
 * again gets the answer of its first occurrence and is not registered. Here: signatures are computed on the
 * executors; a group-by on band keys gives the candidate pairs (later, earlier); the pairs are checked on the
 * executors (the signatures joined to them) and reduced to the earliest passing j per i. Only those parent links
 * (one per near-duplicate) come to the driver, which follows them to the roots in input order (each parent is
 * earlier than its child, so one pass).
 */
final class NearDuplicates {
    private NearDuplicates() {}

    /** The original a near-duplicate copies: its id and outlet (event merging counts the copy as it). */
    record Original(String id, String outlet) implements Serializable {}

    /**
     * The near-duplicates of a batch: copy id -> the original it copies, and each original's outlet (small: only
     * the copies and their originals).
     */
    record Found(Map<String, Original> copies, Map<String, String> originalOutlets, Map<String, String> repeatedOutlets)
            implements Serializable {
        /** The id of the original {@code id} copies, or null. */
        String originalOf(String id) {
            Original o = copies.get(id);
            return o == null ? null : o.id();
        }

        /**
         * The outlet of article {@code id} as the in-order event stage knows it (the last non-null outlet under that
         * id), given the outlets of the articles at hand.
         */
        String outletOf(String id, Map<String, String> atHand) {
            if (repeatedOutlets.containsKey(id)) return repeatedOutlets.get(id);
            return atHand.containsKey(id) ? atHand.get(id) : originalOutlets.get(id);
        }
    }

    /** What the check needs of an article: its id, outlet and body signature. */
    record Print(String id, String outlet, int[] mins, int shingles) implements Serializable {
        DuplicateDetector.Signature signature() { return new DuplicateDetector.Signature(mins, shingles); }

        /** False for an article with no text or fewer words than a shingle: never registered, never a copy. */
        boolean signed() { return mins != null; }
    }

    /** A passing pair: the later article, and its earliest passing earlier candidate. */
    record Link(long later, String laterId, long earlier, String earlierId, String earlierOutlet) implements Serializable {}

    /**
     * @param analysed the compact results ({@link Wire}) keyed by input order
     * @return the near-duplicates found
     */
    static Found find(JavaSparkContext sc, JavaPairRDD<Long, String> analysed) {
        // Every analysed article is linked, hence checked, in the in-order run (failed ones are not).
        JavaPairRDD<Long, Print> prints = analysed.flatMapToPair(t -> {
            Wire.Result r = Wire.parseResult(t._2());
            if (r.article() == null) return java.util.Collections.emptyIterator();
            DuplicateDetector.Signature sig = DuplicateDetector.signature(r.article());
            return List.of(new Tuple2<>(t._1(), new Print(r.article().id(), r.article().outlet(),
                    sig == null ? null : sig.mins(), sig == null ? 0 : sig.shingles()))).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // An id seen again: only its first signed occurrence is registered, and the event stage knows the
            // id's last outlet. Rare; the few occurrences come to the driver.
            Set<String> repeated = new HashSet<>(prints.mapToPair(t -> new Tuple2<>(t._2().id(), 1))
                    .reduceByKey(Integer::sum).filter(t -> t._2() > 1).keys().collect());
            Set<Long> notRegistered = new HashSet<>();
            Map<String, String> repeatedOutlets = new HashMap<>();
            if (!repeated.isEmpty()) {
                Set<String> signedOnce = new HashSet<>();
                List<Tuple2<Long, Print>> occurrences = new ArrayList<>(prints.filter(t -> repeated.contains(t._2().id()))
                        .mapToPair(t -> new Tuple2<>(t._1(), new Print(t._2().id(), t._2().outlet(), t._2().signed() ? new int[0] : null, 0)))
                        .collect());
                occurrences.sort(Comparator.comparing(Tuple2::_1));
                for (Tuple2<Long, Print> o : occurrences) {
                    Print p = o._2();
                    if (p.signed() && !signedOnce.add(p.id())) notRegistered.add(o._1());
                    if (p.outlet() != null || !repeatedOutlets.containsKey(p.id())) repeatedOutlets.put(p.id(), p.outlet());
                }
            }
            Broadcast<Set<Long>> skip = sc.broadcast(notRegistered);
            JavaPairRDD<Long, Print> registered = prints.filter(t -> t._2().signed() && !skip.value().contains(t._1()));

            // Candidate pairs: articles sharing a band key (bucket), each pair once.
            JavaPairRDD<Long, Long> candidates = registered.flatMapToPair(t -> {
                long[] keys = DuplicateDetector.bandKeys(t._2().signature());
                List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
                for (long k : keys) out.add(new Tuple2<>(k, t._1()));
                return out.iterator();
            }).groupByKey().flatMapToPair(bucket -> {
                List<Long> members = new ArrayList<>();
                bucket._2().forEach(members::add);
                List<Tuple2<Long, Long>> pairs = new ArrayList<>();
                if (members.size() < 2) return pairs.iterator();
                members.sort(null);
                for (int i = 1; i < members.size(); i++) {
                    for (int j = 0; j < i; j++) if (!members.get(j).equals(members.get(i))) pairs.add(new Tuple2<>(members.get(i), members.get(j)));
                }
                return pairs.iterator();
            }).distinct();

            // Check each pair with the signatures joined to it; keep the earliest passing earlier article.
            List<Link> links = new ArrayList<>(candidates.join(registered)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                    .join(registered)
                    .filter(t -> DuplicateDetector.isDuplicate(t._2()._1()._2().signature(), t._2()._2().signature()))
                    .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Link(t._2()._1()._1(), t._2()._1()._2().id(), t._1(),
                            t._2()._2().id(), t._2()._2().outlet())))
                    .reduceByKey((a, b) -> a.earlier() <= b.earlier() ? a : b)
                    .values().collect());
            skip.destroy();

            // Roots in input order: a parent is earlier than its child, so it is resolved first.
            links.sort(Comparator.comparingLong(Link::later));
            Map<Long, Original> byOrder = new HashMap<>();
            Map<String, Original> copies = new HashMap<>();
            Map<String, String> outlets = new HashMap<>();
            for (Link l : links) {
                Original root = byOrder.getOrDefault(l.earlier(), new Original(l.earlierId(), l.earlierOutlet()));
                byOrder.put(l.later(), root);
                copies.put(l.laterId(), root);
                if (root.outlet() != null) outlets.put(root.id(), root.outlet());
            }
            return new Found(copies, outlets, repeatedOutlets);
        } finally {
            prints.unpersist(false);
        }
    }

    /**
     * As the in-order detector answers for {@code a}: the original's id, or null. An article with no signature
     * (no text, fewer words than a shingle) is never a copy, even under the id of one.
     */
    static String duplicateOf(Found found, Article a) {
        Original o = found.copies().get(a.id());
        if (o == null || DuplicateDetector.signature(a) == null) return null;
        return o.id().equals(a.id()) ? null : o.id();
    }
}
