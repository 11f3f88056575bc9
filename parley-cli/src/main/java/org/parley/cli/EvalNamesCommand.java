package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.ArticleAnalysis;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import org.parley.corpus.LinkedArticle;
import org.parley.eval.CachingAnnotator;
import org.parley.eval.NameEval;
import org.parley.eval.NameEval.GoldMention;
import org.parley.eval.NameEval.Predicted;
import org.parley.eval.NameEval.Report;
import org.parley.eval.NameEval.Scope;
import org.parley.link.ArticleLinker;
import org.parley.model.Span;
import org.parley.read.ArticleReader;
import org.parley.read.ReadOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval names --gold FILE --corpus DIR}: analyses the articles the gold names, in file-name
 * order, links their entities as {@code parley analyze} does, and scores which mentions Parley puts in
 * one entity against the gold keys (see {@link NameEval}), with article-level and with linked ids.
 */
@Command(name = "names", mixinStandardHelpOptions = true, description = "Scores name resolution (mentions of one person/organisation) against gold keys.")
public final class EvalNamesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "TSV: file, start, end, gold_key, type (PERSON/ORGANIZATION).")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder holding the gold's article files (plain text).")
    Path corpus;

    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep annotations in DIR and reuse them on later runs (outside the repository).")
    Path cache;

    @Option(names = {"-v", "--verbose"}, description = "Print the entities whose canonical name is not the gold spelling, and missed gold mentions.")
    boolean verbose;

    @Override public Integer call() throws IOException {
        List<GoldMention> goldMentions;
        try {
            goldMentions = NameEval.read(gold);
        } catch (IOException e) {
            System.err.println("parley eval names: cannot read " + gold + ": " + e.getMessage());
            return 2;
        }
        TreeSet<String> files = new TreeSet<>();
        for (GoldMention g : goldMentions) files.add(g.file());
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            Path p = corpus.resolve(f);
            if (!Files.isRegularFile(p)) {
                System.err.println("parley eval names: " + f + " is not in " + corpus);
                return 2;
            }
            paths.add(p);
        }
        List<Predicted> local = new ArrayList<>();
        List<Predicted> linked = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        ArticleLinker linker = new ArticleLinker();
        long t0 = System.nanoTime();
        Annotator annotator = cache == null ? knowledge.createAnnotator() : new CachingAnnotator(cache, knowledge::createAnnotator);
        try (annotator; Stream<ReadOutcome> read = new ArticleReader().read(paths)) {
            Parley parley = knowledge.applyTo(Parley.builder().annotator(annotator)).build();
            int n = 0;
            for (ReadOutcome r : (Iterable<ReadOutcome>) read::iterator) {
                if (!r.isOk()) throw new IOException("cannot read " + r.skipped().path() + ": " + r.skipped().reason());
                String file = Path.of(r.article().path()).getFileName().toString();
                ArticleAnalysis a = parley.analyze(r.article());
                LinkedArticle la = linker.link(a);
                texts.add(file);
                for (LinkedArticle.LinkedEntity le : la.entities()) {
                    var e = le.entity();
                    for (Span s : e.spans()) {
                        local.add(new Predicted(file, s, e.localId(), e.name(), e.type()));
                        linked.add(new Predicted(file, s, le.id(), null, e.type()));
                    }
                }
                if (++n % 10 == 0) System.err.printf(Locale.ROOT, "%d/%d articles%n", n, paths.size());
            }
        }
        // linked entities carry the corpus-wide canonical name, known once every article is linked
        var names = new java.util.HashMap<String, String>();
        for (var e : linker.entities()) names.put(e.id(), e.name());
        linked.replaceAll(p -> new Predicted(p.file(), p.span(), p.entity(), names.get(p.entity()), p.type()));

        double secs = (System.nanoTime() - t0) / 1e9;
        long keys = goldMentions.stream().map(GoldMention::key).distinct().count();
        System.out.printf(Locale.ROOT, "Names, %s: %d articles, %d gold mentions of %d gold entities, %.0f s%n%n",
                gold.getFileName(), texts.size(), goldMentions.size(), keys, secs);
        for (Scope scope : Scope.values()) {
            Report r = NameEval.score(goldMentions, scope == Scope.ARTICLE ? local : linked, scope);
            System.out.print(r.format());
            if (verbose) {
                for (NameEval.NameMiss m : r.nameMisses()) System.out.printf("    name %-8s %-30s gold %s%n", m.entity(), m.name(), m.goldKey());
            }
            System.out.println();
        }
        if (verbose) {
            List<Predicted> aligned = NameEval.align(goldMentions, local);
            for (int i = 0; i < goldMentions.size(); i++) {
                GoldMention g = goldMentions.get(i);
                if (aligned.get(i) == null) System.out.printf("    missed %s @%d-%d %s%n", g.file(), g.span().start(), g.span().end(), g.key());
            }
        }
        return 0;
    }
}
