package org.parley.time;

import java.time.LocalDate;
import org.parley.annotate.AnnotatedArticle;

/** Estimates a publication date from an undated article's own dated expressions. */
public final class PublicationDates {
    private PublicationDates() {}

    /** The estimated date, or null when the article gives no basis for one. */
    public static LocalDate estimate(AnnotatedArticle doc) {
        return null;
    }
}
