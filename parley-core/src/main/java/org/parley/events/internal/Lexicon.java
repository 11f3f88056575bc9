package org.parley.events.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.events.EventType;

/**
 * Everything the event coder knows as data: trigger patterns, the CAMEO table (PLOVER type, Goldstein),
 * modality cues, context and mode keywords. Built-in files live under
 * {@code src/main/resources/org/parley/events/}; user files given with {@code --patterns} are read after
 * them. A user file holds pattern lines, and may also hold lines of the other tables prefixed with
 * "CAMEO", "CUE", "CONTEXT", "MODE", "AGENT" (a noun that can name an actor) or "IDEA" (a noun of something said or thought) in the first column. Bad lines are skipped and reported in
 * {@link #warnings()}, never thrown.
 */
public final class Lexicon {
    public record CameoEntry(String code, String name, String plover, double goldstein) {}

    /** How a PLOVER type stands in the cooperative/forceful taxonomy (cameo.tsv columns 5-6). */
    public enum Stance { COOPERATIVE, FORCEFUL, NEUTRAL }

    public record Keywords(String label, String type, Set<String> words) {}

    private static final String BASE = "/org/parley/events/";
    /** Knowledge the quotes stage reads too, so it lives in the shared folder beside TsvLoader. */
    private static final String AGENT_NOUNS = "/org/parley/knowledge/agent-nouns.tsv";

    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, List<Pattern>> byWord = new HashMap<>();
    private final Map<String, CameoEntry> cameo = new HashMap<>();
    private final Map<String, Set<String>> cues = new HashMap<>();
    private final List<Keywords> contexts = new ArrayList<>();
    private final List<Keywords> modes = new ArrayList<>();
    /** Figures of speech: label = licensing contexts joined by '|', type = event type, words = figure words. */
    private final List<Keywords> figures = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> agentNouns = new java.util.HashSet<>();
    private final Set<String> ideaNouns = new java.util.HashSet<>();
    private final Set<String> wrongNouns = new java.util.HashSet<>();
    /** Every word alternative of every pattern, head or not; filled once all files are read. */
    private final Set<String> patternWords = new java.util.HashSet<>();
    private final Map<EventType, Stance> stance = new java.util.EnumMap<>(EventType.class);
    private final Map<EventType, String> intent = new java.util.EnumMap<>(EventType.class);

    public static Lexicon load(List<Path> extraFiles) {
        return load(extraFiles, true);
    }

    /**
     * The hand-written patterns and tables alone, without the WordNet-generated {@code senses-expanded.tsv}:
     * what {@link SenseExpander} checks its output against.
     */
    public static Lexicon loadHandWritten() {
        return load(List.of(), false);
    }

