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
 * over word 5-shingles (lower case, punctuation ignored); only the signature is kept. Locality-sensitive hashing (20
 * bands of 5 rows) finds candidates without comparing against every earlier article; a candidate is
 * a duplicate when the estimated
 * Jaccard similarity is at least {@link #JACCARD}, or when one text is essentially contained in the
 * other ({@link #CONTAINMENT}, for copies that cut or add a paragraph or two). Every article of the batch is
 * remembered, in a {@link Memory}: on the heap by default (about 1 KB an article with its index entries and id,
 * measured), or where the batch's sink keeps it (the store: a table of the run), so that the heap does not grow
 * with the corpus. The answers do not depend on where the memory is.
 */
public final class DuplicateDetector {
    public static final double JACCARD = 0.8;
    public static final double CONTAINMENT = 0.85;
    /** Containment alone is trusted only when the smaller text has this many shingles. */
    private static final int MIN_SHINGLES_FOR_CONTAINMENT = 40;

    /**
     * What the detector remembers of the articles registered so far: each article's id, signature, band keys
     * and root (the id of the earliest article it copies, or its own id when it is an original). Called from
     * one thread at a time (the detector synchronises).
     */
    public interface Memory {
        /**
         * What is known before {@code id} is registered: the root given to the same id when it was registered
         * before (null when it was not), and the registered articles that share at least one of {@code bandKeys},
         * each once, in the order they were registered. The detector stops at the first near-duplicate, so a
         * memory off the heap may load the candidates as they are walked.
         */
        Recall recall(String id, long[] bandKeys);

        /** Registers an article after {@link #recall}: it comes after every article registered before. */
        void remember(String id, Signature signature, long[] bandKeys, String root);
    }

    /** See {@link Memory#recall}. */
    public record Recall(String rootOfSameId, Iterable<Candidate> candidates) {
        public static final Recall NOTHING = new Recall(null, List.of());
    }

    /** A registered article that shares a band with the one being checked, and its root. */
    public record Candidate(Signature signature, String root) {}

    private final Memory memory;
    private int size;

    /** Remembers every article of the batch on the heap. */
    public DuplicateDetector() { this(onHeap()); }

    /** Remembers every article of the batch in {@code memory}. */
    public DuplicateDetector(Memory memory) { this.memory = java.util.Objects.requireNonNull(memory, "memory"); }

    /** A new memory on the heap (an LSH index of the signatures), which grows with the articles registered. */
    public static Memory onHeap() { return new HeapMemory(); }

    /** Registers {@code a} and returns the id of an earlier near-duplicate, or null. */
    public String check(Article a) {
        MinHashSignature sig = minHash(a);
        if (sig == null) return null;
        long[] keys = MinHashIndex.keys(sig);
        Signature signature = new Signature(sig.mins(), sig.shingles());
        synchronized (this) {
            Recall known = memory.recall(a.id(), keys);
            if (known.rootOfSameId() != null) { // the same article seen again
                return known.rootOfSameId().equals(a.id()) ? null : known.rootOfSameId();
            }
            String found = null;
            for (Candidate c : known.candidates()) { // in registration order: the earliest copy wins
                if (isDuplicate(sig, c.signature().minHash())) {
                    found = c.root();
                    break;
                }
            }
            memory.remember(a.id(), signature, keys, found == null ? a.id() : found);
            size++;
            return found;
        }
    }

    /** The heap memory: an LSH index of the signatures, the roots by article number, the numbers by id. */
    private static final class HeapMemory implements Memory {
        private final MinHashIndex index = new MinHashIndex();
        private final List<String> roots = new ArrayList<>();
        private final Map<String, Integer> byId = new HashMap<>();

        @Override public Recall recall(String id, long[] bandKeys) {
            Integer known = byId.get(id);
            if (known != null) return new Recall(roots.get(known), List.of());
            java.util.TreeSet<Integer> seen = new java.util.TreeSet<>(); // an article may share several bands
            index.candidates(bandKeys, seen::add);
            if (seen.isEmpty()) return Recall.NOTHING;
            List<Candidate> out = new ArrayList<>(seen.size());
            for (int n : seen) {
                MinHashSignature s = index.signature(n);
                out.add(new Candidate(new Signature(s.mins(), s.shingles()), roots.get(n)));
            }
            return new Recall(null, out);
        }

        @Override public void remember(String id, Signature signature, long[] bandKeys, String root) {
            int n = index.add(signature.minHash(), bandKeys);
            roots.add(root);
            byId.put(id, n);
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
