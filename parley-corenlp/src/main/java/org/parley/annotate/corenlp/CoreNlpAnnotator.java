package org.parley.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Annotator;
import org.parley.annotate.Deadline;
import org.parley.annotate.Dependency;
import org.parley.annotate.MissingParts;
import org.parley.annotate.NamedMention;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.annotate.corenlp.internal.DependencyParsing;
import org.parley.annotate.corenlp.internal.FineGrainedGazetteer;
import org.parley.annotate.corenlp.internal.TemporalCues;
import org.parley.clean.CleanText;
import org.parley.model.Stage;
import org.parley.time.DateRecognizer;

/**
 * The CoreNLP adapter: the one place CoreNLP types appear. Runs, over the cleaned text:
 * tokenize, ssplit, POS and lemmas on everything; the NER CRF(s) {@link Options#nerModels} names;
 * fine-grained NER (COUNTRY, NATIONALITY, CITY, TITLE, ...) from CoreNLP's own KBP gazetteers but
 * with a hash look-up ({@link FineGrainedGazetteer}) instead of TokensRegexNER; SUTime, anchored on
 * the article's publication date, on the sentences {@link Options#time} selects; the dependency
 * parser on the sentences {@link Options#parseFilter} selects. Converts everything into Parley
 * records whose offsets index the article's original text. See docs/performance.md for why each
 * choice is what it is.
 *
 * <p>Thread-safe. By default one set of models serves all threads (CoreNLP's annotators support
 * concurrent {@code annotate} calls on distinct documents); {@link Options#pipelinePerThread} loads
 * one set per worker thread instead.
 */
public final class CoreNlpAnnotator implements Annotator {

    /** Which CRF models label PERSON / ORGANIZATION / LOCATION / MISC. */
    public enum NerModels {
        /** english.all.3class: PERSON, ORGANIZATION, LOCATION; the largest training set. */
        THREE_CLASS("english.all.3class.distsim.crf.ser.gz"),
        /** english.conll.4class: adds MISC. */
        FOUR_CLASS("english.conll.4class.distsim.crf.ser.gz"),
        /** 3-class first, 4-class adds MISC where the first says O (CoreNLP's combination rule). */
        THREE_AND_FOUR("english.all.3class.distsim.crf.ser.gz", "english.conll.4class.distsim.crf.ser.gz"),
        /** CoreNLP's default three models (the MUC 7-class one adds only DATE/TIME/MONEY/PERCENT, which SUTime covers). */
        ALL("english.all.3class.distsim.crf.ser.gz", "english.muc.7class.distsim.crf.ser.gz",
                "english.conll.4class.distsim.crf.ser.gz");

        private final String[] files;

        NerModels(String... files) { this.files = files; }

        String property() {
            StringBuilder b = new StringBuilder();
            for (String f : files) b.append(b.length() == 0 ? "" : ",").append("edu/stanford/nlp/models/ner/").append(f);
            return b.toString();
        }
    }

    /** Where SUTime runs. */
    public enum TimeScope {
        /** Every sentence (CoreNLP's default). */
        ALL,
        /**
         * Only around temporal cues (a date-like number, a month, weekday, unit, season, part of day, holiday or
         * deictic word): each cue with 6 tokens before and 4 after, merged into stretches.
         */
        CUED,
        /**
         * As {@link #CUED}, but Parley's {@link DateRecognizer} reads each cue window first: a window whose every cue
         * word it reads keeps its expressions and is not given to SUTime (the common news forms: weekdays,
         * month-days, years, "last week", "yesterday", "three years", "two years ago").
         */
        RECOGNISED,
        /** Nowhere: no raw timexes. */
        NONE
    }

