package org.parley.model;

/**
 * Where an input was given up, as written in skipped.jsonl ({@code "stage"}) and counted in the batch
 * summary. READ: the input could not be read or is over a size limit; the next six are the per-article
 * stages of {@link org.parley.Parley}; LINK: cross-article linking of one article; STORIES: the story stage
 * of one article in a distributed run (parley-spark), which writes the article and leaves it out of stories.
 */
public enum Stage {
    READ, CLEAN, ANNOTATE, TIME, ENTITIES, EVENTS, QUOTES, LINK, STORIES;

    /** The lower-case name used in messages and stage timings ("annotate"). */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
