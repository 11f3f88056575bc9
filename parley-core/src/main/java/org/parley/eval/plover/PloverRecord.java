package org.parley.eval.plover;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold-standard PLOVER record: a sentence with its event type (already mapped to current PLOVER
 * names) and the country codes of its source and target actors (mapped to ISO alpha-3).
 */
public record PloverRecord(String id, String type, String originalType, String text, LocalDate date,
                           List<String> sourceCodes, List<String> targetCodes, String mode, String context) {
    public PloverRecord {
        sourceCodes = List.copyOf(sourceCodes);
        targetCodes = List.copyOf(targetCodes);
    }
}
