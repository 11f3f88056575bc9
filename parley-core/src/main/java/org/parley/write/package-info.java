/**
 * Stage 6: writing. One JSON object per line per output file (see docs/schema.md), snake_case
 * fields, spans as {@code [start, end]} pairs of UTF-16 offsets into the article's {@code text}.
 */
package org.parley.write;
