/**
 * Linguistic knowledge as data: every word list, lexicon and table Parley reads (events patterns, quote
 * cues, time words, name lists, the actor knowledge base) is a versioned TSV file read by
 * {@link org.parley.knowledge.TsvLoader}, in one format:
 * <ul>
 *   <li>UTF-8; one record a line; cells separated by one tab;</li>
 *   <li>lines starting with {@code #} are comments: the file begins with a header comment that names the
 *       file, its version and date ("version 1.0 (2026-11-23)") and documents every column;</li>
 *   <li>blank lines are ignored; cells are trimmed; {@code -} stands for an empty optional cell where a
 *       file's header says so.</li>
 * </ul>
 * Built-in files live under {@code src/main/resources/org/parley/<stage>/}, or under
 * {@code src/main/resources/org/parley/knowledge/} when more than one stage reads them (a stage never reads
 * another stage's folder; StageBoundariesTest checks it); users add files of the same
 * format with {@code --actors}, {@code --patterns}, {@code --quote-cues}.
 */
package org.parley.knowledge;
