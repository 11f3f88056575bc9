package org.parley.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.link.internal.MinHashIndex;
import org.parley.link.internal.MinHashSignature;
import org.parley.model.Article;
import org.parley.model.Span;

/**
 * Marks near-duplicate articles (syndicated copies of one story). Thread-safe.
 *
 * <p>Each article's body (or its whole text when no body is set) is reduced to a MinHash signature
 * over word 5-shingles (lower case, punctuation ignored); only the signature is kept, so memory is
 * bounded per article (about 2 KB with its index entries and id, measured). Locality-sensitive hashing (20
 * bands of 5 rows) finds candidates without comparing against every earlier article; a candidate is
 * a duplicate when the estimated
 * Jaccard similarity is at least {@link #JACCARD}, or when one text is essentially contained in the
 * other ({@link #CONTAINMENT}, for copies that cut or add a paragraph or two). Memory grows with the articles
 * remembered: all of them by default, the last {@link #BOUNDED_GENERATION} to twice that when bounded.
 */
public final class DuplicateDetector {
    public static final double JACCARD = 0.8;
    public static final double CONTAINMENT = 0.85;
    /** Containment alone is trusted only when the smaller text has this many shingles. */
    private static final int MIN_SHINGLES_FOR_CONTAINMENT = 40;

    /** Articles per generation when memory is bounded: the detector remembers the last 50,000 to 100,000 (~1 KB each). */
    public static final int BOUNDED_GENERATION = 50_000;

    /** The articles of one generation: their signatures, and per article number the id of the earliest copy. */
    private static final class Generation {
        final MinHashIndex index = new MinHashIndex();
        final List<String> roots = new ArrayList<>(); // its own id when it is an original
        final Map<String, Integer> byId = new HashMap<>();
    }

    private final int generation;
    private Generation older;
    private Generation current = new Generation();
    private int size;

    /** Remembers every article of the batch. */
    public DuplicateDetector() { this(Integer.MAX_VALUE); }

    /**
     * Remembers the articles in generations of {@code generation} articles and forgets the older of two when a
     * third begins, so that memory is bounded whatever the corpus size: a copy is found when its original is among
     * the last {@code generation} to {@code 2 * generation} articles (syndicated copies follow within days).
     */
    public DuplicateDetector(int generation) { this.generation = Math.max(1, generation); }

    /** Registers {@code a} and returns the id of an earlier near-duplicate, or null. */
    public String check(Article a) {
        MinHashSignature sig = minHash(a);
        if (sig == null) return null;
        long[] keys = MinHashIndex.keys(sig);
        synchronized (this) {
            List<Generation> gens = older == null ? List.of(current) : List.of(older, current);
            for (Generation g : gens) {
                Integer known = g.byId.get(a.id());
                if (known != null) { // the same article seen again
                    String root = g.roots.get(known);
                    return root.equals(a.id()) ? null : root;
                }
            }
            String found = null;
            for (Generation g : gens) { // the older generation first: the earliest copy wins
                int[] best = {-1};
                g.index.candidates(keys, n -> {
                    if ((best[0] < 0 || n < best[0]) && isDuplicate(sig, g.index.signature(n))) best[0] = n;
                });
                if (best[0] >= 0) {
                    found = g.roots.get(best[0]);
                    break;
                }
            }
            if (current.index.size() >= generation) {
                older = current;
                current = new Generation();
            }
            int n = current.index.add(sig, keys);
            current.roots.add(found == null ? a.id() : found);
            current.byId.put(a.id(), n);
            size++;
            return found;
        }
    }

    /** Number of articles registered. */
    public synchronized int size() { return size; }

    /**
     * An article's MinHash signature as {@link #check} compares it, for a distributed run that computes it where
     * the article is and joins candidates by {@link #bandKeys}.
     *
     * @param mins     the signature
     * @param shingles number of shingles (for the containment estimate)
     */
    public record Signature(int[] mins, int shingles) {
        MinHashSignature minHash() { return new MinHashSignature(mins, shingles); }
    }

    /**
     * The signature of the article's body (its whole text when no body is set), or null when the article has no
     * text or fewer words than a shingle (such an article is never registered by {@link #check}).
     */
    public static Signature signature(Article a) {
        MinHashSignature s = minHash(a);
        return s == null ? null : new Signature(s.mins(), s.shingles());
    }

    private static MinHashSignature minHash(Article a) {
        if (a == null || a.text() == null) return null;
        return MinHashSignature.of(bodyOf(a));
    }

    /** The LSH bucket keys of a signature, one per band: two articles are candidates when they share one. */
    public static long[] bandKeys(Signature sig) { return MinHashIndex.keys(sig.minHash()); }

    /**
     * The rule of {@link #check} for one candidate pair (symmetric): near-duplicates when the estimated Jaccard
     * similarity is high enough, or one text is essentially contained in the other.
     */
    public static boolean isDuplicate(Signature a, Signature b) { return isDuplicate(a.minHash(), b.minHash()); }

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
