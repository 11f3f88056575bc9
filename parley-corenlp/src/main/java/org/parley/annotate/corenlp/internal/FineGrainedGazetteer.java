package org.parley.annotate.corenlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's fine-grained NER (COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE, TITLE, RELIGION,
 * IDEOLOGY, CRIMINAL_CHARGE, CAUSE_OF_DEATH) from the same KBP gazetteers CoreNLP ships
 * ({@code regexner_caseless.tab}, {@code regexner_cased.tab}), applied with hash look-ups instead
 * of CoreNLP's TokensRegexNER.
 *
 * <p>Why: profiling showed TokensRegexNER over these 586,000 entries costing ~75% of the whole NER
 * step (CRF included) and over 1 GB of heap. Here the ~99.8% of entries that are plain phrases are
 * indexed by their first token; the few hundred regex entries are indexed by a literal anchor
 * token. The semantics follow TokensRegexNER as configured by CoreNLP's {@code ner.fine.regexner}:
 * case-insensitive for the caseless file, exact for the cased one; a caseless match needs one token
 * tagged NN*, JJ* or ADD; non-overlapping matches chosen by priority, then length; a match only
 * replaces tags that are background ("O"), listed as overwritable in the entry, or fine-grained
 * tags of the gazetteer itself; CITY only replaces overwritable tags. Hyphenated phrases are
 * split like the tokenizer's {@code splitHyphenated} does. Entries with no literal token at all
 * (URL, EMAIL, HANDLE patterns) are not used.
 *
 * <p>Immutable once loaded; one instance per JVM ({@link #shared()}).
 */
public final class FineGrainedGazetteer {
    private static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    private static final Pattern REGEX_CHARS = Pattern.compile("[\\[\\]()*+?|\\\\{}^$]");

    /** One gazetteer entry: per token a literal (lower-cased when caseless) or a regex. */
    private record Entry(String[] literals, Pattern[] regexes, int anchor, String type, Set<String> overwritable,
                         double priority, boolean caseless, int order) {
        int length() { return literals.length; }
    }

    private record Match(Entry entry, int start, int end) {}

    private static volatile FineGrainedGazetteer shared;

    /** Entries by the key of their anchor token (first literal token; lower-cased for caseless entries). */
    private final Map<String, List<Entry>> byAnchor = new HashMap<>(800_000);
    private final Set<String> myLabels = new HashSet<>();

    public static FineGrainedGazetteer shared() {
        FineGrainedGazetteer g = shared;
        if (g == null) {
            synchronized (FineGrainedGazetteer.class) {
                if (shared == null) shared = new FineGrainedGazetteer();
                g = shared;
            }
        }
        return g;
    }

    private FineGrainedGazetteer() {
        int[] order = {0};
        load(CASELESS, true, order);
        load(CASED, false, order);
    }

    private void load(String resource, boolean caseless, int[] order) {
        InputStream raw = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) raw = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(resource + ".gz");
        if (raw == null) return; // models jar without the gazetteer: coarse NER only
        try (InputStream in0 = raw;
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     resource.endsWith(".gz") ? new GZIPInputStream(in0) : in0, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length < 2 || f[0].isBlank()) continue;
                int o = order[0]++;
                for (String pattern : literalVariants(f[0].trim())) {
                    Entry e = entry(pattern, f, caseless, o);
                    if (e == null) continue;
                    myLabels.add(e.type());
                    String key = e.literals()[e.anchor()];
                    byAnchor.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Most "regex" entries only escape a dot or make it optional ("Calif\\.?", "u\\.?s\\.?a\\.?-trained"):
     * those become the literal phrases they stand for (at most 16). Anything else stays a regex.
     */
    static List<String> literalVariants(String pattern) {
        if (!REGEX_CHARS.matcher(pattern).find()) return List.of(pattern); // 99.8% of entries: plain phrases
        List<String> out = new ArrayList<>();
        out.add("");
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            String unit;
            if (c == '\\' && i + 1 < pattern.length() && !Character.isLetterOrDigit(pattern.charAt(i + 1))) {
                unit = String.valueOf(pattern.charAt(i + 1));
                i += 2;
            } else if ("[](){}*+?|^$\\".indexOf(c) >= 0) {
                return List.of(pattern); // a real regex
            } else {
                unit = String.valueOf(c);
                i++;
            }
            boolean optional = i < pattern.length() && pattern.charAt(i) == '?';
            if (optional) i++;
            List<String> next = new ArrayList<>(out.size() * (optional ? 2 : 1));
            for (String prefix : out) {
                next.add(prefix + unit);
                if (optional) next.add(prefix);
            }
            if (next.size() > 16) return List.of(pattern);
            out = next;
        }
        return out;
    }

    private static Entry entry(String pattern, String[] f, boolean caseless, int order) {
        List<String> toks = new ArrayList<>();
        for (String t : pattern.trim().split("\\s+")) if (!t.isEmpty()) splitHyphens(t, toks);
        if (toks.isEmpty()) return null;
        int n = toks.size();
        String[] literals = new String[n];
        Pattern[] regexes = new Pattern[n];
        int anchor = -1;
        for (int i = 0; i < n; i++) {
            String t = toks.get(i);
            if (REGEX_CHARS.matcher(t).find()) {
                try {
                    regexes[i] = Pattern.compile(t, caseless ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
                } catch (RuntimeException bad) {
                    return null;
                }
            } else {
                literals[i] = caseless ? t.toLowerCase(Locale.ROOT) : t;
                if (anchor < 0) anchor = i;
            }
        }
        if (anchor < 0) return null; // no literal token: URL/EMAIL/HANDLE patterns, not needed here
        Set<String> overwritable = f.length > 2 && !f[2].isBlank() ? Set.of(f[2].trim().split("\\s*,\\s*")) : Set.of();
        double priority = 0;
        if (f.length > 3) {
            try { priority = Double.parseDouble(f[3].trim()); } catch (NumberFormatException ignored) { /* default 0 */ }
        }
        // Anchor literals keep their case in the index key; caseless ones are already lower-cased.
        return new Entry(literals, regexes, anchor, f[1].trim(), overwritable, priority, caseless, order);
    }

    /** "zealand-raised" -> zealand, -, raised (the tokenizer splits hyphenated words the same way). */
    private static void splitHyphens(String t, List<String> out) {
        if (t.length() < 3 || t.indexOf('-') <= 0 || REGEX_CHARS.matcher(t).find()) {
            out.add(t);
            return;
        }
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '-' && i > from && i < t.length() - 1) {
                out.add(t.substring(from, i));
                out.add("-");
                from = i + 1;
            }
        }
        out.add(t.substring(from));
    }

    /** Rewrites the NER tags of one sentence's tokens in place. */
    public void tag(List<CoreLabel> tokens) {
        int n = tokens.size();
        if (n == 0 || byAnchor.isEmpty()) return;
        String[] words = new String[n];
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).word();
            lower[i] = words[i].toLowerCase(Locale.ROOT);
        }
        // glued[i]: token i and token i+1 are joined by a hyphen with no space ("coal" "-" or "-" "producer").
        boolean[] glued = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            CoreLabel a = tokens.get(i), b = tokens.get(i + 1);
            glued[i] = a.endPosition() == b.beginPosition() && ("-".equals(words[i]) || "-".equals(words[i + 1]));
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            collect(byAnchor.get(lower[i]), i, words, lower, glued, matches);
            if (!lower[i].equals(words[i])) collect(byAnchor.get(words[i]), i, words, lower, glued, matches);
        }
        if (matches.isEmpty()) return;
        // TokensRegexNER's order: higher priority first, then longer, then earlier, then file order.
        matches.sort(Comparator.comparingDouble((Match m) -> -m.entry().priority())
                .thenComparingInt(m -> -(m.end() - m.start()))
                .thenComparingInt(Match::start)
                .thenComparingInt(m -> m.entry().order()));
        boolean[] taken = new boolean[n];
        for (Match m : matches) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            if (m.entry().caseless() && !validPos(tokens, m.start(), m.end())) continue;
            if (!canOverwrite(tokens, m)) continue;
            for (int i = m.start(); i < m.end(); i++) tokens.get(i).setNER(m.entry().type());
        }
    }

    private static void collect(List<Entry> entries, int at, String[] words, String[] lower, boolean[] glued,
                                List<Match> out) {
        if (entries == null) return;
        for (Entry e : entries) {
            int start = at - e.anchor();
            int end = start + e.length();
            if (start < 0 || end > words.length) continue;
            // Not part of a hyphenated compound ("30-second", "coal-producer"): CoreNLP's NER sees those as one token.
            if (start > 0 && glued[start - 1]) continue;
            if (end < words.length && glued[end - 1]) continue;
            if (matches(e, start, words, lower)) out.add(new Match(e, start, end));
        }
    }

    private static boolean matches(Entry e, int start, String[] words, String[] lower) {
        String[] lits = e.literals();
        Pattern[] res = e.regexes();
        for (int k = 0; k < lits.length; k++) {
            int i = start + k;
            if (lits[k] != null) {
                if (!lits[k].equals(e.caseless() ? lower[i] : words[i])) return false;
            } else if (!res[k].matcher(words[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean validPos(List<CoreLabel> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String tag = tokens.get(i).tag();
            if (tag != null && VALID_POS.matcher(tag).matches()) return true;
        }
        return false;
    }

    /**
     * A match replaces background and overwritable tags only ("New York" cannot become a CITY inside
     * "New York Times", an ORGANIZATION). CITY is CoreNLP's {@code noDefaultOverwriteLabels}: a CITY
     * match needs the CRF to have seen a place already, else every "police" and "justice" (both
     * towns somewhere) would become one.
     */
    private boolean canOverwrite(List<CoreLabel> tokens, Match m) {
        boolean strict = m.entry().type().equals("CITY");
        for (int i = m.start(); i < m.end(); i++) {
            String ner = tokens.get(i).ner();
            if (m.entry().overwritable().contains(ner)) continue;
            if (!strict && (ner == null || ner.equals("O") || myLabels.contains(ner))) continue;
            return false;
        }
        return true;
    }
}
