package org.parley.store;

import java.util.Locale;

/** What {@code parley export} writes. */
public enum ExportFormat {
    /** One newline-delimited JSON file per table in the output folder. */
    JSONL,
    /** One Parquet file per table in the output folder (reads in DuckDB, pandas/pyarrow, R arrow). */
    PARQUET,
    /** One CSV file with a header per table in the output folder. */
    CSV,
    /** One tab-separated file of the GDELT 2.0 event table's 61 columns, without header (docs/events.md). */
    GDELT;

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "' (jsonl, parquet, csv or gdelt)");
        }
    }
}
