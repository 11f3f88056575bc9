package org.parley.stories.internal;

/** What a story needs to name an entity of one article as a key actor. */
public record EntityInfo(String id, String name, String country, String sector, int mentions) {}
