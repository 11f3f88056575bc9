package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The blocking rule of distributed stories, alone: the articles of one blocking key, sorted by clock, each joined to
 * the next when within reach, so that two articles of the key within reach are always in one block (through the
 * articles between them) and a gap longer than the reach cuts the chain.
 */
class StoryBlockingTest {
    static long[] a(long clockDay, long arrival) { return new long[] {clockDay, arrival}; }

    @Test
    void consecutiveArticlesWithinReachAreLinkedAndALongerGapCutsTheChain() {
        // given out of order; clocks 0, 10, 20 | 60, 70 | 100 with a reach of 28 days
        List<long[]> key = List.of(a(70, 5), a(0, 1), a(100, 6), a(20, 3), a(60, 4), a(10, 2));
        List<Tuple2<String, String>> links = DistributedStories.chain(key, 28);
        assertThat(links).containsExactly(new Tuple2<>("1", "2"), new Tuple2<>("2", "3"), new Tuple2<>("4", "5"));
    }

    @Test
    void theReachIsInclusiveAndEqualClocksAreOrderedByArrival() {
        List<long[]> key = List.of(a(28, 9), a(0, 7), a(0, 3));
        assertThat(DistributedStories.chain(key, 28)).containsExactly(new Tuple2<>("3", "7"), new Tuple2<>("7", "9"));
        assertThat(DistributedStories.chain(key, 27)).containsExactly(new Tuple2<>("3", "7"));
    }

    @Test
    void twoArticlesOfAKeyWithinReachAreAlwaysConnected() {
        // any pair within reach is connected through the chain (what makes a chain per key enough, not a clique)
        java.util.Random r = new java.util.Random(7);
        List<long[]> key = new ArrayList<>();
        for (int i = 0; i < 200; i++) key.add(a(r.nextInt(400), i));
        List<Tuple2<String, String>> links = DistributedStories.chain(key, 28);
        int[] parent = new int[200];
        for (int i = 0; i < 200; i++) parent[i] = i;
        for (Tuple2<String, String> l : links) union(parent, Integer.parseInt(l._1()), Integer.parseInt(l._2()));
        for (long[] x : key) {
            for (long[] y : key) {
                boolean near = Math.abs(x[0] - y[0]) <= 28;
                if (near) assertThat(find(parent, (int) x[1])).isEqualTo(find(parent, (int) y[1]));
            }
        }
        assertThat(links.size()).isLessThan(200);
    }

    private static int find(int[] p, int x) { return p[x] == x ? x : (p[x] = find(p, p[x])); }

    private static void union(int[] p, int x, int y) { p[find(p, x)] = find(p, y); }
}
