package org.parley.annotate;

/**
 * A named-entity mention found by the annotator: tokens {@code [firstToken, endToken)} of sentence
 * {@code sentence}, characters {@code [start, end)} of the original text. {@code type} is the
 * fine-grained NER class (PERSON, ORGANIZATION, COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE,
 * LOCATION, TITLE, MISC, ...).
 */
public record NamedMention(int sentence, int firstToken, int endToken, int start, int end, String text, String type) {}