    /**
     * @param ner               run NER and SUTime (false: tokens, POS and lemmas only)
     * @param parse             run the dependency parser at all
     * @param parseFilter       which sentences to parse, given their tokens (see {@link ParseCues})
     * @param nerModels         which CRF models
     * @param fineGrained       fine-grained classes (COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE, TITLE, ...) on top of the CRF's
     * @param time              where SUTime runs
     * @param maxParseTokens    sentences longer than this are not parsed (lists and tables glued together)
     * @param pipelinePerThread one set of models per worker thread instead of one shared set (each set holds
     *                          its own parser table, 400 MB)
     * @param fastParser        evaluate the parser's network with Parley's code (same parses, 1.6-1.9x faster)
     */
    public record Options(boolean ner, boolean parse, Predicate<List<Token>> parseFilter, NerModels nerModels,
                          boolean fineGrained, TimeScope time, int maxParseTokens, boolean pipelinePerThread,
                          boolean fastParser) {

        /**
         * The original three-argument form; the other settings are the fast defaults. One CRF: the 4-class
         * model's MISC changed no time, event or quotation figure (docs/performance.md) and cost a tenth of
         * the annotation time.
         */
        public Options(boolean ner, boolean parse, Predicate<List<Token>> parseFilter) {
            this(ner, parse, parseFilter, NerModels.THREE_CLASS, true, TimeScope.RECOGNISED, 120, false, true);
        }

        /** Everything, parsing every sentence; fast model choices that keep quality (docs/performance.md). */
        public static Options full() { return new Options(true, true, tokens -> true); }

        /** Tokens, POS, lemmas, NER and SUTime; no dependency parse (enough for time normalisation). */
        public static Options noParse() { return new Options(true, false, tokens -> false); }

        /** As close to plain CoreNLP's NER as this adapter gets: three CRFs, SUTime on every sentence. */
        public static Options thorough() {
            return new Options(true, true, tokens -> true, NerModels.ALL, true, TimeScope.ALL, 120, false, true);
        }

        public Options withParseFilter(Predicate<List<Token>> filter) {
            return new Options(ner, parse, filter, nerModels, fineGrained, time, maxParseTokens, pipelinePerThread, fastParser);
        }

        public Options withNerModels(NerModels models) {
            return new Options(ner, parse, parseFilter, models, fineGrained, time, maxParseTokens, pipelinePerThread, fastParser);
        }

        public Options withTime(TimeScope scope) {
            return new Options(ner, parse, parseFilter, nerModels, fineGrained, scope, maxParseTokens, pipelinePerThread, fastParser);
        }

        public Options withMaxParseTokens(int max) {
            return new Options(ner, parse, parseFilter, nerModels, fineGrained, time, max, pipelinePerThread, fastParser);
        }

        public Options withPipelinePerThread(boolean perThread) {
            return new Options(ner, parse, parseFilter, nerModels, fineGrained, time, maxParseTokens, perThread, fastParser);
        }

        public Options withFastParser(boolean fast) {
            return new Options(ner, parse, parseFilter, nerModels, fineGrained, time, maxParseTokens, pipelinePerThread, fast);
        }
    }

    /** SUTime sees each temporal cue with this many tokens before and after it ("the first three months of last year"). */
    private static final int WINDOW_BEFORE = 6, WINDOW_AFTER = 4;
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> NOT_ENTITIES = Set.of("O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");

    private final Options options;
    private final Pipeline shared;
    private final ThreadLocal<Pipeline> perThread;
    private final FineGrainedGazetteer gazetteer;
    private final Map<String, LongAdder> stats = new ConcurrentHashMap<>();

    public CoreNlpAnnotator() { this(Options.full()); }

    public CoreNlpAnnotator(Options options) {
        this.options = options;
        if (options.pipelinePerThread()) {
            this.shared = null;
            this.perThread = ThreadLocal.withInitial(() -> new Pipeline(options));
        } else {
            this.shared = new Pipeline(options); // also loads the gazetteer, in the background
            this.perThread = null;
        }
        this.gazetteer = options.ner() && options.fineGrained() ? FineGrainedGazetteer.shared() : null;
    }

    public Options options() { return options; }

    /** The models of one worker. */
    private static final class Pipeline {
        final StanfordCoreNLP tokenizer;
        final POSTaggerAnnotator pos;
        final MorphaAnnotator lemma = new MorphaAnnotator(false);
        final NERCombinerAnnotator ner;
        final TimeAnnotator sutime;
        final DependencyParsing parser;

