package org.parley.model;

/**
 * One attribution: who said what. Owned by the quotes stage (org.parley.quotes); see docs/schema.md.
 * {@code kind} is direct, mixed, indirect or unquoted.
 */
public record Quote(
        String id,
        String article,
        String kind,
        TextSpan content,
        TextSpan cue,
        TextSpan source,
        Speaker speaker,
        double confidence) {

    /** A span of the article's text with the text it covers. */
    public record TextSpan(int start, int end, String text) {}

    /**
     * The resolved speaker: entity id (article-local until linking, then global), canonical name, code.
     * A joint speaker ("Putin and Macron agreed", "the two leaders said") has no entity of its own and
     * lists the entities speaking together in {@code members}; {@code members} is null for one speaker.
     */
    public record Speaker(String entity, String name, String country, String sector, java.util.List<Speaker> members) {
        public Speaker {
            members = members == null ? null : java.util.List.copyOf(members);
        }

        /** One speaker (not a group). */
        public Speaker(String entity, String name, String country, String sector) {
            this(entity, name, country, sector, null);
        }
    }
}
