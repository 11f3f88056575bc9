package org.parley.time;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.model.Timex;

/**
 * Stage 4 (time): turns the annotator's raw temporal expressions into TIMEX3 values relative to the
 * article's publication date, with news-specific fixes around SUTime.
 */
public final class TimeNormalizer {
    public List<Timex> normalize(AnnotatedArticle doc) {
        return List.of();
    }
}
