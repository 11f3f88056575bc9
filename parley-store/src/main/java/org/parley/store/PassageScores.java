package org.parley.store;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage's matched terms, times the position norm), computed
 * without a hash table per passage. Lucene 9's {@link PassageScorer#score} builds a {@code BytesRefHash},
 * which allocates 32 KB blocks, for every candidate passage of every hit: on 100,000 articles that was
 * most of a search's CPU time (docs/performance.md). A passage has a handful of matches, so a linear
 * look-up finds the distinct terms at once. Same formula, same scores, same snippets.
 */
final class PassageScores extends PassageScorer {
    @Override public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[n];
        int[] inPassage = new int[n], inDoc = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int at = 0;
            while (at < size && !distinct[at].bytesEquals(terms[i])) at++;
            if (at == size) {
                distinct[size] = terms[i];
                inDoc[size] = freqsInDoc[i];
                size++;
            }
            inPassage[at]++;
        }
        float score = 0;
        for (int i = 0; i < size; i++) score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
        return score * norm(passage.getStartOffset());
    }
}
