package org.parley.read.internal;

import java.time.LocalDate;

/** Article fields known from outside the text (JSON fields, HTTP/WARC headers); any may be null. */
public record Meta(String title, String url, String outlet, LocalDate published, String publishedFrom, String language) {
    public static final Meta NONE = new Meta(null, null, null, null, null, null);
}
