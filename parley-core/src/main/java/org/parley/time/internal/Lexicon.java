package org.parley.time.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The time lexicon ({@code org/parley/time/lexicon.tsv}): see the file's header for its format. */
public final class Lexicon {
    /** An expression SUTime misses, found by regex, with a fixed value or a rule name (starting with '@'). */
    public record Extra(Pattern pattern, String value) {}

    private final Set<String> drop = new HashSet<>();
    private final Map<String, String> refs = new HashMap<>();
    private final List<Extra> extras = new ArrayList<>();
    private final Set<String> future = new HashSet<>();
    private final Map<String, String> holidays = new HashMap<>();

    public static Lexicon load() {
        Lexicon lex = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/parley/time/lexicon.tsv")) {
            if (in == null) return lex; // degrade: normalise with SUTime values and built-in rules only
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) lex.addLine(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lex;
    }

    /** Adds one line in the file format; malformed lines are ignored. */
    public void addLine(String line) {
        if (line.isBlank() || line.startsWith("#")) return;
        String[] f = line.split("\t");
        if (f.length < 2) return;
        String key = f[1].trim();
        String value = f.length > 2 ? f[2].trim() : null;
        switch (f[0].trim()) {
            case "drop" -> drop.add(key.toLowerCase(Locale.ROOT));
            case "ref" -> { if (value != null) refs.put(key.toLowerCase(Locale.ROOT), value); }
            case "extra" -> {
                if (value != null) {
                    try {
                        extras.add(new Extra(Pattern.compile(key, Pattern.CASE_INSENSITIVE), value));
                    } catch (RuntimeException e) { /* a bad user pattern is skipped, not fatal */ }
                }
            }
            case "future" -> future.add(key.toLowerCase(Locale.ROOT));
            case "holiday" -> { if (value != null) holidays.put(key.toLowerCase(Locale.ROOT), value); }
            default -> { }
        }
    }

    public boolean isDropped(String lowerText) { return drop.contains(lowerText); }
    public String ref(String lowerText) { return refs.get(lowerText); }
    public List<Extra> extras() { return extras; }
    public boolean isFutureCue(String lowerWord) { return future.contains(lowerWord); }
    public Map<String, String> holidays() { return holidays; }
}