    private static Lexicon load(List<Path> extraFiles, boolean withSenses) {
        Lexicon lx = new Lexicon();
        lx.readResource("patterns.tsv", "PATTERN");
        // Generated from senses.tsv with WordNet (parley lexicon expand); same format, read after the
        // hand-written patterns so that on a tie the reviewed line wins.
        if (withSenses) lx.readResource("senses-expanded.tsv", "PATTERN");
        lx.readResource("cameo.tsv", "CAMEO");
        lx.readResource("cues.tsv", "CUE");
        lx.readResource("contexts.tsv", "CONTEXT");
        lx.readResource("modes.tsv", "MODE");
        lx.readResource(AGENT_NOUNS, "AGENT"); // shared with the quotes stage
        lx.readResource("agent-nouns-reviewed.tsv", "AGENT");
        lx.readResource("idea-nouns.tsv", "IDEA");
        lx.readResource("wrong-nouns.tsv", "WRONG");
        lx.readResource("figures.tsv", "FIGURE");
        if (extraFiles != null) {
            for (Path p : extraFiles) {
                try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    lx.read(r, p.toString(), null);
                } catch (IOException | UncheckedIOException e) {
                    lx.warnings.add(p + ": cannot read (" + e.getMessage() + "); ignored");
                }
            }
        }
        lx.resolveClasses();
        return lx;
    }

    /**
     * A later word of a trigger written "@class" stands for every word of that class of cues.tsv ("send
     * @aid_goods"): frames are written once per support verb and noun class, and a class grows in one place.
     * Resolved after all files are read, because cues.tsv is read after the patterns. An unknown class is a
     * bad line: reported and dropped. Then indexes the patterns by head word and collects every pattern word.
     */
    private void resolveClasses() {
        List<Pattern> resolved = new ArrayList<>(patterns.size());
        for (Pattern p : patterns) {
            boolean hasClass = false;
            for (Set<String> w : p.words()) for (String a : w) if (a.startsWith("@")) hasClass = true;
            if (!hasClass) { resolved.add(p); continue; }
            List<Set<String>> words = new ArrayList<>();
            String bad = null;
            for (int i = 0; i < p.words().size(); i++) {
                Set<String> out = new LinkedHashSet<>();
                for (String a : p.words().get(i)) {
                    if (!a.startsWith("@")) { out.add(a); continue; }
                    Set<String> members = cues.get(a.substring(1));
                    if (members == null || i == p.head()) bad = a;
                    else out.addAll(members);
                }
                words.add(Collections.unmodifiableSet(out));
            }
            if (bad != null) {
                warnings.add(p.origin() + ": bad line skipped (class " + bad + " unknown or used as the head)");
                continue;
            }
            resolved.add(new Pattern(p.type(), p.cameo(), p.pos(), List.copyOf(words), p.head(), p.mode(),
                    p.reliability(), p.inverse(), p.exclude(), p.origin()));
        }
        patterns.clear();
        patterns.addAll(resolved);
        byWord.clear();
        for (Pattern p : patterns) for (String alt : p.words().get(p.head())) byWord.computeIfAbsent(alt, x -> new ArrayList<>()).add(p);
        for (Pattern p : patterns) for (Set<String> w : p.words()) patternWords.addAll(w);
    }

    /** A built-in file: a name in {@link #BASE}, or an absolute resource name ("/org/parley/knowledge/..."). */
    private void readResource(String name, String kind) {
        InputStream in = Lexicon.class.getResourceAsStream(name.startsWith("/") ? name : BASE + name);
        if (in == null) { warnings.add("built-in " + name + " missing"); return; }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            read(r, name, kind);
        } catch (IOException e) {
            warnings.add(name + ": " + e.getMessage());
        }
    }

    private void read(BufferedReader r, String file, String kind) throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> cols = new ArrayList<>(List.of(line.split("\t", -1)));
            String k = kind;
            if (k == null) {
                String first = cols.get(0).trim().toUpperCase(Locale.ROOT);
                if (Set.of("CAMEO", "CUE", "CONTEXT", "MODE", "AGENT", "IDEA", "WRONG", "FIGURE").contains(first)) { k = first; cols.remove(0); }
                else k = "PATTERN";
            }
            String where = file + ":" + n;
            try {
                switch (k) {
                    case "PATTERN" -> addPattern(cols, where);
                    case "CAMEO" -> {
                        String code = cols.get(0).trim();
                        cameo.put(code, new CameoEntry(code, cols.get(1).trim(), dash(cols.get(2)), Double.parseDouble(cols.get(3).trim())));
                        java.util.Optional<EventType> pt = EventType.parse(dash(cols.get(2)));
                        if (pt.isPresent() && cols.size() > 4 && !dash0(cols.get(4))) {
                            stance.put(pt.get(), Stance.valueOf(cols.get(4).trim().toUpperCase(Locale.ROOT)));
                            if (cols.size() > 5 && !dash0(cols.get(5))) intent.put(pt.get(), cols.get(5).trim());
                        }
                    }
                    case "CUE" -> cues.computeIfAbsent(cols.get(0).trim(), c -> new LinkedHashSet<>()).addAll(alts(cols.get(1)));
                    case "CONTEXT" -> contexts.add(new Keywords(cols.get(0).trim(), null, alts(cols.get(1))));
                    case "MODE" -> modes.add(new Keywords(cols.get(1).trim(), cols.get(0).trim(), alts(cols.get(2))));
                    case "FIGURE" -> figures.add(new Keywords(cols.get(2).trim(), EventType.parse(cols.get(0).trim()).orElseThrow().name(), alts(cols.get(1))));
                    case "AGENT" -> agentNouns.add(cols.get(0).trim().toLowerCase(Locale.ROOT));
                    case "IDEA" -> ideaNouns.add(cols.get(0).trim().toLowerCase(Locale.ROOT));
                    case "WRONG" -> wrongNouns.add(cols.get(0).trim().toLowerCase(Locale.ROOT));
                    default -> { }
                }
            } catch (RuntimeException e) {
                warnings.add(where + ": bad line skipped (" + e + ")");
            }
        }
    }

    private void addPattern(List<String> c, String where) {
        if (c.size() < 4) throw new IllegalArgumentException("needs at least 4 columns");
        EventType type = EventType.parse(c.get(0)).orElseThrow(() -> new IllegalArgumentException("unknown PLOVER type " + c.get(0).trim()));
        String code = c.get(1).trim();
        String posCol = c.get(2).trim().toUpperCase(Locale.ROOT);
        char pos = posCol.isEmpty() ? 'A' : posCol.charAt(0);
        String[] ws = c.get(3).trim().split("\\s+");
        List<Set<String>> words = new ArrayList<>();
        int head = 0;
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            if (w.startsWith("^")) { head = i; w = w.substring(1); }
            words.add(alts(w));
        }
        String mode = c.size() > 4 ? dash(c.get(4)) : null;
        double rel = c.size() > 5 && !dash0(c.get(5)) ? Double.parseDouble(c.get(5).trim()) : 0.7;
        boolean inv = c.size() > 6 && "inv".equalsIgnoreCase(c.get(6).trim());
        Set<String> excl = c.size() > 7 && !dash0(c.get(7)) ? alts(c.get(7)) : Set.of();
        Pattern p = new Pattern(type, code, pos, List.copyOf(words), head, mode, rel, inv, excl, where);
        patterns.add(p);
        for (String alt : words.get(head)) byWord.computeIfAbsent(alt, x -> new ArrayList<>()).add(p);
    }

    private static boolean dash0(String s) { return s == null || s.isBlank() || s.trim().equals("-"); }

    private static String dash(String s) { return dash0(s) ? null : s.trim(); }

    static Set<String> alts(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : s.trim().split("\\|")) if (!a.isBlank()) out.add(a.trim().toLowerCase(Locale.ROOT));
        return Collections.unmodifiableSet(out);
    }

    /** Patterns whose head word has {@code word} (lower-cased lemma or form) among its alternatives. */
    public List<Pattern> patternsForHead(String word) { return byWord.getOrDefault(word, List.of()); }

    /**
     * For every pattern, its most specific word's alternatives ({@link org.parley.annotate.SelectiveWords}): a
     * sentence with none of these can match no pattern.
     */
    public java.util.Set<String> selectiveWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Pattern p : patterns) out.addAll(org.parley.annotate.SelectiveWords.of(p.words(), p.head()));
        return out;
    }

    public List<Pattern> patterns() { return Collections.unmodifiableList(patterns); }

    /** The entry for {@code code} or its longest listed prefix; null when none. */
    public CameoEntry cameo(String code) {
        if (code == null) return null;
        for (String c = code; !c.isEmpty(); c = c.substring(0, c.length() - 1)) {
            CameoEntry e = cameo.get(c);
            if (e != null) return e;
        }
        return null;
    }

    /** Cooperative types: committed to, they become AGREE; refused, REJECT. */
    public boolean cooperative(EventType t) { return stance.getOrDefault(t, Stance.NEUTRAL) == Stance.COOPERATIVE; }

    /** Forceful types: committed to, they become THREATEN. */
    public boolean forceful(EventType t) { return stance.getOrDefault(t, Stance.NEUTRAL) == Stance.FORCEFUL; }

    /** CAMEO code of the stated intention to do an event of type {@code t} (PLOVER codes intentions as AGREE/THREATEN), or null. */
    public String intentCameo(EventType t) { return intent.get(t); }

    /** Whether token {@code t} of {@code g} (its lemma or lower-cased form) is a cue of class {@code cueClass}. */
    public boolean cue(SentenceView g, String cueClass, int t) {
        return isCue(cueClass, g.lemma(t)) || isCue(cueClass, g.lower(t));
    }

    public boolean isCue(String cueClass, String lemma) {
        return lemma != null && cues.getOrDefault(cueClass, Set.of()).contains(lemma.toLowerCase(Locale.ROOT));
    }

    public List<Keywords> contexts() { return contexts; }

    /**
     * Whether {@code lemma} is a noun that can name an actor (knowledge/agent-nouns.tsv, generated from WordNet) and is
     * not itself an event noun of the lexicon ("conference", "summit" name events, not actors).
     */
    public boolean agentNoun(String lemma) {
        if (lemma == null || !agentNouns.contains(lemma)) return false;
        for (Pattern p : patternsForHead(lemma)) if (p.pos() == 'N' && p.size() == 1) return false;
        return true;
    }

    /**
     * Whether {@code lemma} is a noun of something said or thought (idea-nouns.tsv, generated from WordNet:
     * "opinion", "retort") and no word of any event pattern ("talks", "promise" stay events).
     */
    public boolean ideaNoun(String lemma) {
        return lemma != null && ideaNouns.contains(lemma) && !patternWords.contains(lemma);
    }

    /** Whether {@code lemma} is a noun of wrongdoing (wrong-nouns.tsv, generated from WordNet: "violation", "crime"). */
    public boolean wrongNoun(String lemma) { return lemma != null && wrongNouns.contains(lemma); }

    public List<Keywords> modes() { return modes; }

    /** Figures of speech per event type (figures.tsv): {@code label} holds the licensing contexts. */
    public List<Keywords> figures() { return figures; }

    public List<String> warnings() { return warnings; }

    /** Quad class from the CAMEO root: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict. */
    public static Integer quadClass(String cameoCode) {
        if (cameoCode == null || cameoCode.length() < 2) return null;
        int root;
        try { root = Integer.parseInt(cameoCode.substring(0, 2)); } catch (NumberFormatException e) { return null; }
        if (root >= 1 && root <= 5) return 1;
        if (root <= 8) return 2;
        if (root <= 13) return 3;
        if (root <= 20) return 4;
        return null;
    }

    /** Name lookups for explanations: code -> name. */
    public Map<String, String> cameoNames() {
        Map<String, String> m = new LinkedHashMap<>();
        cameo.forEach((k, v) -> m.put(k, v.name()));
        return m;
    }
}
