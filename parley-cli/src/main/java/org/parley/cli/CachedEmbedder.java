package org.parley.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.embed.TextEmbedder;

/** Remembers the vectors of texts already embedded (evaluation sweeps embed the same texts many times). */
final class CachedEmbedder implements TextEmbedder {
    private final TextEmbedder delegate;
    private final Map<String, float[]> cache = new HashMap<>();

    CachedEmbedder(TextEmbedder delegate) { this.delegate = delegate; }

    @Override public int dimension() { return delegate.dimension(); }

    @Override public synchronized List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> v = delegate.embed(missing);
            for (int i = 0; i < missing.size(); i++) cache.put(missing.get(i), v.get(i));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(cache.get(t));
        return out;
    }
}
