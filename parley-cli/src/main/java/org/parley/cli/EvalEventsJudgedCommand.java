package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import org.parley.eval.CachingAnnotator;
import org.parley.eval.JudgedEventEval;
import org.parley.eval.JudgedEventEval.Judgement;
import org.parley.eval.JudgedEventEval.Unit;
import org.parley.events.EventType;
import org.parley.model.Event;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval events-judged --judged FILE --corpus DIR}: re-runs Parley on the articles of a file of
 * hand-judged events (read as {@code parley analyze} reads them) and scores today's events against the
 * judgements ({@link JudgedEventEval}). {@code --events DIR} scores an earlier analysis folder instead (another
 * version's output); {@code --write-sample FILE} draws a new sample to judge.
 */
@Command(name = "events-judged", mixinStandardHelpOptions = true,
        description = "Scores events against hand judgements of a sample of events (eval-data/polnear-judged-events.tsv).")
public final class EvalEventsJudgedCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--judged", paramLabel = "FILE", description = "TSV of judged events (eval-data/polnear-judged-events.tsv).")
    Path judged;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder with the judged articles' files; Parley is run on them.")
    Path corpus;

    @Option(names = "--events", paramLabel = "DIR", description = "Score this analysis folder's events.jsonl instead of running Parley.")
    Path events;

    @Option(names = "--write-sample", paramLabel = "FILE",
            description = "Draw --sample N events of all articles in --corpus (or of --events) and write them, unjudged ('?'), to FILE.")
    Path writeSample;

    @Option(names = "--sample", paramLabel = "N", description = "Sample size for --write-sample (default: ${DEFAULT-VALUE}).")
    int sampleSize = 200;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep annotations in DIR and reuse them on later runs (development).")
    Path cache;

    @CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = {"-v", "--verbose"}, description = "List the judged events no longer emitted and the new events in the sample frame.")
    boolean verbose;

    @Override public Integer call() throws IOException {
        if ((corpus == null) == (events == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --corpus DIR or --events DIR");
        }
        if (writeSample != null) return writeSample();
        if (judged == null) throw new CommandLine.ParameterException(spec.commandLine(), "give --judged FILE (or --write-sample FILE)");
        List<Judgement> rows = JudgedEventEval.read(judged);
        TreeSet<String> files = new TreeSet<>();
        rows.forEach(j -> files.add(j.unit().file()));
        List<Unit> today;
        if (events != null) {
            today = readEvents(events, background);
        } else {
            List<Path> paths = new ArrayList<>();
            for (String f : files) {
                Path p = corpus.resolve(f);
                if (!Files.isRegularFile(p)) throw new CommandLine.ParameterException(spec.commandLine(), "judged article " + f + " is not in " + corpus);
                paths.add(p);
            }
            today = run(paths);
        }
        JudgedEventEval.Report report = JudgedEventEval.score(rows, today);
        System.out.printf(Locale.ROOT, "Hand-judged events, %s (%d articles)%n", judged.getFileName(), files.size());
        System.out.print(report.format());
        // salience: judged news counts background events (named inside another event's sentence) as events too
        int[] sal = new int[4];
        for (JudgedEventEval.Match m : report.kept()) sal[(background.contains(m.now()) ? 2 : 0) + (m.judged().typeCorrect() ? 0 : 1)]++;
        System.out.printf(Locale.ROOT, "salience of the kept judged events: MAIN %d (type right %d, wrong %d), BACKGROUND %d (right %d, wrong %d)%n",
                sal[0] + sal[1], sal[0], sal[1], sal[2] + sal[3], sal[2], sal[3]);
        if (verbose) {
            for (JudgedEventEval.Match m : report.dropped()) {
                System.out.println("dropped  " + m.judged().unit().columns() + "  judged type " + (m.judged().typeCorrect() ? "y" : "n")
                        + " " + m.judged().errorClass());
            }
            for (JudgedEventEval.Match m : report.kept()) {
                if (!m.now().sameCodes(m.judged().unit())) {
                    System.out.println("changed  " + m.judged().unit().columns() + "  now " + m.now().columns());
                }
            }
            for (Unit u : report.newInFrame()) System.out.println("new      " + u.columns());
        }
        return 0;
    }

    private int writeSample() throws IOException {
        List<Unit> all = events != null ? readEvents(events, background) : run(List.of(corpus));
        List<Unit> sample = JudgedEventEval.sample(all, sampleSize);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(writeSample, StandardCharsets.UTF_8))) {
            w.println("# Unjudged sample: replace each '?' by y, n or - (see docs/quality.md), then give an error class and a reason.");
            w.println("file\tstart\tend\ttype\tcameo\tsource\ttarget\tstatus\ttype_ok\tsource_ok\ttarget_ok\tstatus_ok\tclass\treason");
            for (Unit u : sample) w.println(JudgedEventEval.blankRow(u));
        }
        System.err.printf(Locale.ROOT, "parley: %d of %d events drawn -> %s%n", sample.size(), all.size(), writeSample);
        return 0;
    }

    /** Today's units whose event is BACKGROUND in its sentence (Event.salience). */
    private final java.util.Set<Unit> background = new java.util.HashSet<>();

    /** Today's events of the given files or folders, read as parley analyze reads them, one unit per mention. */
    private List<Unit> run(List<Path> inputs) {
        Annotator annotator = cache == null ? knowledge.createAnnotator()
                : new CachingAnnotator(cache.resolve("lexicon-" + Integer.toHexString(
                        new TreeSet<>(org.parley.events.EventExtractor.triggerWords(knowledge.patterns)).hashCode())
                        + (knowledge.classFrames ? "-frames" : "")),
                        knowledge::createAnnotator);
        Parley parley = knowledge.applyTo(Parley.builder().annotator(annotator)).build();
        List<Unit> out = new ArrayList<>();
        try (Stream<ReadOutcome> read = new ArticleReader().read(inputs)) {
            read.forEach(r -> {
                if (!r.isOk()) {
                    System.err.println("parley: skipped " + r.skipped());
                    return;
                }
                for (Event e : parley.analyze(r.article()).events()) {
                    List<Unit> us = JudgedEventEval.Unit.of(e);
                    out.addAll(us);
                    if (!e.main()) background.addAll(us);
                }
            });
        }
        return out;
    }

    /** The units of an analysis folder's events.jsonl (or of that file itself). */
    static List<Unit> readEvents(Path dirOrFile) throws IOException { return readEvents(dirOrFile, new java.util.HashSet<>()); }

    /** As {@link #readEvents(Path)}, adding the units of BACKGROUND events to {@code background}. */
    static List<Unit> readEvents(Path dirOrFile, java.util.Set<Unit> background) throws IOException {
        Path f = Files.isDirectory(dirOrFile) ? dirOrFile.resolve("events.jsonl") : dirOrFile;
        List<Unit> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode e = org.parley.write.Json.mapper().readTree(line);
                EventType type = EventType.parse(e.path("type").asText())
                        .orElseThrow(() -> new IOException(f + ": event " + e.path("id").asText() + " has no PLOVER type"));
                String status = e.path("status").asText("CURRENT") + (e.path("negated").asBoolean() ? ",negated" : "")
                        + (e.path("hypothetical").asBoolean() ? ",hypothetical" : "");
                for (JsonNode m : e.path("mentions")) {
                    JsonNode t = m.path("trigger");
                    Unit u = new Unit(m.path("article").asText(), t.path("start").asInt(), t.path("end").asInt(), type,
                            ResultFolder.text(e.get("cameo")), codes(e.path("source")), codes(e.path("target")), status);
                    out.add(u);
                    if ("BACKGROUND".equals(e.path("salience").asText())) background.add(u);
                }
            }
        }
        return out;
    }

    private static String codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : actors) out.add(JudgedEventEval.code(ResultFolder.text(a.get("country")), ResultFolder.text(a.get("sector"))));
        return out.isEmpty() ? "-" : String.join("+", out);
    }
}
