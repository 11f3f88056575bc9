package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.broadcast.Broadcast;
import org.parley.link.EventMerger;
import org.parley.model.Event;
import scala.Tuple2;

/**
 * Event merging the distributed way, with {@link EventMerger} itself. Events of different {@link EventMerger#key}s
 * (type, flags, status, actors) never meet in the merger, so the events are grouped by that key on the executors
 * and each group is merged there in input order: the same groups, the same first events, the same counts
 * (a near-duplicate's events count as its original's, as the broadcast duplicates say). Entity ids take no part
 * in merging, so the events are merged with their article-local entity ids; a merged event takes its actors from
 * its first event, whose article's global ids the driver puts in while it links ({@link MergedEventStage}).
 *
 * <p>Why the key is not split further by date bucket: the merger puts an event into the first open group of its
 * key all of whose members are within {@link EventMerger#MAX_DAYS_APART} days, so group membership can chain
 * across any fixed bucket boundary; a key's events are one group-by value (a dyad and type over the batch: small
 * next to the batch), which keeps the result exactly the in-order one.
 */
final class EventMerging {
    private EventMerging() {}

    /** Where a merged event goes in the output: the place of its first event (article in input order, event in it). */
    record Place(long article, int event, String articleId) implements Comparable<Place>, Serializable {
        @Override public int compareTo(Place o) {
            int c = Long.compare(article, o.article);
            return c != 0 ? c : Integer.compare(event, o.event);
        }
    }

    /** One event of one article, with what the merger asks of its article. */
    record Item(Place place, String outlet, String event) implements Serializable {}

    /**
     * @param analysed   the compact results ({@link Wire}) keyed by input order
     * @param duplicates the near-duplicates of the batch
     * @return the merged events (article-local entity ids of the first event's article), sorted by {@link Place}:
     *         the order of {@link EventMerger#merge}'s output
     */
    static JavaPairRDD<Place, String> merge(JavaPairRDD<Long, String> analysed, Broadcast<NearDuplicates.Found> duplicates) {
        return analysed.flatMapToPair(t -> {
            Wire.Result r = Wire.parseResult(t._2());
            List<Tuple2<String, Item>> out = new ArrayList<>();
            if (r.article() == null || r.events() == null) return out.iterator();
            for (int i = 0; i < r.events().size(); i++) {
                Event e = r.events().get(i);
                out.add(new Tuple2<>(EventMerger.key(e), new Item(new Place(t._1(), i, r.article().id()), r.article().outlet(), Wire.write(e))));
            }
            return out.iterator();
        }).groupByKey().flatMapToPair(group -> mergeGroup(group._2(), duplicates.value()).iterator()).sortByKey();
    }

    private static List<Tuple2<Place, String>> mergeGroup(Iterable<Item> group, NearDuplicates.Found duplicates) {
        List<Item> items = new ArrayList<>();
        group.forEach(items::add);
        items.sort(Comparator.comparing(Item::place));
        List<Event> events = new ArrayList<>(items.size());
        Map<String, String> outlets = new HashMap<>();
        Map<Event, Place> places = new IdentityHashMap<>();
        for (Item it : items) {
            Event e = Wire.parse(it.event(), Event.class);
            events.add(e);
            places.put(e, it.place());
            if (it.outlet() != null) outlets.put(it.place().articleId(), it.outlet());
        }
        // the merger asks for the outlets of the group's articles and of the originals their copies count as
        List<EventMerger.Merged> merged = new EventMerger().mergeGroups(events, id -> duplicates.outletOf(id, outlets), duplicates::originalOf);
        List<Tuple2<Place, String>> out = new ArrayList<>(merged.size());
        for (EventMerger.Merged m : merged) out.add(new Tuple2<>(places.get(m.first()), Wire.write(m.event())));
        return out;
    }

    /** A sorted stream of merged events as the driver reads it. */
    static Iterator<Tuple2<Place, String>> inOrder(JavaPairRDD<Place, String> merged) {
        return merged.toLocalIterator();
    }
}
