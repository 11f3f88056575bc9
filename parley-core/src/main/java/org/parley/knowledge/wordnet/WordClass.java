package org.parley.knowledge.wordnet;

/** WordNet's four word classes. */
public enum WordClass { NOUN, VERB, ADJECTIVE, ADVERB }
