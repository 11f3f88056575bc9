/**
 * The store of record (DuckDB, {@code DIR/parley.duckdb}) behind {@link org.parley.write.ResultSink}, its
 * Lucene search index ({@code DIR/index}), exports and the read queries of the API. No DuckDB or Lucene
 * type leaves this package. Schema: docs/schema.md, "The store".
 */
package org.parley.store;
