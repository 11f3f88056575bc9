package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.ArticleAnalysis;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.DependencyGraph;
import org.parley.annotate.Sentence;
import org.parley.entities.ActorCoder;
import org.parley.events.ActorPhrases;
import org.parley.model.Actor;
import org.parley.model.Event;

/**
 * Scores the actor code Parley gives the subject of a plain sentence ("Iraqi soldiers attacked the
 * village.") against an expected country and sector, from a TSV file of the team's own phrases
 * ({@code eval-data/actor-phrases.tsv}: sentence, subject, country or "-", sector).
 *
 * <p>The subject is read the way the event coder reads an argument: the head token of the subject's
 * span (the one whose governor lies outside it) goes through {@link ActorPhrases}, which looks at the
 * entity covering it, the knowledge base's reading of the phrase, and the phrase's modifiers. A second
 * figure scores the source of the sentence's most confident event, which is what a user sees.
 */
public final class ActorPhraseEval {
    /** One test phrase; {@code row} counts data rows from 1 (odd rows: development half); country null = none. */
    public record Phrase(int row, String sentence, String subject, String country, String sector) {}

    /** The code Parley gave the subject, and the source of its most confident event (either may be null). */
    public record Item(Phrase phrase, Actor subject, Actor eventSource) {}

    public enum Half { ALL, ODD, EVEN;
        public boolean keeps(int row) { return this == ALL || (row % 2 == 1) == (this == ODD); }
    }

    private ActorPhraseEval() {}

    public static List<Phrase> read(Path file, Half half) throws IOException {
        List<Phrase> out = new ArrayList<>();
        int row = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4) throw new IOException(file + ": row " + (row + 1) + " has " + f.length + " columns, 4 expected");
            row++;
            if (!half.keeps(row)) continue;
            String country = f[2].strip();
            out.add(new Phrase(row, f[0].strip(), f[1].strip(), country.equals("-") || country.isEmpty() ? null : country, f[3].strip()));
        }
        return out;
    }

    /** The subject's actor in an analysed one-sentence article whose text starts with the subject. */
    public static Item predict(Phrase p, ArticleAnalysis res, ActorCoder coder) {
        AnnotatedArticle doc = res.annotated();
        Actor subject = null;
        if (doc != null && !doc.sentences().isEmpty()) {
            int start = doc.text().indexOf(p.sentence().substring(0, Math.min(p.subject().length(), p.sentence().length())));
            int end = start + p.subject().length();
            Sentence s = doc.sentenceAt(Math.max(0, start));
            if (s != null && start >= 0) {
                int head = headToken(s, start, end);
                if (head >= 0) {
                    List<Event.EventActor> as = ActorPhrases.actorsAt(coder, s, doc.text(), res.entities(),
                            doc.article().published(), head);
                    if (!as.isEmpty()) subject = new Actor(as.get(0).country(), as.get(0).sector());
                }
            }
        }
        Actor source = res.events().stream().filter(e -> !e.source().isEmpty())
                .max(Comparator.comparingDouble(Event::confidence))
                .map(e -> new Actor(e.source().get(0).country(), e.source().get(0).sector())).orElse(null);
        return new Item(p, subject, source);
    }

    /** The token of [start, end) whose governor is outside the span; the last token when unparsed. */
    static int headToken(Sentence s, int start, int end) {
        int first = -1, last = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            var t = s.tokens().get(i);
            if (t.start() >= start && t.end() <= end) { if (first < 0) first = i; last = i; }
        }
        if (first < 0) return -1;
        if (!s.parsed()) return last;
        DependencyGraph g = new DependencyGraph(s);
        for (int i = first; i <= last; i++) {
            int h = g.head(i);
            if ((g.headEdge(i) != null || g.isRoot(i)) && (h < first || h > last)) return i;
        }
        return last;
    }

    /** Accuracy of country, sector and both, overall and per expected sector. */
    public record Report(int n, int[] subject, int[] source, Map<String, int[]> perSector) {
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "phrases                   %d%n", n));
            line(b, "subject (argument coder)", subject);
            line(b, "event source", source);
            b.append(String.format(Locale.ROOT, "%nper sector, subject (n, country, sector, both)%n"));
            perSector.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-4s %3d  %3d  %3d  %3d%n", k, v[0], v[1], v[2], v[3])));
            return b.toString();
        }

        private void line(StringBuilder b, String what, int[] c) {
            b.append(String.format(Locale.ROOT, "%-25s country %.3f  sector %.3f  both %.3f  (%d/%d/%d of %d)%n", what,
                    ratio(c[0]), ratio(c[1]), ratio(c[2]), c[0], c[1], c[2], n));
        }

        private double ratio(int k) { return n == 0 ? 0 : (double) k / n; }
    }

    public static boolean countryOk(Phrase p, Actor a) {
        String got = a == null ? null : a.country();
        return p.country() == null ? got == null : p.country().equalsIgnoreCase(got == null ? "" : got);
    }

    public static boolean sectorOk(Phrase p, Actor a) {
        return a != null && p.sector().equalsIgnoreCase(a.sector() == null ? "" : a.sector());
    }

    public static Report score(List<Item> items) {
        int[] subj = new int[3], src = new int[3];
        Map<String, int[]> per = new TreeMap<>();
        for (Item it : items) {
            Phrase p = it.phrase();
            count(subj, p, it.subject());
            count(src, p, it.eventSource());
            int[] s = per.computeIfAbsent(p.sector(), k -> new int[4]);
            s[0]++;
            if (countryOk(p, it.subject())) s[1]++;
            if (sectorOk(p, it.subject())) s[2]++;
            if (countryOk(p, it.subject()) && sectorOk(p, it.subject())) s[3]++;
        }
        return new Report(items.size(), subj, src, per);
    }

    private static void count(int[] c, Phrase p, Actor a) {
        boolean co = countryOk(p, a), se = sectorOk(p, a);
        if (co) c[0]++;
        if (se) c[1]++;
        if (co && se) c[2]++;
    }
}
