package org.parley.eval.timeml;

import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document: its plain TEXT, its document creation time (DCT, may be null) and the gold
 * TIMEX3s inside TEXT (the DCT itself excluded).
 */
public record TimeMlDocument(String id, String text, LocalDate dct, String dctValue, List<GoldTimex> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
