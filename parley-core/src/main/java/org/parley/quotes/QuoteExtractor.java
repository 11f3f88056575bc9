package org.parley.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.DependencyGraph;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.ArticleEntities;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Quote;
import org.parley.quotes.internal.Candidate;
import org.parley.quotes.internal.CueFinder;
import org.parley.quotes.internal.MarkedSpan;
import org.parley.quotes.internal.QuoteMarks;
import org.parley.quotes.internal.ScareQuoteRule;
import org.parley.quotes.internal.SourceNouns;
import org.parley.quotes.internal.SpeakerResolver;

/**
 * Stage 4 (quotes): finds quotations and reported speech and attributes them to speakers.
 *
 * <p>Two sources of evidence are combined. The dependency parse gives cue verbs with their subject
 * (source) and complement (content): "Putin said that ...", "..., Putin said". Quotation marks give
 * the extent of direct speech, which may cross sentences and paragraphs; a marked span that is
 * clause-like (see {@link ScareQuoteRule}) is attached to the cue whose content it overlaps, else to a
 * cue right after or before it in surface order ("," he said / said: "), else to the previous
 * quotation's speaker when it continues a quoted paragraph. Speakers are resolved to the article's
 * entities. Kinds and the scare-quote rule are documented in docs/quotes.md. Thread-safe.
 */
