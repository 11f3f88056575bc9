package org.parley.quotes.internal;

import java.util.List;

/**
 * An attribution under construction: spans are character offsets of the article's text, -1 when
 * absent. {@code sourceHead} is the text offset span of the token (or antecedent) used to resolve
 * the speaker when it differs from the source span ("who" -> the noun it refers to).
 */
public final class Candidate {
    public int sentence;
    public int cueStart = -1, cueEnd = -1;
    public int cueToken = -1;
    public int sourceStart = -1, sourceEnd = -1;
    public int referentStart = -1, referentEnd = -1;
    public int contentStart = -1, contentEnd = -1;
    /** A second content fragment after the cue ("X, he said, Y"); -1 when none. */
    public int secondStart = -1, secondEnd = -1;
    public String cueClass = "speech";
    public double confidence;
    public String how;
    /** The attribution this one continues ("A," he said. "B."): it shares cue, source and speaker. */
    public Candidate continues;
    public SpeakerRef speaker;

    /** A candidate found at a lexicon cue: its class and the class's confidence, and how it was found. */
    public static Candidate forCue(int sentence, int cueToken, org.parley.quotes.CueLexicon.Cue cue, String how) {
        Candidate c = new Candidate();
        c.sentence = sentence;
        c.cueToken = cueToken;
        c.cueClass = cue.cueClass();
        c.confidence = org.parley.quotes.CueLexicon.weight(cue.cueClass());
        c.how = how;
        return c;
    }

    public boolean hasContent() { return contentStart >= 0 && contentEnd > contentStart; }

    public boolean hasSource() { return sourceStart >= 0 && sourceEnd > sourceStart; }

    public boolean hasCue() { return cueStart >= 0 && cueEnd > cueStart; }

    public Candidate root() {
        Candidate c = this;
        for (int guard = 0; c.continues != null && guard < 100; guard++) c = c.continues;
        return c;
    }

    public void cover(int start, int end) {
        if (!hasContent()) { contentStart = start; contentEnd = end; return; }
        contentStart = Math.min(contentStart, start);
        contentEnd = Math.max(contentEnd, end);
    }

    /** A resolved speaker: entity id (null when unresolved to an entity), name, actor code, and its kind. */
    public record SpeakerRef(String entity, String name, String country, String sector, String type, List<SpeakerRef> members) {
        public SpeakerRef(String entity, String name, String country, String sector, String type) {
            this(entity, name, country, sector, type, null);
        }

        /** True for a joint speaker ("Putin and Macron", "the two leaders"): its members speak together. */
        public boolean group() { return members != null; }
    }
}
