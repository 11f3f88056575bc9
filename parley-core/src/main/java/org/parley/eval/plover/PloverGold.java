package org.parley.eval.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads PLOVER gold-standard JSON (the OEDA "GSR" format: a JSON array of records with {@code event},
 * {@code text}, {@code source}/{@code target} lists of {@code {actorText, code, sector}}). Old PLOVER
 * names are mapped to current ones (DEMAND=REQUEST, DISAPPROVE and INVESTIGATE=ACCUSE, FIGHT=ASSAULT),
 * CAMEO-specific country codes to ISO alpha-3 (JAP=JPN...). DOCUMENT records are skipped.
 */
public final class PloverGold {
    private static final Map<String, String> OLD_TYPES = Map.of(
            "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /** CAMEO country codes that differ from ISO 3166 alpha-3. */
    private static final Map<String, String> CAMEO_TO_ISO = Map.ofEntries(
            Map.entry("JAP", "JPN"), Map.entry("ITL", "ITA"), Map.entry("VTN", "VNM"), Map.entry("ROM", "ROU"),
            Map.entry("ZAR", "COD"), Map.entry("TMP", "TLS"), Map.entry("SER", "SRB"), Map.entry("GMY", "DEU"),
            Map.entry("UK", "GBR"), Map.entry("UKG", "GBR"), Map.entry("BOS", "BIH"), Map.entry("MAC", "MKD"),
            Map.entry("KOS", "XKX"), Map.entry("PAL", "PSE"), Map.entry("PSA", "PSE"), Map.entry("BUR", "MMR"),
            Map.entry("SPN", "ESP"), Map.entry("SWZ", "CHE"), Map.entry("TAW", "TWN"));

    private PloverGold() {}

    public static List<PloverRecord> read(Path path) throws IOException {
        List<PloverRecord> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) out.addAll(read(p));
            }
            return out;
        }
        JsonNode root = new ObjectMapper().readTree(path.toFile());
        if (!root.isArray()) throw new IOException(path + ": expected a JSON array of PLOVER records");
        for (JsonNode n : root) {
            String event = n.path("event").asText("").toUpperCase(Locale.ROOT);
            String text = n.path("text").asText(null);
            if (event.isEmpty() || event.equals("DOCUMENT") || text == null || text.isBlank()) continue;
            LocalDate date = null;
            try { date = LocalDate.parse(n.path("date").asText("")); } catch (DateTimeParseException ignored) { }
            out.add(new PloverRecord(n.path("id").asText(), normaliseType(event), event, text, date,
                    codes(n.get("source")), codes(n.get("target")), blankToNull(n.path("mode").asText(null)),
                    blankToNull(n.path("context").asText(null))));
        }
        return out;
    }

    public static String normaliseType(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        return OLD_TYPES.getOrDefault(t, t);
    }

    public static String normaliseCode(String code) {
        if (code == null) return null;
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() > 3 && !c.equals("NATO")) c = c.substring(0, 3); // "LKAREFTAM"-style compounds
        return CAMEO_TO_ISO.getOrDefault(c, c);
    }

    private static List<String> codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        if (actors == null || !actors.isArray()) return out; // "" or a stray string: no actor
        for (JsonNode a : actors) {
            String c = normaliseCode(a.path("code").asText(null));
            if (c != null && !c.isEmpty() && !out.contains(c)) out.add(c);
        }
        return out;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
