package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.parley.events.EventType;
import org.parley.model.Event;

/**
 * Re-scores today's events against hand judgements of a sample of events an earlier version emitted
 * ({@code eval-data/polnear-judged-events.tsv}). A judged event is still emitted when today's output has an
 * event of the same type in the same file whose trigger overlaps the judged trigger; its type judgement then
 * still holds. Its actor and status judgements hold only while the codes are unchanged, so "fully correct"
 * is counted on those only.
 *
 * <p>The sample is drawn by a hash, not a random generator: a unit's key is the SHA-1 of
 * {@code "parley-15|file|start|end|TYPE"}, and the sample is the {@code n} units with the lowest keys. The
 * largest judged key bounds the <em>sample frame</em>: an event emitted today whose key falls inside it would
 * have been drawn had it been emitted then, so unjudged events inside the frame are new events of the sampled
 * population, comparable in number with the judged ones.
 */
public final class JudgedEventEval {
    private static final String SALT = "parley-15|";

    /** A judge's verdict on one aspect; {@code NOT_JUDGED} ("-") when the event's type was already wrong. */
    public enum Verdict {
        YES, NO, NOT_JUDGED;

        static Verdict parse(String s) {
            return switch (s.strip()) {
                case "y" -> YES;
                case "n" -> NO;
                case "-" -> NOT_JUDGED;
                default -> throw new IllegalArgumentException("verdict is y, n or -, not '" + s + "'");
            };
        }
    }

    /**
     * One event as told in one place (an event with several mentions gives several units). {@code source} and
     * {@code target} are codes COUNTRY/SECTOR joined by '+' ("-" for a missing part or no actor); {@code status}
     * the status name plus ",negated" and ",hypothetical" flags.
     */
    public record Unit(String file, int start, int end, EventType type, String cameo, String source, String target,
                       String status) {
        /** The units of an event, one per mention; the mention's article id is the file name. */
        public static List<Unit> of(Event e) {
            EventType type = EventType.parse(e.type())
                    .orElseThrow(() -> new IllegalArgumentException("event " + e.id() + " has no PLOVER type: " + e.type()));
            String status = e.status().name() + (e.negated() ? ",negated" : "") + (e.hypothetical() ? ",hypothetical" : "");
            List<Unit> out = new ArrayList<>();
            for (Event.EventMention m : e.mentions()) {
                out.add(new Unit(m.article(), m.trigger().start(), m.trigger().end(), type, e.cameo(), codes(e.source()),
                        codes(e.target()), status));
            }
            return out;
        }

        /** The sampling key: lower keys are drawn first. */
        public String key() { return sampleKey(file, start, end, type); }

        /** Same actor codes and status (the judgements of actors and status still apply). */
        public boolean sameCodes(Unit o) { return source.equals(o.source) && target.equals(o.target) && status.equals(o.status); }

        /** Same file and type, and the triggers share at least one character. */
        boolean overlaps(Unit o) { return file.equals(o.file) && type == o.type && start < o.end && o.start < end; }

        int overlap(Unit o) { return Math.min(end, o.end) - Math.max(start, o.start); }

        /** The row's first eight columns in the judged file's format. */
        public String columns() {
            return String.join("\t", file, Integer.toString(start), Integer.toString(end), type.name(),
                    cameo == null ? "-" : cameo, source, target, status);
        }
    }

    /** One judged row: the unit as emitted when it was judged, and the verdicts. */
    public record Judgement(Unit unit, Verdict type, Verdict source, Verdict target, Verdict status, String errorClass,
                            String reason) {
        public boolean typeCorrect() { return type == Verdict.YES; }

        public boolean fullyCorrect() {
            return type == Verdict.YES && source == Verdict.YES && target == Verdict.YES && status == Verdict.YES;
        }
    }

    private JudgedEventEval() {}

    static String codes(List<Event.EventActor> actors) {
        if (actors.isEmpty()) return "-";
        return actors.stream().map(a -> code(a.country(), a.sector())).collect(Collectors.joining("+"));
    }