        Pipeline(Options o) {
            Properties p = properties(o);
            // Two loaders: the parser (and, the first time, the gazetteer) in the background while the
            // tagger, the CRFs and SUTime load here; about halves start-up on two cores.
            CompletableFuture<DependencyParsing> parsing = o.parse()
                    ? CompletableFuture.supplyAsync(() -> {
                        if (o.ner() && o.fineGrained()) FineGrainedGazetteer.shared();
                        return new DependencyParsing(o.fastParser());
                    }, LOADER)
                    : CompletableFuture.completedFuture(null);
            tokenizer = new StanfordCoreNLP(p, false);
            pos = new POSTaggerAnnotator("pos", p);
            try {
                ner = o.ner() ? new NERCombinerAnnotator(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the NER models", e);
            }
            sutime = o.ner() && o.time() != TimeScope.NONE ? new TimeAnnotator("sutime", p) : null;
            try {
                parser = parsing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    /** Loads models in the background; its threads never keep the JVM alive. */
    private static final Executor LOADER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parley-model-loader");
        t.setDaemon(true);
        return t;
    });

    static Properties properties(Options options) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        // The cleaner turns wrap newlines into spaces; every newline left ends a sentence (headlines, paragraphs).
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=true");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        p.setProperty("ner.model", options.nerModels().property());
        // SUTime, numbers and the fine-grained classes are done below, only where needed.
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "true");
        return p;
    }


    private Pipeline pipeline() { return shared != null ? shared : perThread.get(); }

