package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.Parley;
import org.parley.annotate.Annotator;
import org.parley.corpus.CorpusResults;
import org.parley.corpus.LinkedArticle;
import org.parley.embed.TextEmbedder;
import org.parley.eval.CachingAnnotator;
import org.parley.eval.StoryEval;
import org.parley.link.ArticleLinker;
import org.parley.model.Article;
import org.parley.stories.Story;
import org.parley.stories.StoryOptions;
import org.parley.stories.StoryStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley eval stories --gold FILE --corpus DIR}: analyses the gold partition's articles (PolNeAR text
 * files named OUTLET_DATE_slug.txt, whose outlet and date are passed as article metadata, as a feed gives
 * them), clusters them into stories and scores the partition ({@link StoryEval}), with the all-singletons
 * baseline.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Scores story clustering (pairwise and B-cubed F1) against a gold partition of articles.")
public final class EvalStoriesCommand implements Callable<Integer> {
    private static final Pattern NAME = Pattern.compile("^([^_]+)_(\\d{4}-\\d{2}-\\d{2})_");

    @Option(names = "--gold", required = true, description = "Gold stories JSON (stories[].articles, singletons).")
    Path gold;

    @Option(names = "--corpus", required = true, description = "Folder with the articles' text files (searched recursively).")
    Path corpus;

    @Option(names = "--cache", description = "Folder to keep CoreNLP annotations in between runs (outside the repository).")
    Path cache;

    @Option(names = "--threshold", description = "Override the similarity threshold.")
    Double threshold;

    @Option(names = "--decay-days", description = "Override the time constant of the similarity decay.")
    Double decayDays;

    @Option(names = "--window-days", description = "Override the story window.")
    Integer windowDays;

    @Option(names = "--occasion-weight", description = "Weight of the main-event (occasion) signal; 0, the default, leaves it out.")
    Double occasionWeight;

    @Option(names = "--occasion-decay-days", description = "Override the time constant of the main-event (occasion) signal.")
    Double occasionDecayDays;

    @Option(names = "--member-floor", description = "Override the members' agreement floor (median embedding cosine with a story's members; 0 switches it off).")
    Double memberFloor;

    @Option(names = "--occasion-bonus", description = "Add this to an article's similarity with a story when a member names the same occasion (noun and date); 0, the default, leaves it out.")
    Double occasionBonus;

    @Option(names = "--size-exponent", description = "The threshold for a story of n articles is threshold * n^this; 0, the default, keeps one threshold.")
    Double sizeExponent;

    @Option(names = "--dated-occasion-bonus", description = "Add this to an article's similarity with a story when a member names one of its dated occasions (an occasion noun and its day in one sentence of the lead); 0 leaves it out.")
    Double datedOccasionBonus;

    @Option(names = "--sweep", description = "Also score thresholds from 0.10 to 0.40 (for tuning on the dev partition only).")
    boolean sweep;

    @Option(names = "--orders", description = "Also cluster the corpus in this many other input orders (seeded shuffles 1..N; the stage takes "
            + "articles by date, so this permutes articles of the same date) and print the spread of the scores: how much of a figure is the order.")
    int orders;

    @Option(names = "--dump", description = "Write the predicted stories with their gold labels to this file.")
    Path dump;

    @Option(names = "--pairs", description = "Write the similarity components of every article pair within the window to this TSV (error analysis).")
    Path pairs;

    @Option(names = "--articles", description = "Write every analysed article (entities, events, sentences; no text) to this JSONL file (error analysis).")
    Path articlesDump;

    @picocli.CommandLine.Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

