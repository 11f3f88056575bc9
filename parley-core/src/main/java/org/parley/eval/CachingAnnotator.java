package org.parley.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.NamedMention;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.clean.CleanText;

/**
 * Wraps an annotator with an on-disk cache keyed by the text and publication date, so that repeated
 * evaluation runs skip the parser. The real annotator is created only on the first cache miss.
 * For evaluation and development only: the cache is not invalidated when the annotator changes.
 */
public final class CachingAnnotator implements Annotator {
    record Cached(List<Sentence> sentences, List<NamedMention> mentions, List<RawTimex> timexes,
                  List<org.parley.model.MissingPart> missing) {}

    private final Path dir;
    private final Supplier<Annotator> factory;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private Annotator delegate;

    public CachingAnnotator(Path dir, Supplier<Annotator> factory) {
        this.dir = dir;
        this.factory = factory;
    }

    @Override
    public synchronized AnnotatedArticle annotate(CleanText clean) {
        Path file = dir.resolve(key(clean) + ".json");
        if (Files.exists(file)) {
            try {
                Cached c = json.readValue(file.toFile(), Cached.class);
                return new AnnotatedArticle(clean.article(), c.sentences(), c.mentions(), c.timexes(), c.missing());
            } catch (IOException | RuntimeException e) {
                // unreadable cache entry: annotate again
            }
        }
        if (delegate == null) delegate = factory.get();
        AnnotatedArticle a = delegate.annotate(clean);
        try {
            Files.createDirectories(dir);
            json.writeValue(file.toFile(), new Cached(a.sentences(), a.mentions(), a.timexes(), a.missing()));
        } catch (IOException e) {
            // caching is an optimisation only
        }
        return a;
    }

    private static String key(CleanText clean) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(clean.cleaned().getBytes(StandardCharsets.UTF_8));
            md.update(String.valueOf(clean.article().published()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public void close() { if (delegate != null) delegate.close(); }
}