    /** One actor's code as the judged file writes it: COUNTRY/SECTOR, "-" for a missing part. */
    public static String code(String country, String sector) { return dash(country) + "/" + dash(sector); }

    private static String dash(String s) { return s == null || s.isBlank() ? "-" : s; }

    public static String sampleKey(String file, int start, int end, EventType type) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((SALT + file + "|" + start + "|" + end + "|" + type.name())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }

    /** The {@code n} units with the lowest keys, in file and offset order. */
    public static List<Unit> sample(List<Unit> units, int n) {
        return units.stream().sorted(Comparator.comparing(Unit::key)).limit(n)
                .sorted(Comparator.comparing(Unit::file).thenComparingInt(Unit::start).thenComparing(Unit::key)).toList();
    }

    public static List<Judgement> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Rows of the judged file: '#' comments, a header row starting with "file", then 14 tab-separated columns. */
    public static List<Judgement> parse(List<String> lines, String name) throws IOException {
        List<Judgement> out = new ArrayList<>();
        int no = 0;
        for (String line : lines) {
            no++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 14) throw new IOException(name + ":" + no + ": " + f.length + " columns, 14 expected");
            try {
                EventType type = EventType.parse(f[3]).orElseThrow(() -> new IllegalArgumentException("no PLOVER type " + f[3]));
                Unit u = new Unit(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), type, f[4], f[5], f[6], f[7]);
                out.add(new Judgement(u, Verdict.parse(f[8]), Verdict.parse(f[9]), Verdict.parse(f[10]), Verdict.parse(f[11]),
                        f[12], f[13]));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ":" + no + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** A judged row paired with today's unit, or with null when nothing matches it any more. */
    public record Match(Judgement judged, Unit now) {}

    /**
     * The figures of today's units against the judgements. Only units of judged files count: the judgements
     * sample those files' events.
     */
    public record Report(List<Match> matches, List<Unit> newInFrame, int emitted, int outsideFrame) {
        public int judged() { return matches.size(); }

        public List<Match> kept() { return matches.stream().filter(m -> m.now() != null).toList(); }

        public List<Match> dropped() { return matches.stream().filter(m -> m.now() == null).toList(); }

        public List<Match> sameCodes() { return kept().stream().filter(m -> m.now().sameCodes(m.judged().unit())).toList(); }

        public long keptTypeCorrect() { return kept().stream().filter(m -> m.judged().typeCorrect()).count(); }

        public long sameCodesFullyCorrect() { return sameCodes().stream().filter(m -> m.judged().fullyCorrect()).count(); }

        public long droppedTypeCorrect() { return dropped().stream().filter(m -> m.judged().typeCorrect()).count(); }

        /**
         * One side (source or target) of the kept type-correct events: how many were judged right and are
         * unchanged, judged right but changed, judged wrong and unchanged, judged wrong and changed. A changed
         * side has to be judged again: a change of a wrong side is a fix only when the new code is right.
         */
        public int[] side(boolean source) {
            int[] out = new int[4];
            for (Match m : kept()) {
                if (!m.judged().typeCorrect()) continue;
                Verdict v = source ? m.judged().source() : m.judged().target();
                if (v == Verdict.NOT_JUDGED) continue;
                String then = source ? m.judged().unit().source() : m.judged().unit().target();
                String now = source ? m.now().source() : m.now().target();
                out[(v == Verdict.YES ? 0 : 2) + (then.equals(now) ? 0 : 1)]++;
            }
            return out;
        }

        /** Error classes of the kept events judged to have the wrong type, most frequent first. */
        public Map<String, Long> keptFalseClasses() {
            return classes(kept().stream().filter(m -> !m.judged().typeCorrect()).toList());
        }

        public Map<String, Long> droppedClasses() { return classes(dropped()); }

        private static Map<String, Long> classes(List<Match> ms) {
            Map<String, Long> out = new TreeMap<>();
            for (Match m : ms) out.merge(m.judged().errorClass(), 1L, Long::sum);
            return out;
        }

        public String format() {
            StringBuilder b = new StringBuilder();
            int kept = kept().size();
            b.append(String.format(Locale.ROOT, "judged events                      %d%n", judged()));
            b.append(String.format(Locale.ROOT, "  still emitted (same file, type, overlapping trigger)  %d%n", kept));
            b.append(String.format(Locale.ROOT, "    type correct                   %d  precision %s%n", keptTypeCorrect(),
                    ratio(keptTypeCorrect(), kept)));
            b.append(String.format(Locale.ROOT, "    with unchanged codes and status %d, fully correct %d  precision %s%n",
                    sameCodes().size(), sameCodesFullyCorrect(), ratio(sameCodesFullyCorrect(), sameCodes().size())));
            b.append(String.format(Locale.ROOT, "    with changed codes or status   %d (their actor and status judgements no longer apply)%n",
                    kept - sameCodes().size()));
            b.append(String.format(Locale.ROOT, "  no longer emitted                %d (judged type-correct: %d, wrong: %d)%n",
                    dropped().size(), droppedTypeCorrect(), dropped().size() - droppedTypeCorrect()));
            b.append(String.format(Locale.ROOT, "events emitted in the judged files %d%n", emitted));
            b.append(String.format(Locale.ROOT, "  unjudged inside the sample frame (new)  %d%n", newInFrame.size()));
            b.append(String.format(Locale.ROOT, "  unjudged outside the sample frame       %d%n", outsideFrame));
            long typeOk = keptTypeCorrect();
            int frame = kept + newInFrame.size();
            b.append(String.format(Locale.ROOT, "type precision in the frame, new events counted wrong / right: %s / %s%n",
                    ratio(typeOk, frame), ratio(typeOk + newInFrame.size(), frame)));
            for (boolean src : new boolean[] {true, false}) {
                int[] sd = side(src);
                b.append(String.format(Locale.ROOT, "  %s of type-correct events: judged right %d (changed since %d), judged wrong %d (changed since %d)%n",
                        src ? "source" : "target", sd[0] + sd[1], sd[1], sd[2] + sd[3], sd[3]));
            }
            if (!keptFalseClasses().isEmpty()) b.append("false-type classes still emitted: ").append(keptFalseClasses()).append('\n');
            if (!droppedClasses().isEmpty()) b.append("classes no longer emitted: ").append(droppedClasses()).append('\n');
            return b.toString();
        }

        private static String ratio(long a, long n) { return n == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) a / n); }
    }

    /**
     * Matches each judgement to at most one of today's units (same file and type, overlapping trigger; exact
     * offsets first, then the largest overlap) and sorts the rest into the sample frame or outside it.
     */
    public static Report score(List<Judgement> judged, List<Unit> today) {
        java.util.Set<String> files = judged.stream().map(j -> j.unit().file()).collect(Collectors.toSet());
        List<Unit> units = today.stream().filter(u -> files.contains(u.file())).toList();
        boolean[] used = new boolean[units.size()];
        List<Match> matches = new ArrayList<>();
        for (Judgement j : judged) {
            int best = -1;
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                if (used[i] || !u.overlaps(j.unit())) continue;
                if (best < 0 || better(u, units.get(best), j.unit())) best = i;
            }
            if (best >= 0) used[best] = true;
            matches.add(new Match(j, best < 0 ? null : units.get(best)));
        }
        String frame = judged.stream().map(j -> j.unit().key()).max(Comparator.naturalOrder()).orElse("");
        List<Unit> fresh = new ArrayList<>();
        int outside = 0;
        for (int i = 0; i < units.size(); i++) {
            if (used[i]) continue;
            if (units.get(i).key().compareTo(frame) <= 0) fresh.add(units.get(i));
            else outside++;
        }
        return new Report(matches, fresh, units.size(), outside);
    }

    private static boolean better(Unit a, Unit b, Unit target) {
        boolean ea = a.start() == target.start() && a.end() == target.end();
        boolean eb = b.start() == target.start() && b.end() == target.end();
        if (ea != eb) return ea;
        return a.overlap(target) > b.overlap(target);
    }

    /** A row of the judged file for {@code u} with the verdicts still to be filled in ("?"). */
    public static String blankRow(Unit u) { return u.columns() + "\t?\t?\t?\t?\t?\t"; }
}