    @Override public Integer call() throws IOException {
        Map<String, String> goldMap = StoryEval.readGold(gold);
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> goldMap.containsKey(p.getFileName().toString())).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("none of the gold articles is under " + corpus);
            return 1;
        }
        System.err.printf(Locale.ROOT, "parley: %d of %d gold articles found; analysing...%n", files.size(), goldMap.size());
        List<LinkedArticle> linked = new ArrayList<>();
        Annotator annotator = cache == null ? knowledge.createAnnotator() : new CachingAnnotator(cache, knowledge::createAnnotator);
        try (annotator) {
            Parley parley = knowledge.applyTo(Parley.builder().annotator(annotator)).build();
            ArticleLinker linker = new ArticleLinker();
            for (Path f : files) linked.add(linker.link(parley.analyze(article(f))));
        }
        if (articlesDump != null) writeArticles(linked);
        TextEmbedder embedder = new CachedEmbedder(Embedders.minilm());
        StoryOptions options = StoryOptions.defaults();
        if (threshold != null) options = options.withThreshold(threshold);
        if (decayDays != null) options = options.withDecayDays(decayDays);
        if (windowDays != null) options = options.withWindowDays(windowDays);
        if (occasionWeight != null) options = options.withOccasionWeight(occasionWeight);
        if (occasionDecayDays != null) options = options.withOccasionDecayDays(occasionDecayDays);
        if (memberFloor != null) options = options.withMemberFloor(memberFloor);
        if (occasionBonus != null) options = options.withOccasionBonus(occasionBonus);
        if (sizeExponent != null) options = options.withSizeExponent(sizeExponent);
        if (datedOccasionBonus != null) options = options.withDatedOccasionBonus(datedOccasionBonus);

        StoryEval.Scores baseline = StoryEval.score(goldMap, goldMap.keySet().stream().map(List::of).toList());
        System.out.println("All singletons (baseline):");
        System.out.print(baseline.table());
        System.out.println();
        if (sweep) {
            System.out.println("threshold  pairP  pairR  pairF1  B3-F1  predicted-pairs");
            for (int i = 10; i <= 40; i += 1) {
                StoryEval.Scores s = StoryEval.score(goldMap, members(cluster(linked, embedder, options.withThreshold(i / 100.0))));
                System.out.printf(Locale.ROOT, "%.2f       %.3f  %.3f  %.3f   %.3f  %d%n", i / 100.0, s.pairPrecision(), s.pairRecall(),
                        s.pairF1(), s.bcubedF1(), s.predictedPairs());
            }
            System.out.println();
        }
        List<Story> stories = cluster(linked, embedder, options);
        StoryEval.Scores scores = StoryEval.score(goldMap, members(stories));
        System.out.printf(Locale.ROOT, "Parley stories (window %d days, decay %.1f days, occasion weight %.1f, occasion decay %.1f days, member floor %.2f, occasion bonus %.2f, size exponent %.3f, dated occasion bonus %.2f, threshold %.3f): %d stories%n",
                options.windowDays(), options.decayDays(), options.occasionWeight(), options.occasionDecayDays(), options.memberFloor(), options.occasionBonus(),
                options.sizeExponent(), options.datedOccasionBonus(), options.threshold(), stories.size());
        System.out.print(scores.table());
        if (orders > 0) printOrders(linked, embedder, options, goldMap);
        if (pairs != null) writePairs(linked, embedder, options, goldMap);
        if (dump != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
                for (Story s : stories) {
                    w.println(s.id() + " " + s.title());
                    for (String a : s.articles()) w.println("    " + goldMap.get(a) + "  " + a);
                }
            }
        }
        return 0;
    }

    /**
     * Scores of the same clustering for {@link #orders} seeded shuffles of the input. Clustering is online and takes the
     * articles of one date in input order, so which article of a day starts a story (and which joins it) depends on that
     * order; a change smaller than this spread is not evidence (docs/quality.md, "Stories, round 8").
     */
    private void printOrders(List<LinkedArticle> linked, TextEmbedder embedder, StoryOptions options, Map<String, String> goldMap) {
        System.out.println();
        System.out.println("Input orders (seeded shuffles; articles of one date change places):");
        System.out.println("seed  pairP  pairR  pairF1  B3-F1");
        double[][] v = new double[orders][];
        for (int k = 0; k < orders; k++) {
            List<LinkedArticle> shuffled = new ArrayList<>(linked);
            Collections.shuffle(shuffled, new Random(k + 1));
            StoryEval.Scores s = StoryEval.score(goldMap, members(cluster(shuffled, embedder, options)));
            v[k] = new double[] {s.pairPrecision(), s.pairRecall(), s.pairF1(), s.bcubedF1()};
            System.out.printf(Locale.ROOT, "%-5d %.3f  %.3f  %.3f   %.3f%n", k + 1, v[k][0], v[k][1], v[k][2], v[k][3]);
        }
        String[] names = {"pairP", "pairR", "pairF1", "B3-F1"};
        for (int c = 0; c < names.length; c++) {
            double min = Double.MAX_VALUE, max = -Double.MAX_VALUE, sum = 0;
            for (double[] r : v) { min = Math.min(min, r[c]); max = Math.max(max, r[c]); sum += r[c]; }
            System.out.printf(Locale.ROOT, "%-6s min %.3f  mean %.3f  max %.3f%n", names[c], min, sum / orders, max);
        }
    }

    private void writeArticles(List<LinkedArticle> linked) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(articlesDump, StandardCharsets.UTF_8))) {
            for (LinkedArticle a : linked) {
                w.println(org.parley.write.Json.mapper().writeValueAsString(Map.of("id", a.article().id(), "title", String.valueOf(a.article().title()),
                        "entities", a.entities(), "sentences", a.sentences(), "events", a.events(), "timexes", a.timexes())));
            }
        }
    }

    private void writePairs(List<LinkedArticle> linked, TextEmbedder embedder, StoryOptions options, Map<String, String> goldMap)
            throws IOException {
        org.parley.stories.StoryPairDump.write(linked, embedder, options, goldMap, pairs);
        // How each signal ranks the pairs of the window (the bound any clustering of them works under)
        List<String> lines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        String[] head = lines.get(0).split("\t");
        long goldPairs = StoryEval.score(goldMap, goldMap.keySet().stream().map(List::of).toList()).goldPairs();
        System.out.printf(Locale.ROOT, "%nPairs within the window: %d (%d same-story of %d gold pairs)%n", lines.size() - 1,
                lines.stream().skip(1).filter(l -> l.startsWith("1")).count(), goldPairs);
        for (int c = 2; c <= 7; c++) {
            List<org.parley.eval.PairRanking.Pair> ps = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                String[] f = l.split("\t");
                ps.add(new org.parley.eval.PairRanking.Pair(f[0].equals("1"), Double.parseDouble(f[c])));
            }
            System.out.printf(Locale.ROOT, "%-10s AUC %.3f  %s%n", head[c], org.parley.eval.PairRanking.auc(ps),
                    org.parley.eval.PairRanking.topK(ps, goldPairs, 10, 25, 50, 100, 200));
        }
    }

    private static List<Story> cluster(List<LinkedArticle> linked, TextEmbedder embedder, StoryOptions options) {
        StoryStage stage = new StoryStage(embedder, options);
        linked.forEach(stage::accept);
        CollectingSink sink = new CollectingSink();
        stage.finish(CorpusResults.empty(), sink);
        List<Story> out = new ArrayList<>();
        for (Object o : sink.records(StoryStage.STORIES)) out.add((Story) o);
        return out;
    }

    private static List<Collection<String>> members(List<Story> stories) {
        return stories.stream().map(s -> (Collection<String>) s.articles()).toList();
    }

    /** The article as a feed gives it: outlet and date from the file name, title from the first line. */
    static Article article(Path f) throws IOException {
        String name = f.getFileName().toString();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String title = nl > 0 ? text.substring(0, nl).strip() : null;
        Matcher m = NAME.matcher(name);
        String outlet = m.find() ? m.group(1) : null;
        LocalDate date = outlet != null ? LocalDate.parse(m.group(2)) : null;
        return new Article(name, f.toString(), null, outlet, title, date, date == null ? null : "metadata", "en", null, text, null, null);
    }
}