    /**
     * Time (nanoseconds, summed over threads) per annotation step and counts (tokens, sentences,
     * sentences given to SUTime, sentences parsed) since this annotator was built.
     */
    public Map<String, Long> statistics() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String k : List.of("ns.tokenize", "ns.pos+lemma", "ns.ner.crf", "ns.ner.fine", "ns.sutime", "ns.parse",
                "ns.convert", "count.articles", "count.tokens", "count.sentences", "count.sentences.sutime",
                "count.windows.recognised", "count.windows.sutime", "count.sentences.parsed")) {
            LongAdder a = stats.get(k);
            out.put(k, a == null ? 0L : a.sum());
        }
        return out;
    }

    private void count(String key, long n) { stats.computeIfAbsent(key, k -> new LongAdder()).add(n); }

    private <T> T timed(String step, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            count("ns." + step, System.nanoTime() - t0);
        }
    }

    private void timed(String step, Runnable work) {
        timed(step, () -> { work.run(); return null; });
    }

    @Override
    public AnnotatedArticle annotate(CleanText clean) { return annotate(clean, Deadline.none()); }

    /**
     * Annotates sentence by sentence (in groups of {@value #GROUP}) so that {@code deadline} is checked
     * between groups in every step: a pathological article is given up within a group's time of its
     * budget, with the step and sentence where it stopped.
     */
    @Override
    public AnnotatedArticle annotate(CleanText clean, Deadline deadline) {
        Pipeline p = pipeline();
        Annotation doc = new Annotation(clean.cleaned());
        String docDate = clean.article().published() == null ? null : clean.article().published().toString();
        if (docDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        timed("tokenize", () -> p.tokenizer.annotate(doc));
        deadline.check("tokenize");
        List<CoreMap> sentencesFound = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> coreSentences = sentencesFound == null ? List.of() : sentencesFound;
        timed("pos+lemma", () -> inGroups(coreSentences, docDate, deadline, "pos", part -> {
            p.pos.annotate(part);
            p.lemma.annotate(part);
        }));
        List<List<CoreMap>> timexesBySentence = new ArrayList<>();
        MissingParts missing = new MissingParts();
        if (p.ner != null) {
            timed("ner.crf", () -> inGroups(coreSentences, docDate, deadline, "ner", p.ner::annotate));
            if (gazetteer != null) {
                timed("ner.fine", () -> {
                    for (CoreMap s : coreSentences) gazetteer.tag(s.get(CoreAnnotations.TokensAnnotation.class));
                });
            }
            if (p.sutime != null) {
                timexesBySentence = timed("sutime", () -> sutime(p.sutime, coreSentences, docDate, deadline, missing));
            }
        }

        List<List<CoreMap>> timexes = timexesBySentence;
        List<CoreMap> ss = coreSentences;
        List<List<Token>> tokensBySentence = timed("convert", () -> {
            List<List<Token>> out = new ArrayList<>();
            for (CoreMap s : ss) out.add(tokens(s, clean));
            return out;
        });
        timed("parse", () -> parseSelected(p, ss, tokensBySentence, deadline, missing));
        deadline.check("convert");

        return timed("convert", () -> {
            List<Sentence> sentences = new ArrayList<>(ss.size());
            List<NamedMention> mentions = new ArrayList<>();
            List<RawTimex> raw = new ArrayList<>();
            int tokenCount = 0;
            for (int i = 0; i < ss.size(); i++) {
                CoreMap s = ss.get(i);
                List<Token> tokens = tokensBySentence.get(i);
                tokenCount += tokens.size();
                SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                List<Dependency> deps = graph == null ? List.of() : dependencies(graph);
                int start = tokens.isEmpty() ? clean.toOriginal(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)) : tokens.get(0).start();
                int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
                sentences.add(new Sentence(i, start, end, tokens, deps, graph != null));
                mentions(i, tokens, clean, mentions);
                if (i < timexes.size()) for (CoreMap t : timexes.get(i)) timex(i, t, clean, raw);
            }
            count("count.articles", 1);
            count("count.tokens", tokenCount);
            count("count.sentences", ss.size());
            return new AnnotatedArticle(clean.article(), sentences, mentions, raw, missing.list());
        });
    }

    /**
     * SUTime on the selected sentences. A timex wholly inside a name ("Colorado Springs") is dropped (as
     * CoreNLP's NER does when its CRF labels win); the others label their tokens DATE, TIME,
     * DURATION or SET where the tokens had no entity label.
     */
    private List<List<CoreMap>> sutime(TimeAnnotator sutime, List<CoreMap> sentences, String docDate, Deadline deadline,
                                       MissingParts missing) {
        int[] timed = {0, 0, 0};
        List<List<CoreMap>> out = sutime(sutime, sentences, docDate, options.time(), deadline, missing, timed);
        count("count.sentences.sutime", timed[0]);
        count("count.windows.recognised", timed[1]);
        count("count.windows.sutime", timed[2]);
        return out;
    }

    /**
     * As above, for tests too: SUTime throws on some odd inputs; a sentence it fails on keeps no dates and is
     * listed in {@code missing} ("dates in sentence 12"), and the rest of the article is kept (docs/decisions.md).
     * {@code timedCount} (three counters) gains the sentences given to SUTime, the windows the recogniser read and
     * the windows given to SUTime.
     */
    static List<List<CoreMap>> sutime(TimeAnnotator sutime, List<CoreMap> sentences, String docDate, TimeScope scope,
                                      Deadline deadline, MissingParts missing, int[] timedCount) {
        List<List<CoreMap>> out = new ArrayList<>(sentences.size());
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        java.time.LocalDate published = docDate == null ? null : java.time.LocalDate.parse(docDate);
        for (CoreMap s : sentences) {
            int at = out.size();
            deadline.check("sutime", at, sentences.size());
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> found = new ArrayList<>();
            List<CoreMap> whole = scope == TimeScope.ALL ? List.of(s) : new ArrayList<>();
            if (scope != TimeScope.ALL) {
                List<int[]> windows = TemporalCues.windows(tokens, WINDOW_BEFORE, WINDOW_AFTER);
                // a sentence without a cue window has nothing to read (most sentences)
                List<DateRecognizer.Found> recognised = scope == TimeScope.RECOGNISED && published != null && !windows.isEmpty()
                        ? RECOGNIZER.find(words(tokens), tags(tokens), published) : List.of();
                for (int[] w : windows) {
                    List<DateRecognizer.Found> inWindow = new ArrayList<>();
                    for (DateRecognizer.Found f : recognised) if (f.from() < w[1] && f.to() > w[0]) inWindow.add(f);
                    int from = w[0];
                    if (scope == TimeScope.RECOGNISED
                            && DateRecognizer.covers(inWindow, tokens.size(), k -> k >= from && k < w[1] && TemporalCues.isCue(tokens.get(k).word())
                                    && !DateRecognizer.readsAsVerb(tokens.get(k).word(), tokens.get(k).tag()))) {
                        for (DateRecognizer.Found f : inWindow) if (f.form() != DateRecognizer.Form.NO_DATE) found.add(recognisedTimex(tokens, f));
                        timedCount[1]++;
                    } else {
                        whole.add(window(s, tokens, w[0], w[1]));
                        timedCount[2]++;
                    }
                }
            }
            if (!whole.isEmpty()) timedCount[0]++;
            // all SUTime windows of the sentence or none: SUTime's dates of a sentence are either all there or listed as
            // missing (the recogniser's, found without SUTime, stay)
            found.addAll(missing.orMissing(Stage.TIME, String.format(java.util.Locale.ROOT, "dates in sentence %,d", at + 1), "SUTime",
                    () -> {
                        List<CoreMap> all = new ArrayList<>();
                        for (CoreMap w : whole) all.addAll(sutimeOn(sutime, w, docDate, index));
                        return all;
                    }, List.of()));
            List<CoreMap> kept = new ArrayList<>();
            for (CoreMap t : found) {
                Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                Integer b = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer e = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (timex == null || b == null || e == null) continue;
                List<CoreLabel> inside = new ArrayList<>();
                for (CoreLabel l : tokens) if (l.beginPosition() >= b && l.endPosition() <= e) inside.add(l);
                if (inside.isEmpty()) continue;
                boolean allNamed = true;
                for (CoreLabel l : inside) allNamed &= l.ner() != null && !NOT_ENTITIES.contains(l.ner());
                if (allNamed) continue;
                String type = timex.timexType() == null ? "DATE" : timex.timexType();
                for (CoreLabel l : inside) if (l.ner() == null || l.ner().equals("O")) l.setNER(type);
                kept.add(t);
            }
            out.add(kept);
        }
        return out;
    }

    /** Parley's reader of the common date forms; its words are data (org/parley/time/recognizer.tsv). */
    private static final DateRecognizer RECOGNIZER = DateRecognizer.load();

    private static List<String> words(List<CoreLabel> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) out.add(t.word());
        return out;
    }

    private static List<String> tags(List<CoreLabel> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) out.add(t.tag() == null ? "" : t.tag());
        return out;
    }

    /** A recognised expression in the shape SUTime gives its own, so that both go the same way below. */
    private static CoreMap recognisedTimex(List<CoreLabel> tokens, DateRecognizer.Found f) {
        CoreMap m = new ArrayCoreMap();
        int begin = tokens.get(f.from()).beginPosition(), end = tokens.get(f.to() - 1).endPosition();
        m.set(TimeAnnotations.TimexAnnotation.class, new Timex(f.type().name(), f.value()));
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        m.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(f.from(), f.to()));
        StringBuilder text = new StringBuilder();
        for (CoreLabel t : tokens.subList(f.from(), f.to())) text.append(t.before() != null && text.length() > 0 ? t.before() : "").append(t.word());
        m.set(CoreAnnotations.TextAnnotation.class, text.toString());
        return m;
    }

    private static List<CoreMap> sutimeOn(TimeAnnotator sutime, CoreMap sentence, String docDate, SUTime.TimeIndex index) {
        List<CoreMap> found = sutime.annotateSingleSentence(sentence, docDate, index);
        return found == null ? List.of() : found;
    }

    /** Tokens [from, to) of a sentence as a sentence of their own, for SUTime. */
    private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
        if (from == 0 && to == tokens.size()) return sentence;
        List<CoreLabel> part = tokens.subList(from, to);
        ArrayCoreMap w = new ArrayCoreMap();
        w.set(CoreAnnotations.TokensAnnotation.class, part);
        w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
        w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, part.get(part.size() - 1).endPosition());
        Integer begin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (begin != null) {
            w.set(CoreAnnotations.TokenBeginAnnotation.class, begin + from);
            w.set(CoreAnnotations.TokenEndAnnotation.class, begin + to);
        }
        Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
        if (index != null) w.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        return w;
    }

    /** Sentences per call of a whole-document CoreNLP annotator: the deadline is checked between groups. */
    private static final int GROUP = 16;

    /**
     * Runs {@code step} (an annotator that loops over the sentences of the annotation it is given) on
     * groups of sentences, checking the deadline before each group. The annotators tag each sentence on
     * its own, so the result is the one of a single whole-document call.
     */
    private static void inGroups(List<CoreMap> sentences, String docDate, Deadline deadline, String name,
                                 java.util.function.Consumer<Annotation> step) {
        for (int from = 0; from < sentences.size(); from += GROUP) {
            deadline.check(name, from, sentences.size());
            List<CoreMap> group = sentences.subList(from, Math.min(sentences.size(), from + GROUP));
            Annotation part = new Annotation("");
            part.set(CoreAnnotations.SentencesAnnotation.class, group);
            // The NER annotator re-tokenises for its model and maps the labels back through the document's token list.
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreMap s : group) tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            part.set(CoreAnnotations.TokensAnnotation.class, tokens);
            if (docDate != null) part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
            step.accept(part);
        }
    }

    private void parseSelected(Pipeline p, List<CoreMap> coreSentences, List<List<Token>> tokensBySentence, Deadline deadline,
                               MissingParts missing) {
        if (p.parser == null) return;
        List<CoreMap> selected = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            List<Token> tokens = tokensBySentence.get(i);
            // Very long "sentences" are usually lists or tables glued together; parsing them is slow and useless.
            if (!tokens.isEmpty() && tokens.size() <= options.maxParseTokens() && options.parseFilter().test(tokens)) {
                selected.add(coreSentences.get(i));
                numbers.add(i + 1);
            }
        }
        count("count.sentences.parsed", selected.size());
        for (int i = 0; i < selected.size(); i++) {
            deadline.check("parse", i, selected.size());
            CoreMap sentence = selected.get(i);
            // the parser failing on a sentence costs its dependencies (so its events and quotations), listed as missing
            missing.orMissing(Stage.ANNOTATE, String.format(java.util.Locale.ROOT,
                    "dependencies in sentence %,d (no events or quotations from it)", numbers.get(i)), "the dependency parser",
                    () -> { p.parser.parse(sentence); return null; }, null); // attaches the graph to the shared sentence map
        }
    }

    private static List<Token> tokens(CoreMap sentence, CleanText clean) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> out = new ArrayList<>(labels.size());
        String original = clean.original();
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int start = clean.toOriginal(l.beginPosition());
            int end = clean.toOriginal(l.endPosition() - 1) + 1;
            String word = original.substring(start, end);
            out.add(new Token(i, start, end, word, l.lemma() == null ? word : l.lemma(), l.tag() == null ? "" : l.tag(),
                    l.ner() == null ? "O" : l.ner()));
        }
        return out;
    }

    private static List<Dependency> dependencies(SemanticGraph graph) {
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) out.add(new Dependency(-1, root.index() - 1, "root"));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        return out;
    }

    /**
     * Named mentions: maximal runs of tokens with the same entity label, plus gendered personal
     * pronouns as PERSON mentions (as CoreNLP's entity-mention builder does).
     */
    private static void mentions(int sentence, List<Token> tokens, CleanText clean, List<NamedMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String type = t.ner();
            if (NOT_ENTITIES.contains(type)) {
                if (t.pos().startsWith("PRP") && PERSON_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new NamedMention(sentence, i, i + 1, t.start(), t.end(), t.word(), "PERSON"));
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(type)) j++;
            int start = tokens.get(i).start();
            int end = tokens.get(j - 1).end();
            out.add(new NamedMention(sentence, i, j, start, end, clean.original().substring(start, end), type));
            i = j;
        }
    }

    private static void timex(int sentence, CoreMap m, CleanText clean, List<RawTimex> out) {
        Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
        int start = clean.toOriginal(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        int end = clean.toOriginal(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - 1) + 1;
        String value = t.value() != null ? t.value() : t.altVal();
        String type = t.timexType() == null ? "DATE" : t.timexType();
        if (!TIME_TYPES.contains(type)) type = "DATE";
        out.add(new RawTimex(sentence, start, end, clean.original().substring(start, end), type, value));
    }
}