public final class QuoteExtractor {
    /** The stage's closed-class words (quotes/closed-words.tsv); read before the sets below that come from it. */
    private static final org.parley.knowledge.WordSets CLOSED = org.parley.knowledge.WordSets.resource("/org/parley/quotes/closed-words.tsv");
    /** Words before a colon that label a line rather than name a speaker. */
    /** Locative prepositions (a closed class): a place after one is where something happened, not who spoke. */
    private static final Set<String> LOCATIVE = CLOSED.get("locative");
    /** Named-entity types of places that are not states (a country may speak by metonymy: "Russia said"). */
    /** First- and second-person pronouns (a closed class): inside a quotation they are the quoted speaker or the listener. */
    private static final Set<String> SELF_OR_LISTENER = CLOSED.get("self_or_listener");
    private static final Set<String> PLACE_TYPES = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "FACILITY");
    /** Line labels that name no speaker ("UPDATE:", "The Latest:"), from {@code quotes/labels.tsv}. */
    private static final Set<String> LABELS = Set.copyOf(org.parley.knowledge.TsvLoader.words("/org/parley/quotes/labels.tsv"));

    private final ActorKnowledgeBase kb;
    private final CueLexicon lexicon;
    private final CueFinder finder;

    public QuoteExtractor(ActorKnowledgeBase kb) { this(kb, CueLexicon.builtIn()); }

    public QuoteExtractor(ActorKnowledgeBase kb, List<Path> extraCueFiles) { this(kb, CueLexicon.load(extraCueFiles)); }

    public QuoteExtractor(ActorKnowledgeBase kb, CueLexicon lexicon) {
        this.kb = kb;
        this.lexicon = lexicon;
        this.finder = new CueFinder(lexicon);
    }

    /** Attributions of {@code doc} in text order. A failure propagates (the runner reports the article). */
    public List<Quote> extract(AnnotatedArticle doc, ArticleEntities entities) {
        if (doc == null || doc.text() == null) return List.of();
        return new Run(doc, entities == null ? ArticleEntities.none() : entities).run();
    }

    private final class Run {
        final AnnotatedArticle doc;
        final ArticleEntities entities;
        final String text;
        /** {@code text} with hard-wrap newlines as spaces (same offsets): the paragraph layout quotation marks are read in. */
        final String layout;
        final List<Candidate> cands = new ArrayList<>();
        final Map<Integer, DependencyGraph> trees = new HashMap<>();
        final List<MarkedSpan> marks;
        final List<MarkedSpan> quotations = new ArrayList<>();
        final Map<MarkedSpan, Candidate> hostOf = new HashMap<>();

        Run(AnnotatedArticle doc, ArticleEntities entities) {
            this.doc = doc;
            this.entities = entities;
            this.text = doc.text();
            this.layout = unwrapped(doc);
            List<MarkedSpan> inText = new ArrayList<>();
            for (MarkedSpan m : QuoteMarks.find(layout)) if (doc.sentenceAt(m.start()) != null || doc.sentenceAt(m.innerStart()) != null) inText.add(m);
            this.marks = inText;
        }

        /**
         * The cleaner turns the newlines that only wrap a line into spaces before annotation, and every newline
         * it keeps ends a sentence; so a newline inside a sentence is a hard wrap, not a paragraph break.
         * Quotation marks are paired in this layout, so a quotation runs over the wrap ("We will\nhave to ...").
         */
        static String unwrapped(AnnotatedArticle doc) {
            char[] chars = doc.text().toCharArray();
            for (Sentence s : doc.sentences()) {
                for (int i = Math.max(0, s.start()); i < Math.min(chars.length, s.end()); i++) if (chars[i] == '\n' || chars[i] == '\r') chars[i] = ' ';
            }
            return new String(chars);
        }

        List<Quote> run() {
            for (Sentence s : doc.sentences()) {
                if (!s.parsed() || s.dependencies().isEmpty()) continue;
                DependencyGraph tree = new DependencyGraph(s);
                trees.put(s.index(), tree);
                for (Candidate c : finder.find(s, tree)) {
                    cands.add(c);
                    if (c.secondStart >= 0) cands.add(sharing(c, c.secondStart, c.secondEnd, "trailing-rest"));
                }
            }
            colonLines();
            tweetSignatures();
            cands.removeIf(this::notASpeaker);
            int headlineEnd = headlineEnd();
            for (MarkedSpan m : marks) {
                boolean inHeadline = m.start() < headlineEnd;
                if (ScareQuoteRule.clauseLike(m, doc) || inHeadline && words(m) >= 3 && !ScareQuoteRule.isLeadIn(m, doc)) quotations.add(m);
            }
            // a cue inside a quotation speaks within it: its content cannot leave the quotation
            cands.removeIf(c -> {
                for (MarkedSpan m : quotations) {
                    if (c.hasCue() && c.cueStart >= m.innerStart() && c.cueEnd <= m.innerEnd()
                            && c.hasContent() && (c.contentStart < m.start() || c.contentEnd > m.end())) return true;
                }
                return false;
            });
            // "I believe", "you see" inside a quotation: the quoted speaker speaking of themselves or to the
            // listener is part of their quotation, never an attribution of its own (it has no other speaker)
            cands.removeIf(c -> {
                if (!c.hasCue() || !c.hasSource()) return false;
                // the source's last word: the parse may run a vocative or an adverbial into it ("Russia, if you're listening, I")
                String[] words = text.substring(c.sourceStart, c.sourceEnd).toLowerCase(Locale.ROOT).split("[\\s,]+");
                if (words.length == 0 || !SELF_OR_LISTENER.contains(words[words.length - 1])) return false;
                for (MarkedSpan m : quotations) if (c.cueStart >= m.innerStart() && c.cueEnd <= m.innerEnd()) return true;
                return false;
            });
            for (int i = 0; i < quotations.size(); i++) {
                // a quote running over paragraphs is one chain: its cue usually follows the last part
                int j = i;
                while (j + 1 < quotations.size() && quotations.get(j).runsOn() && quotations.get(j + 1).continuation()) j++;
                if (j == i) attach(quotations.get(i));
                else attachChain(quotations.subList(i, j + 1));
                i = j;
            }
            headline(headlineEnd);
            List<Candidate> kept = outermost();
            for (Candidate c : kept) { clipSource(c); closeOpenMark(c); }
            for (Candidate c : kept) if (!c.hasSource() && c.continues == null) sourceOfGoverningCue(c, kept);
            for (Candidate c : kept) if (!c.hasSource() && c.continues == null) subjectOfPreviousSentence(c);
            kept.sort(Comparator.comparingInt((Candidate c) -> c.hasCue() ? c.cueStart : c.contentStart).thenComparingInt(c -> c.contentStart));
            SpeakerResolver resolver = new SpeakerResolver(doc, entities, kb);
            List<Candidate> done = new ArrayList<>();
            for (Candidate c : kept) {
                if (c.continues == null) c.speaker = resolver.resolve(c, done);
                if (c.continues == null && c.speaker == null && !c.hasSource()) c.speaker = implicitParties(c, done);
                done.add(c);
            }
            for (Candidate c : kept) if (c.continues != null) c.speaker = c.root().speaker;
            return toQuotes(kept);
        }

        /**
         * Speakers are people or organisations that speak: a source headed by an act, state, place or topic
         * ("According to the domestic conflict", "These themes discuss") or a place named as a venue
         * ("held at Versailles to celebrate") makes no attribution.
         */
        boolean notASpeaker(Candidate c) {
            if (!c.hasSource() || c.continues != null) return false;
            List<Token> src = tokensIn(c.sourceStart, c.sourceEnd);
            if (src.isEmpty()) return false;
            // "an ad that urges voters to ...", "a letter that says ...": a restrictive relative clause describes its noun;
            // what it reports belongs to the sentence around it, not to an attribution of its own (on the development
            // data 7 of 39 such sources were gold; "who" and "which" stay: half of them are)
            if (src.size() == 1 && src.get(0).pos().equals("WDT") && src.get(0).word().equalsIgnoreCase("that")) return true;
            if (SourceNouns.builtIn().excludes(src, c.cueClass, "according-to".equals(c.how))) return true;
            return isVenue(src);
        }

        /** A place name right after a locative preposition: `at Versailles`, `in Sochi`. */
        boolean isVenue(List<Token> src) {
            Token first = src.get(0);
            Sentence s = doc.sentenceAt(first.start());
            if (s == null || first.index() == 0) return false;
            Token before = s.tokens().get(first.index() - 1);
            if (!before.pos().equals("IN") || !LOCATIVE.contains(before.word().toLowerCase(Locale.ROOT))) return false;
            for (NamedMention m : doc.mentions()) {
                if (m.start() <= first.start() && first.start() < m.end() && PLACE_TYPES.contains(m.type())) return true;
            }
            return false;
        }

        List<Token> tokensIn(int start, int end) {
            List<Token> out = new ArrayList<>();
            Sentence s = doc.sentenceAt(start);
            if (s == null) return out;
            for (Token t : s.tokens()) if (t.start() >= start && t.end() <= end) out.add(t);
            return out;
        }

        /**
         * "'...,' said Devine, suggesting that ...", "Kiedis said, mentioning ...": a participle cue hung from another
         * cue (as dep, advcl, xcomp or conj) has no subject of its own; it speaks with the source the governing cue was
         * given, wherever that was found (after the verb, through the quotation, or by the parse).
         */
        void sourceOfGoverningCue(Candidate c, List<Candidate> kept) {
            if (c.cueToken < 0) return;
            DependencyGraph tree = trees.get(c.sentence);
            if (tree == null || !tree.token(c.cueToken).pos().equals("VBG")) return;
            if (!governingCue(c, kept, tree)) cueBeforeComma(c, kept, tree);
        }

        /**
         * `"...," Kiedis said, mentioning ...`: however the parser hung the participle, a participle cue right after
         * a cue, its subject or a short object and a comma (`said, adding`, `told reporters, while adding`) continues
         * that cue's speaker.
         */
        void cueBeforeComma(Candidate c, List<Candidate> kept, DependencyGraph tree) {
            int k = c.cueToken - 1;
            if (k > 0 && tree.token(k).pos().matches("IN|RB")) k--;
            if (k < 1 || !tree.token(k).word().equals(",")) return;
            for (Candidate o : kept) {
                Candidate g = o.root();
                if (o == c || o.sentence != c.sentence || o.cueToken < 0 || o.cueToken >= k || k - o.cueToken > 4 || !g.hasSource()) continue;
                boolean verbBetween = false;
                for (int i = o.cueToken + 1; i < k; i++) verbBetween |= tree.token(i).isVerb();
                if (verbBetween) continue;
                c.sourceStart = g.sourceStart;
                c.sourceEnd = g.sourceEnd;
                c.referentStart = g.referentStart;
                c.referentEnd = g.referentEnd;
                c.how = (c.how == null ? "parse" : c.how) + "+cue-before-comma";
                return;
            }
        }

        boolean governingCue(Candidate c, List<Candidate> kept, DependencyGraph tree) {
            int cur = c.cueToken;
            for (int hop = 0; hop < 3; hop++) {
                String r = DependencyGraph.base(tree.relation(cur));
                if (!(r.equals("dep") || r.equals("advcl") || r.equals("xcomp") || r.equals("conj"))) return false;
                cur = tree.head(cur);
                if (cur < 0) return false;
                int head = tree.token(cur).start();
                for (Candidate o : kept) {
                    Candidate g = o.root();
                    if (o == c || o.sentence != c.sentence || !g.hasSource()) continue;
                    // "Prices will rise, the minister said, adding that ...": the parser hung the participle from the
                    // reported clause; it continues the cue that reports that clause, standing between the two
                    boolean reports = o.cueToken > cur && o.cueToken < c.cueToken && o.hasContent()
                            && o.contentStart <= head && head < o.contentEnd;
                    if (o.cueToken != cur && !reports) continue;
                    c.sourceStart = g.sourceStart;
                    c.sourceEnd = g.sourceEnd;
                    c.referentStart = g.referentStart;
                    c.referentEnd = g.referentEnd;
                    c.how = (c.how == null ? "parse" : c.how) + "+governing-cue";
                    return true;
                }
            }
            return false;
        }

        /**
         * "It was agreed that ...": a reciprocal cue (two or more parties) with no subject in the text speaks for
         * the parties the article last named together, the latest joint speaker before it; null when there is none.
         */
        Candidate.SpeakerRef implicitParties(Candidate c, List<Candidate> done) {
            if (c.cueToken < 0) return null;
            DependencyGraph tree = trees.get(c.sentence);
            if (tree == null || !lexicon.reciprocal(tree.token(c.cueToken).lemma())) return null;
            for (int i = done.size() - 1; i >= 0; i--) {
                Candidate.SpeakerRef sp = done.get(i).speaker;
                if (sp != null && sp.group()) {
                    c.how = (c.how == null ? "parse" : c.how) + "+implicit-parties";
                    return sp;
                }
            }
            return null;
        }

        /** A source span reaching into a quotation (a parse slip: `..., the same," Dhuicq`) keeps what follows the last mark. */
        /**
         * Machine-translated news drops repeated subjects ("Putin and Macron discussed regional crises. ...,
         * expressed concern over ..."): a finite cue whose clause has no subject and nothing before it that could
         * be one speaks for the subject that opens the previous sentence of the same or the preceding paragraph.
         */
        void subjectOfPreviousSentence(Candidate c) {
            if (c.cueToken < 0) return;
            Sentence s = doc.sentences().get(c.sentence);
            DependencyGraph tree = trees.get(c.sentence);
            if (tree == null || s.index() == 0) return;
            Token cue = s.tokens().get(c.cueToken);
            if (!cue.pos().equals("VBD") && !cue.pos().equals("VBZ")) return;
            for (int i = 0; i < c.cueToken; i++) {
                Token t = s.tokens().get(i);
                if (!(t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("WP") || t.pos().equals("WDT") || t.pos().equals("EX"))) continue;
                String rel = DependencyGraph.base(tree.relation(i));
                // a noun inside a prepositional phrase or a modifier is no subject; anything else might be one
                if (!(rel.equals("obl") || rel.equals("nmod") || rel.equals("compound") || rel.equals("amod") || rel.equals("det")
                        || rel.equals("nmod:poss") || rel.equals("advmod") || rel.equals("obl:tmod") || rel.equals("obl:npmod"))) return;
            }
            Sentence prev = doc.sentences().get(s.index() - 1);
            if (text.substring(prev.end(), s.start()).chars().filter(ch -> ch == '\n').count() > 2) return;
            // the noun phrase that opens the previous sentence, up to its first verb
            List<Token> pt = prev.tokens();
            int first = 0, last = -1;
            if (pt.isEmpty() || !pt.get(0).pos().matches("DT|NNP|NNPS|NN|NNS|PRP|JJ|CD")) return;
            for (int i = 0; i < pt.size(); i++) {
                String pos = pt.get(i).pos();
                if (pos.startsWith("VB") || pos.equals("MD") || pos.equals(",") || pos.equals("IN") && i > 0) break;
                if (pt.get(i).isNoun() || pos.startsWith("PRP")) last = i;
            }
            if (last < first) return;
            c.sourceStart = pt.get(first).start();
            c.sourceEnd = pt.get(last).end();
            c.how = (c.how == null ? "parse" : c.how) + "+previous-subject";
        }

        void clipSource(Candidate c) {
            if (!c.hasSource() || c.continues != null) return;
            int cut = -1;
            for (int i = c.sourceStart; i < c.sourceEnd; i++) if (QuoteMarks.isQuoteChar(text.charAt(i)) && text.charAt(i) != '\'' && text.charAt(i) != '\u2019') cut = i;
            if (cut < 0) return;
            int s = cut + 1;
            while (s < c.sourceEnd && (Character.isWhitespace(text.charAt(s)) || ",;:-\u2014\u2013".indexOf(text.charAt(s)) >= 0)) s++;
            if (s < c.sourceEnd) c.sourceStart = s;
            else { c.sourceStart = -1; c.sourceEnd = -1; }
        }

        /** Content that opens a quotation but stops before its closing mark (`... "two plus two.`) takes the mark. */
        void closeOpenMark(Candidate c) {
            if (!c.hasContent()) return;
            int open = 0;
            for (int i = c.contentStart; i < c.contentEnd; i++) {
                char ch = text.charAt(i);
                if (ch == '\u201C' || ch == '\u00AB' || ch == '\u201E') open++;
                else if (ch == '\u201D' || ch == '\u00BB') open = Math.max(0, open - 1);
                else if (ch == '"') open = open > 0 ? open - 1 : 1;
            }
            if (open == 0) return;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[.,!?\u2026]?[\"\u201D\u00BB\u201C]").matcher(
                    text.substring(c.contentEnd, Math.min(text.length(), c.contentEnd + 2)));
            if (m.find()) c.contentEnd += m.end();
        }

        int words(MarkedSpan m) { return m.inner(text).strip().split("\\s+").length; }

        // ---- attaching marked quotations to cues ----

        void attach(MarkedSpan m) {
            Candidate host = null;
            int bestOverlap = 0;
            for (Candidate c : cands) {
                if (!c.hasContent() || c.cueStart >= m.start() && c.cueEnd <= m.end()) continue;
                int ov = Math.min(c.contentEnd, m.innerEnd()) - Math.max(c.contentStart, m.innerStart());
                int bonus = "speech".equals(c.cueClass) ? 1000 : 0;
                if (ov > 0 && ov + bonus > bestOverlap) { bestOverlap = ov + bonus; host = c; }
            }
            if (host != null) sourceOutside(m, host);
            if (host == null) host = cueAfter(m);
            if (host == null) host = cueBefore(m);
            if (host == null) host = nameColon(m);
            if (host != null) {
                host.cover(m.start(), m.end());
                hostOf.put(m, host);
                return;
            }
            Candidate prev = previousQuotation(m);
            if (prev == null) prev = speakerOfPreviousParagraph(m);
            if (prev != null) {
                Candidate c = sharing(prev, m.start(), m.end(), "continuation");
                c.confidence = prev.confidence * 0.85;
                cands.add(c);
                hostOf.put(m, c);
            }
        }

        /**
         * A speaker never sits inside the words they are quoted with: when the parse took a noun of the
         * quotation for the subject (`"... consumers, satellite operators," Putin said`), the source is the
         * short noun run between the closing mark and the cue (`Putin`), or right after a cue that follows the mark.
         */
        void sourceOutside(MarkedSpan m, Candidate host) {
            if (!host.hasCue() || host.cueStart < m.end()) return;
            if (host.hasSource() && (host.sourceStart < m.start() || host.sourceEnd > m.end())) return;
            // the cue must follow the mark closely (`," said Macron .`), not come sentences later
            if (!text.substring(m.end(), host.cueStart).matches("(?s)[\\s,\\-\u2014\u2013\u2015]*(\\S+\\s+){0,6}")) return;
            Sentence s = doc.sentenceAt(host.cueStart);
            if (s == null) return;
            List<Token> between = new ArrayList<>();
            List<Token> after = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (t.start() >= m.end() && t.end() <= host.cueStart) between.add(t);
                else if (t.start() >= host.cueEnd && after.size() < 9) after.add(t);
            }
            boolean onlyPunct = between.stream().allMatch(t -> isDashOrComma(t.word()));
            int[] src = onlyPunct ? nounRunAfter(after, 0) : nounRun(between, 0, between.size() - 1);
            if (src == null) return;
            host.sourceStart = src[0];
            host.sourceEnd = src[1];
            host.referentStart = -1;
            host.referentEnd = -1;
        }

        /** A multi-paragraph quotation: the part that finds a cue hosts the others as fragments of one attribution. */
        void attachChain(List<MarkedSpan> chain) {
            MarkedSpan anchor = null;
            for (int k = chain.size() - 1; k >= 0 && anchor == null; k--) {
                attach(chain.get(k));
                if (hostOf.containsKey(chain.get(k))) anchor = chain.get(k);
            }
            if (anchor == null) return;
            Candidate host = hostOf.get(anchor);
            for (MarkedSpan m : chain) {
                if (hostOf.containsKey(m)) continue;
                Candidate c = sharing(host, m.start(), m.end(), "continuation");
                cands.add(c);
                hostOf.put(m, c);
            }
        }

        /** A further content fragment of {@code host}'s attribution: same cue, source and speaker. */
        Candidate sharing(Candidate host, int start, int end, String how) {
            Candidate c = new Candidate();
            c.continues = host.root();
            c.sentence = sentenceIndex(start);
            c.cueStart = host.cueStart; c.cueEnd = host.cueEnd; c.cueToken = host.cueToken;
            c.sourceStart = host.sourceStart; c.sourceEnd = host.sourceEnd;
            c.referentStart = host.referentStart; c.referentEnd = host.referentEnd;
            c.contentStart = start; c.contentEnd = end;
            c.cueClass = host.cueClass;
            c.confidence = host.confidence;
            c.how = how;
            return c;
        }

        // ---- "NAME: words" lines (headlines, interview transcripts) ----

        final java.util.regex.Pattern colonLine = java.util.regex.Pattern.compile(
                // an optional all-capitals label and dash ("EXCLUSIVE – Name: ..."); the name; an optional audience or
                // venue ("Name to Voters: ...", "Name at Convention: ..."), which is not part of the speaker
                "^(?:[A-Z]{3,}\\s+[\u2013\u2014-]\\s+)?[\"\u201C]?((?:[A-Z][\\p{L}.'\u2019-]*|[A-Z]{2,})(?:\\s+(?:[A-Z][\\p{L}.'\u2019-]*|of|de|von|van|al-\\p{L}+)){0,3})"
                        + "(?:\\s+(?:to|at|on|before)\\s+(?:the\\s+)?[A-Z][\\p{L}.'\u2019-]*(?:\\s+[A-Z][\\p{L}.'\u2019-]*){0,3})?\\s*:\\s+(\\S.*)$",
                java.util.regex.Pattern.DOTALL);

        /** An embedded post as news pages print it: its text, a dash, the author's name and handle, and the date. */
        final java.util.regex.Pattern tweetSignature = java.util.regex.Pattern.compile(
                "(?:^|(?<=[>\n]))[ \t]*([^\n<>]{5,600}?)\\s+[\u2014\u2013]\\s+(\\p{Lu}[^()\n<>\u2014\u2013]{0,60}?\\s*\\(@\\w{1,15}\\))\\s+\\p{Lu}\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4}");

        /**
         * "Why isn't X wearing a hat? — Jane Roe (@janeroe) September 1, 2016": an embedded post is its author's
         * words; the signature after the dash names the speaker (name and handle) and the dash is the cue.
         */
        void tweetSignatures() {
            java.util.regex.Matcher m = tweetSignature.matcher(text);
            while (m.find()) {
                if (doc.sentenceAt(m.start(1)) == null) continue;
                Candidate c = new Candidate();
                c.sentence = sentenceIndex(m.start(1));
                c.contentStart = m.start(1);
                c.contentEnd = m.end(1);
                int dash = m.end(1);
                while (dash < m.start(2) && text.charAt(dash) != '\u2014' && text.charAt(dash) != '\u2013') dash++;
                c.cueStart = dash;
                c.cueEnd = dash + 1;
                c.sourceStart = m.start(2);
                c.sourceEnd = m.end(2);
                c.cueClass = "speech";
                c.confidence = 0.8;
                c.how = "post-signature";
                cands.add(c);
            }
        }

        /** A colon line's name that is a label: listed (after an article "the"), or opening with a listed word ("Follow X"). */
        boolean label(String name) {
            String n = name.toLowerCase(Locale.ROOT).strip();
            if (n.startsWith("the ")) n = n.substring(4);
            String first = n.split("\\s+")[0];
            return LABELS.contains(n) || first.length() > 2 && LABELS.contains(first) && n.contains(" ");
        }

        void colonLines() {
            for (int[] p : QuoteMarks.paragraphs(layout)) {
                if (doc.sentenceAt(p[0]) == null) continue;
                java.util.regex.Matcher m = colonLine.matcher(text.substring(p[0], p[1]));
                if (!m.find() || m.end(1) > 40) continue;
                String name = m.group(1);
                if (label(name) || name.matches("(?i).*\\b(said|says|told|added)\\b.*")) continue;
                // "Clinton: 1,769." (a tally line) says nothing: the text after the colon must hold a word
                if (!m.group(2).matches("(?s).*\\p{L}{2}.*")) continue;
                Candidate c = new Candidate();
                c.sentence = sentenceIndex(p[0]);
                c.sourceStart = p[0] + m.start(1);
                c.sourceEnd = p[0] + m.end(1);
                // a speaker is named by a noun or pronoun: "Contributing:", "According:" (a participle or a bare
                // preposition before the colon) label the line
                if (tokensIn(c.sourceStart, c.sourceEnd).stream().noneMatch(t -> t.isNoun() || t.pos().startsWith("PRP"))) continue;
                int colon = text.indexOf(':', c.sourceEnd);
                c.cueStart = colon;
                c.cueEnd = colon + 1;
                c.contentStart = p[0] + m.start(2);
                c.contentEnd = p[1];
                c.cueClass = "speech";
                c.confidence = 0.7;
                c.how = "colon";
                cands.add(c);
            }
        }

        // ---- one attribution per stretch of text: the outermost wins ----

        /**
         * Keeps attributions whose cue is not inside another kept attribution's content: what a quoted
         * speaker says others said or think is part of their quotation, not a separate attribution.
         * Outer (longer) contents are decided first; a continuation stands or falls with its root.
         */
        List<Candidate> outermost() {
            List<Candidate> roots = new ArrayList<>();
            Map<Candidate, List<Candidate>> groups = new HashMap<>();
            for (Candidate c : cands) {
                if (!c.hasContent()) continue;
                Candidate r = c.root();
                if (!r.hasContent() && r != c) continue;
                groups.computeIfAbsent(r, k -> new ArrayList<>()).add(c);
                if (r == c) roots.add(c);
            }
            roots.sort(Comparator.comparingInt((Candidate c) -> -(groupLength(groups.get(c)))));
            List<Candidate> kept = new ArrayList<>();
            for (Candidate r : roots) {
                List<Candidate> group = groups.get(r);
                boolean nested = false;
                for (Candidate k : kept) {
                    if (r.hasCue() && k.contentStart <= r.cueStart && r.cueEnd <= k.contentEnd) nested = true;
                    for (Candidate g : group) if (k.continues == null && k.hasCue() && g.contentStart <= k.cueStart && k.cueEnd <= g.contentEnd) nested = true;
                }
                if (!nested) kept.addAll(group);
            }
            return kept;
        }

        int groupLength(List<Candidate> group) {
            int n = 0;
            for (Candidate c : group) n += c.contentEnd - c.contentStart;
            return n;
        }

        int sentenceIndex(int offset) {
            Sentence s = doc.sentenceAt(offset);
            return s == null ? -1 : s.index();
        }

        /** The cue right after the closing mark: `," he said`, `" - said Putin`, `, "Putin added`. */
        Candidate cueAfter(MarkedSpan m) {
            Sentence s = doc.sentenceAt(Math.max(m.start(), m.end() - 1));
            if (s == null) return null;
            List<Token> after = new ArrayList<>();
            Sentence cur = s;
            while (cur != null && after.size() < 9) {
                for (Token t : cur.tokens()) if (t.start() >= m.end() && after.size() < 9) after.add(t);
                // a quotation ending its sentence may have the cue in the next one: `... end." He said.` is rare; stop at text
                if (!after.isEmpty() || cur.index() + 1 >= doc.sentences().size()) break;
                Sentence next = doc.sentences().get(cur.index() + 1);
                if (next.start() - m.end() > 3) break;
                cur = next;
            }
            int i = 0;
            while (i < after.size() && isDashOrComma(after.get(i).word())) i++;
            if (i >= after.size()) return null;
            // `"... end." He said` starts a new sentence; `"...," he said` and `" - said X` continue this one
            String inner = m.inner(text).strip();
            boolean continues = inner.matches("(?s).*[,?!\\-\u2014\u2013\u2026]$") || i > 0;
            if (!continues) return null;
            if (!text.substring(m.end(), after.get(i).start()).matches("[\\s,\\-\u2014\u2013\u2015:]*")) return null;
            for (int j = i; j < Math.min(after.size(), i + 7); j++) {
                Token t = after.get(j);
                if (t.word().matches("[.;?!\"\u201C\u201D]")) break;
                if (j == i && i > 0 && isDash(text.substring(m.end(), t.start()))) {
                    // `"..." - Sonya Smith` (vox pops, epigraphs): the dash is the cue, a name follows
                    int[] name = nameRun(after, i);
                    if (name != null) {
                        Candidate c = new Candidate();
                        c.sentence = sentenceIndex(t.start());
                        Token dash = after.get(i - 1);
                        c.cueStart = dash.start(); c.cueEnd = dash.end();
                        c.sourceStart = name[0]; c.sourceEnd = name[1];
                        c.cueClass = "speech";
                        c.confidence = 0.8;
                        c.how = "dash-name";
                        cands.add(c);
                        return c;
                    }
                }
                CueLexicon.Cue cue = t.isVerb() ? lexicon.verb(t.lemma()) : null;
                if (cue == null || !cue.speech() && !"cognition".equals(cue.cueClass())) continue;
                Candidate existing = byCueToken(t);
                Candidate c = Candidate.forCue(sentenceIndex(t.start()), existing == null ? -1 : existing.cueToken, cue, "after-quote");
                c.cueStart = existing == null ? t.start() : existing.cueStart;
                c.cueEnd = t.end();
                // a source the parse found inside the quotation itself ("we" of the quoted words) is no speaker
                boolean sourceInside = existing != null && existing.hasSource()
                        && existing.sourceStart >= m.start() && existing.sourceEnd <= m.end();
                if (existing != null && existing.hasSource() && !sourceInside) {
                    c.sourceStart = existing.sourceStart; c.sourceEnd = existing.sourceEnd;
                    c.referentStart = existing.referentStart; c.referentEnd = existing.referentEnd;
                } else {
                    int[] src = j > i ? nounRun(after, i, j - 1) : nounRunAfter(after, j + 1);
                    if (src != null) { c.sourceStart = src[0]; c.sourceEnd = src[1]; }
                }
                // a parse that took the speaker after the cue for its object (`" - said Makron`) gave a
                // content that is really the source: drop that reading
                boolean contentIsSource = existing != null && existing.hasContent() && c.sourceStart >= 0
                        && existing.contentStart < c.sourceEnd && c.sourceStart < existing.contentEnd;
                if (existing != null && (!existing.hasContent() || contentIsSource)) cands.remove(existing);
                else if (existing != null && existing.contentStart >= t.end()) {
                    // the cue also introduces later content (", he said, adding ..."): keep both
                }
                cands.add(c);
                return c;
            }
            return null;
        }

        /** The cue right before the opening mark in the same or previous sentence: `Putin said: "`, `said, "`. */
        Candidate cueBefore(MarkedSpan m) {
            String lead = text.substring(Math.max(0, m.start() - 3), m.start());
            if (!lead.matches("(?s).*[:,]\\s*$") && !lead.matches("(?s).*[:]\\s*\\n?\\s*$")) {
                // no colon or comma right before: only an explicit cue with its content missing in the same sentence
            }
            Candidate best = null;
            for (Candidate c : cands) {
                if (!c.hasCue() || c.cueEnd > m.start() || m.start() - c.cueEnd > 60) continue;
                if (c.hasContent() && !(c.contentEnd <= m.start() && text.substring(c.contentEnd, m.start()).matches("[\\s,:]*"))) {
                    if (c.hasContent()) continue;
                }
                String between = text.substring(c.cueEnd, m.start());
                boolean adjacent = between.matches("(?s)[^.!?\"\u201C\u201D]{0,50}[:,]\\s*") || between.matches("\\s*");
                if (!adjacent) continue;
                if (!"speech".equals(c.cueClass) && !c.hasContent()) continue;
                if (best == null || c.cueEnd > best.cueEnd) best = c;
            }
            return best != null ? best : surfaceCueBefore(m);
        }

        /**
         * `... doesn't surprise pollster Jane Roe: "..."`, `More from Roe: "..."`: a quotation opened right after a
         * colon that follows a person or organisation name; the name is the speaker, the colon the cue.
         */
        Candidate nameColon(MarkedSpan m) {
            int colon = m.start() - 1;
            while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) colon--;
            if (colon < 1 || text.charAt(colon) != ':') return null;
            int end = colon;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            for (NamedMention n : doc.mentions()) {
                if (n.end() != end || !(n.type().equals("PERSON") || n.type().equals("ORGANIZATION"))) continue;
                if (doc.sentenceAt(n.start()) == null || text.substring(n.start(), m.start()).contains("\n\n")) continue;
                Candidate c = new Candidate();
                c.sentence = sentenceIndex(n.start());
                c.sourceStart = n.start();
                c.sourceEnd = n.end();
                c.cueStart = colon;
                c.cueEnd = colon + 1;
                c.cueClass = "speech";
                c.confidence = 0.7;
                c.how = "name-colon";
                cands.add(c);
                return c;
            }
            return null;
        }

        /** Without a parse: `Putin said: "` / `The minister added, "`: a speech verb, then only a comma or colon. */
        Candidate surfaceCueBefore(MarkedSpan m) {
            Sentence s = doc.sentenceAt(m.start());
            if (s == null || s.parsed() && !s.dependencies().isEmpty()) return null;
            List<Token> toks = s.tokens();
            int verb = -1;
            for (Token t : toks) {
                if (t.end() > m.start()) break;
                CueLexicon.Cue cue = t.isVerb() ? lexicon.verb(t.lemma()) : null;
                if (cue != null && cue.speech()) verb = t.index();
            }
            if (verb < 0) return null;
            String between = text.substring(toks.get(verb).end(), m.start());
            if (!between.matches("(?s)[^.!?\"\u201C\u201D]{0,50}[:,]\\s*")) return null;
            int from = verb - 1;
            while (from >= 0 && !toks.get(from).word().matches("[\\p{Punct}\u2014\u2013\u201C\u201D]+") && verb - from <= 6) from--;
            Candidate c = new Candidate();
            c.sentence = s.index();
            c.cueStart = toks.get(verb).start();
            c.cueEnd = toks.get(verb).end();
            c.cueClass = "speech";
            c.confidence = 0.8;
            c.how = "before-quote";
            if (from + 1 < verb) { c.sourceStart = toks.get(from + 1).start(); c.sourceEnd = toks.get(verb - 1).end(); }
            cands.add(c);
            return c;
        }

        Candidate byCueToken(Token t) {
            for (Candidate c : cands) if (c.hasCue() && c.cueEnd == t.end() && c.cueStart <= t.start() && c.continues == null) return c;
            return null;
        }

        boolean isDashOrComma(String w) { return w.matches("[,\\-\u2014\u2013\u2015:]+"); }

        boolean isDash(String between) { return between.strip().matches("[\\-\u2014\u2013\u2015]+|--"); }

        /** A run of capitalised words (a name) starting at {@code from} and ending the line or before a comma. */
        int[] nameRun(List<Token> toks, int from) {
            int e = from - 1;
            for (int k = from; k < toks.size() && k < from + 5; k++) {
                String w = toks.get(k).word();
                if (!Character.isUpperCase(w.charAt(0)) && !w.equals(".")) break;
                if (w.equals(".")) break;
                e = k;
            }
            if (e < from) return null;
            int endChar = toks.get(e).end();
            String rest = text.substring(endChar, Math.min(text.length(), endChar + 2));
            if (!(rest.isEmpty() || rest.startsWith("\n") || rest.startsWith(",") || rest.startsWith("."))) return null;
            return new int[] {toks.get(from).start(), endChar};
        }

        /** The source named between a closing mark and its cue: "Putin", "the French leader", "he". */
        int[] nounRun(List<Token> toks, int from, int to) {
            int s = from, e = to;
            while (s <= e && isDashOrComma(toks.get(s).word())) s++;
            if (s > e || e - s > 7) return null;
            return new int[] {toks.get(s).start(), toks.get(e).end()};
        }

        /** The source after the cue: "said Putin", "added the Russian president, who ...". */
        int[] nounRunAfter(List<Token> toks, int from) {
            // `"...", – reported in the Kremlin`: an institution named with the article after "in"/"by" speaks
            if (from + 2 < toks.size() && toks.get(from).word().matches("(?i)in|by|from") && toks.get(from + 1).word().equalsIgnoreCase("the")
                    && toks.get(from + 2).pos().startsWith("NNP")) from++;
            int e = from - 1;
            for (int k = from; k < toks.size(); k++) {
                Token t = toks.get(k);
                if (t.word().matches("[\\p{Punct}\u2014\u2013\u201C\u201D]+") || t.pos().equals("IN") && !t.word().equalsIgnoreCase("of")
                        || t.pos().equals("TO") || t.pos().startsWith("W") || t.isVerb() || t.pos().equals("RB") && k > from) break;
                e = k;
            }
            return e < from ? null : new int[] {toks.get(from).start(), toks.get(e).end()};
        }

        /** The attributed quotation this one continues: same paragraph, or the next paragraph opening with a mark. */
        Candidate previousQuotation(MarkedSpan m) {
            MarkedSpan prevMark = null;
            for (MarkedSpan o : quotations) {
                if (o.start() >= m.start()) break;
                if (hostOf.containsKey(o)) prevMark = o;
            }
            if (prevMark == null) return null;
            Candidate host = hostOf.get(prevMark);
            boolean sameParagraph = prevMark.paragraph() == m.paragraph() && ScareQuoteRule.startsSentence(m, doc);
            boolean nextParagraph = m.paragraph() == prevMark.paragraph() + 1 && (m.continuation() || paragraphOpensWith(m));
            if (!sameParagraph && !nextParagraph) return null;
            // a quoted line without closing punctuation is a subheading (`'We back the operation'`), not more speech
            if (!sameParagraph && !m.runsOn() && !m.inner(text).strip().matches("(?s).*[.!?\u2026,;:]$")
                    && !text.substring(m.end(), Math.min(text.length(), m.end() + 1)).matches("[.!?\u2026,;:]")) return null;
            // no other cue between the two quotations (another speaker may have been introduced)
            for (Candidate c : cands) {
                if (c != host && c.hasCue() && c.cueStart > prevMark.end() && c.cueEnd < m.start() && "speech".equals(c.cueClass)) return null;
            }
            return host;
        }

        /**
         * `Her friends mocked him, calling him "a buffoon," Susan said as she turned.` then a paragraph that is only
         * a quotation (`"But he's our buffoon!"`): a quotation opening its paragraph with no cue of its own continues
         * the last speech cue of the previous paragraph, even when that one reported no quotation (news convention).
         */
        Candidate speakerOfPreviousParagraph(MarkedSpan m) {
            // a quotation whose opening mark was lost (reconstructed at the paragraph start) may be reported speech
            // with a cue of its own ("He also stressed that ... ."): only a real opening mark continues a speaker
            if (!paragraphOpensWith(m) || m.paragraph() == 0 || m.unbalanced()) return null;
            if (!m.runsOn() && !m.inner(text).strip().matches("(?s).*[.!?…,;:]$")
                    && !text.substring(m.end(), Math.min(text.length(), m.end() + 1)).matches("[.!?…,;:]")) return null;
            List<int[]> paras = QuoteMarks.paragraphs(layout);
            if (m.paragraph() >= paras.size()) return null;
            int[] prev = paras.get(m.paragraph() - 1);
            Candidate last = null;
            for (Candidate c : cands) {
                if (!c.hasCue() || c.cueStart < prev[0] || c.cueEnd > m.start()) continue;
                if (last == null || c.cueStart > last.cueStart) last = c;
            }
            if (last == null || !"speech".equals(last.cueClass) || last.continues != null || !last.hasSource() || last.cueStart > prev[1]) return null;
            return last;
        }

        boolean paragraphOpensWith(MarkedSpan m) {
            for (int[] p : QuoteMarks.paragraphs(layout)) if (p[0] == m.start()) return true;
            return false;
        }

        // ---- headlines ----

        /** End offset of the headline: the first sentence when it is a line of its own without a final period. */
        int headlineEnd() {
            if (doc.sentences().isEmpty()) return -1;
            Sentence first = doc.sentences().get(0);
            String line = text.substring(first.start(), first.end()).strip();
            boolean ownLine = first.end() >= text.length() || text.indexOf('\n', first.end()) >= 0
                    && text.substring(first.end(), text.indexOf('\n', first.end())).isBlank();
            if (!ownLine || line.length() > 200 || line.endsWith(".") && !line.endsWith("..")) return -1;
            return first.end();
        }

        void headline(int headlineEnd) {
            if (headlineEnd < 0) return;
            for (MarkedSpan m : quotations) {
                if (m.start() >= headlineEnd || hostOf.containsKey(m)) continue;
                Candidate body = bodyQuoteRepeating(m, headlineEnd);
                Candidate c = new Candidate();
                c.sentence = 0;
                c.contentStart = m.start();
                c.contentEnd = m.end();
                c.how = "headline";
                c.cueClass = "speech";
                int[] name = headlineName(m, headlineEnd);
                if (name != null) {
                    c.sourceStart = name[0]; c.sourceEnd = name[1];
                    c.confidence = 0.75;
                } else if (body != null) {
                    c.continues = body.root();
                    c.confidence = 0.7;
                } else {
                    Candidate dominant = dominantSpeaker(headlineEnd);
                    if (dominant == null) continue;
                    c.continues = dominant.root();
                    c.confidence = 0.5;
                }
                cands.add(c);
                hostOf.put(m, c);
            }
        }

        /** A body quotation sharing most content words with the headline quote. */
        Candidate bodyQuoteRepeating(MarkedSpan m, int headlineEnd) {
            Set<String> hw = contentWords(m.inner(text));
            if (hw.isEmpty()) return null;
            Candidate best = null;
            double bestScore = 0.5;
            for (Candidate c : cands) {
                if (!c.hasContent() || c.contentStart < headlineEnd) continue;
                Set<String> cw = contentWords(text.substring(c.contentStart, c.contentEnd));
                int shared = 0;
                for (String w : hw) if (cw.contains(w)) shared++;
                double score = shared / (double) hw.size();
                if (score > bestScore) { bestScore = score; best = c; }
            }
            return best;
        }

        /** "Putin: 'We back France'" or "'We back France' - Putin". */
        int[] headlineName(MarkedSpan m, int headlineEnd) {
            Sentence s = doc.sentences().get(0);
            String before = text.substring(s.start(), m.start());
            String after = text.substring(m.end(), headlineEnd);
            java.util.regex.Matcher pre = java.util.regex.Pattern.compile("^(.{2,60}?)\\s*:\\s*$").matcher(before);
            if (pre.find()) return trimmed(s.start() + pre.start(1), s.start() + pre.end(1));
            java.util.regex.Matcher post = java.util.regex.Pattern.compile("^\\s*[:\\-\u2014\u2013,]\\s*([\\p{L} .'\u2019-]{2,60}?)\\s*$").matcher(after);
            if (post.find()) return trimmed(m.end() + post.start(1), m.end() + post.end(1));
            return null;
        }

        int[] trimmed(int s, int e) {
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            return e > s ? new int[] {s, e} : null;
        }

        /** The speaker of most body quotations, when one speaker clearly dominates. */
        Candidate dominantSpeaker(int headlineEnd) {
            Map<String, Integer> count = new HashMap<>();
            Map<String, Candidate> first = new HashMap<>();
            int total = 0;
            for (Candidate c : cands) {
                if (!c.hasContent() || !c.hasSource() || c.contentStart < headlineEnd || !"speech".equals(c.cueClass)) continue;
                String key = text.substring(c.sourceStart, c.sourceEnd).toLowerCase(Locale.ROOT);
                if (key.matches("he|she|they|i|we|it")) continue;
                String last = key.replaceAll(".*\\s", "");
                count.merge(last, 1, Integer::sum);
                first.putIfAbsent(last, c);
                total++;
            }
            for (Map.Entry<String, Integer> e : count.entrySet()) {
                if (e.getValue() >= 2 && e.getValue() * 3 >= total * 2) return first.get(e.getKey());
            }
            return null;
        }

        Set<String> contentWords(String s) {
            Set<String> out = new HashSet<>();
            for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 3) out.add(w);
            return out;
        }

        // ---- output ----

        List<Quote> toQuotes(List<Candidate> kept) {
            List<Quote> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String article = doc.article().id();
            for (Candidate c : kept) {
                int cs = c.contentStart, ce = c.contentEnd;
                String key = cs + ":" + ce + ":" + c.cueStart;
                if (!seen.add(key)) continue;
                String kind = kind(c);
                Quote.TextSpan content = new Quote.TextSpan(cs, ce, text.substring(cs, ce));
                Quote.TextSpan cue = c.hasCue() ? new Quote.TextSpan(c.cueStart, c.cueEnd, text.substring(c.cueStart, c.cueEnd)) : null;
                Quote.TextSpan source = c.hasSource() ? new Quote.TextSpan(c.sourceStart, c.sourceEnd, text.substring(c.sourceStart, c.sourceEnd)) : null;
                Quote.Speaker speaker = speaker(c.speaker);
                // an unquoted report that no one in the text makes (an agentless passive, "seemed to", "appeared
                // to") is the writer's own statement, not an attribution; quoted words stay, speaker or not
                if (source == null && speaker == null && (kind.equals("indirect") || kind.equals("unquoted"))) continue;
                double conf = c.confidence;
                if (speaker == null) conf *= 0.7;
                else if (speaker.entity() != null || speaker.members() != null && !speaker.members().isEmpty()) conf = Math.min(0.99, conf + 0.05);
                conf = Math.round(conf * 100) / 100.0;
                out.add(new Quote(article + ":q" + (out.size() + 1), article, kind, content, cue, source, speaker, conf));
            }
            return out;
        }

        Quote.Speaker speaker(Candidate.SpeakerRef r) {
            if (r == null) return null;
            List<Quote.Speaker> members = r.members() == null ? null : r.members().stream().map(this::speaker).toList();
            return new Quote.Speaker(r.entity(), r.name(), r.country(), r.sector(), members);
        }

        String kind(Candidate c) {
            boolean anyMark = false;
            boolean whollyQuoted = false;
            for (MarkedSpan m : marks) {
                if (m.start() >= c.contentStart && m.end() <= c.contentEnd) {
                    // names and scare quotes ("two plus two") do not make reported speech a quotation
                    if (quotations.contains(m) || words(m) >= 4) anyMark = true;
                    if (quotations.contains(m)) {
                        String outside = text.substring(c.contentStart, m.start()) + text.substring(m.end(), c.contentEnd);
                        if (!outside.matches("(?s).*[\\p{L}\\p{N}].*")) whollyQuoted = true;
                    }
                }
            }
            if (whollyQuoted || "continuation".equals(c.how) || "headline".equals(c.how)) return "direct";
            if ("colon".equals(c.how) && !anyMark) return "unquoted"; // a transcript line: direct speech without marks
            if (anyMark) {
                // several quoted paragraphs under one cue are still one direct quotation
                String stripped = text.substring(c.contentStart, c.contentEnd);
                for (MarkedSpan m : marks) {
                    if (m.start() >= c.contentStart && m.end() <= c.contentEnd && (quotations.contains(m) || words(m) >= 4)) {
                        stripped = stripped.replace(text.substring(m.start(), m.end()), "");
                    }
                }
                return stripped.matches("(?s).*[\\p{L}\\p{N}].*") ? "mixed" : "direct";
            }
            return c.hasCue() && c.cueStart < c.contentStart ? "indirect" : "unquoted";
        }
    }
}
