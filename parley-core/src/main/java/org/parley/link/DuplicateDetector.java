package org.parley.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.link.internal.MinHashSignature;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * Marks near-duplicate articles (syndicated copies of one story). Thread-safe.
 *
 * <p>Each article's body (or its whole text when no body is set) is reduced to a MinHash signature
 * over word 5-shingles (lower case, punctuation ignored); only the signature is kept, so memory is
 * bounded per article (about 0.7 KB with its index entries). Locality-sensitive hashing (20 bands of 5 rows) finds candidates
 * without comparing against every earlier article; a candidate is a duplicate when the estimated
 * Jaccard similarity is at least {@link #JACCARD}, or when one text is essentially contained in the
 * other ({@link #CONTAINMENT}, for copies that cut or add a paragraph or two).
 */
public final class DuplicateDetector {
    public static final double JACCARD = 0.8;
    public static final double CONTAINMENT = 0.85;
    /** Containment alone is trusted only when the smaller text has this many shingles. */
    private static final int MIN_SHINGLES_FOR_CONTAINMENT = 40;
    private static final int BANDS = 20;
    private static final int ROWS = 5;

    private record Entry(String id, String rootId, MinHashSignature sig, int order) {}

    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private int registered;

    /** Registers {@code a} and returns the id of an earlier near-duplicate, or null. */
    public String check(Article a) {
        if (a == null || a.text() == null) return null;
        MinHashSignature sig = MinHashSignature.of(bodyOf(a));
        if (sig == null) return null;
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) keys[b] = sig.band(b * ROWS, ROWS);
        synchronized (this) {
            if (byId.containsKey(a.id())) {
                Entry known = byId.get(a.id()); // the same article seen again
                return known.rootId().equals(a.id()) ? null : known.rootId();
            }
            Entry best = null;
            for (long key : keys) {
                List<Entry> bucket = buckets.get(key);
                if (bucket == null) continue;
                for (Entry e : bucket) {
                    if (best != null && e.order() >= best.order()) continue;
                    if (isDuplicate(sig, e.sig())) best = e;
                }
            }
            String root = best == null ? a.id() : best.rootId();
            Entry entry = new Entry(a.id(), root, sig, registered++);
            byId.put(a.id(), entry);
            for (long key : keys) buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entry);
            return best == null ? null : root;
        }
    }

    /** Number of articles registered. */
    public synchronized int size() { return registered; }

    static boolean isDuplicate(MinHashSignature a, MinHashSignature b) {
        if (a.jaccard(b) >= JACCARD) return true;
        return Math.min(a.shingles(), b.shingles()) >= MIN_SHINGLES_FOR_CONTAINMENT && a.containment(b) >= CONTAINMENT;
    }

    private static CharSequence bodyOf(Article a) {
        if (a.body().isEmpty()) return a.text();
        StringBuilder sb = new StringBuilder();
        for (Span s : a.body()) {
            if (s.end() > a.text().length()) return a.text();
            sb.append(a.text(), s.start(), s.end()).append('\n');
        }
        return sb;
    }
}
