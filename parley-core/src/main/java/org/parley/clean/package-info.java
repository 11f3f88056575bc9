/**
 * Stage 2: cleaning without moving a character. {@link org.parley.clean.Cleaner} decides which
 * spans of an article are body text and builds the string the annotator reads, with an
 * {@link org.parley.clean.OffsetMap} back into the original.
 */
package org.parley.clean;
