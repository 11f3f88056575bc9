package org.parley.quotes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.DependencyGraph;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.quotes.CueLexicon;

/**
 * Finds attributions in one parsed sentence from the dependency graph: a cue verb from the lexicon,
 * its subject as source (or the agent of a passive, or the subject it shares with the verb it hangs
 * from), and its content: the clausal complement (ccomp), a parataxis clause ("..., he said"), an
 * infinitive (xcomp) or object, as the cue's entry allows. Also "according to X".
 */
public final class CueFinder {
    private static final List<String> PREFERENCE = List.of("ccomp", "parataxis", "xcomp", "obj");
    /** Light verbs whose object noun cue speaks for their subject ("made no mention of", "voiced criticism of"). */
    private static final Set<String> SUPPORT_VERBS = Set.copyOf(org.parley.knowledge.TsvLoader.words("/org/parley/quotes/support-verbs.tsv"));
    private static final Set<String> EXPLETIVE = Set.of("it", "there");
    /** Nouns whose most frequent WordNet sense is a person or group (the event stage's generated list): they speak. */
    private static final Set<String> AGENT_NOUNS = Set.copyOf(org.parley.knowledge.TsvLoader.words("/org/parley/knowledge/agent-nouns.tsv"));

    private final CueLexicon lexicon;

    public CueFinder(CueLexicon lexicon) { this.lexicon = lexicon; }

    public List<Candidate> find(Sentence sentence, DependencyGraph tree) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (Token t : tokens) {
            int v = t.index();
            int[] phraseEnd = new int[] {-1};
            CueLexicon.Cue cue = phraseCue(tokens, v, phraseEnd);
            if (cue == null && t.isVerb()) cue = lexicon.verb(t.lemma());
            if (cue == null) {
                if (isAccordingTo(tokens, v)) according(sentence, tree, v, out);
                else if (t.isNoun() && lexicon.noun(t.lemma()) != null) {
                    Candidate c = fromNoun(sentence, tree, v, lexicon.noun(t.lemma()));
                    if (c != null) out.add(c);
                } else if (t.pos().startsWith("JJ") && lexicon.adjective(t.lemma()) != null) {
                    Candidate c = fromAdjective(sentence, tree, v, lexicon.adjective(t.lemma()));
                    if (c != null) out.add(c);
                }
                continue;
            }
            if (!t.isVerb()) continue;
            // "picked up two delegates", "cast off": a particle makes another verb, a cue only when listed as a phrase
            if (phraseEnd[0] < 0 && !tree.children(v, "compound").isEmpty() && hasParticle(tree, v)) continue;
            Candidate c = fromVerb(sentence, tree, v, cue, phraseEnd[0]);
            if (c != null) out.add(c);
        }
        return out;
    }

    /** Prepositions that introduce what an attitude is about ("skeptical of", "angry about", "unhappy with"). */
    private static final Set<String> ATTITUDE_OBJECT = Set.of("about", "of", "over", "on", "with", "toward", "towards", "regarding");
    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

    /**
     * "Voters are skeptical of the plan", "she was hopeful that ...", "he is eager to run": a predicative adjective of
     * attitude (the copula's predicate) with a subject and a complement: a that-clause, a to-infinitive or a
     * prepositional object of the attitude. The subject holds the attitude, the complement is the content. Without a
     * complement ("voters are angry") nothing is attributed.
     */
    private Candidate fromAdjective(Sentence s, DependencyGraph tree, int a, CueLexicon.Cue cue) {
        List<Integer> cop = tree.children(a, "cop");
        List<Integer> subj = tree.graphChildren(a, "nsubj");
        if (cop.isEmpty() || subj.isEmpty() || cop.get(0) > a) return null;
        int sj = subj.get(0);
        if (EXPLETIVE.contains(tree.token(sj).word().toLowerCase(Locale.ROOT)) || sj > a) return null;
        int contentHead = -1;
        // "so grave that ...", "more optimistic than it seems": a clause of degree or comparison, not what is felt
        boolean degree = false;
        for (int k : tree.children(a, "advmod")) degree |= tree.token(k).word().matches("(?i)so|too|more|less|as");
        for (int c : tree.children(a, "ccomp")) if (c > a && !degree) { contentHead = c; break; }
        if (contentHead < 0) for (int c : tree.children(a, "xcomp")) {
            if (c > a && tree.token(c).isVerb() && !tree.children(c, "mark").isEmpty()
                    && tree.token(tree.children(c, "mark").get(0)).word().equalsIgnoreCase("to")) { contentHead = c; break; }
        }
        if (contentHead < 0) for (int k : tree.children(a)) {
            String r = tree.relation(k);
            // never a time ("quieter at times", "upbeat on Monday")
            if (k > a && (DependencyGraph.base(r).equals("obl") || DependencyGraph.base(r).equals("advcl"))
                    && ATTITUDE_OBJECT.contains(DependencyGraph.subtype(r)) && !TIME_NER.contains(tree.token(k).ner())
                    && !tree.token(k).lemma().equalsIgnoreCase("time")) { contentHead = k; break; }
        }
        if (contentHead < 0) return null;
        boolean[] content = tree.subtree(contentHead);
        // the preposition stays with the cue, as for verbs ("skeptical of | the plan")
        for (int k : tree.children(contentHead, "case")) if (k < contentHead) content[k] = false;
        for (int k : tree.children(contentHead, "mark")) if (k < contentHead && !tree.token(k).word().equalsIgnoreCase("that")) content[k] = false;
        int[] range = QuoteSpans.range(tree, content);
        if (range == null) return null;
        Candidate c = Candidate.forCue(s.index(), a, cue, "parse");
        c.cueStart = tree.token(cop.get(0)).start();
        c.cueEnd = tree.token(a).end();
        c.contentStart = tree.token(range[0]).start();
        c.contentEnd = tree.token(range[1]).end();
        source(s, tree, a, c, content);
        return c;
    }

    private static boolean hasParticle(DependencyGraph tree, int v) {
        for (int k : tree.children(v)) if (tree.relation(k).equals("compound:prt")) return true;
        return false;
    }

    /** A multiword verb cue ("call for", "point out") starting at token v; sets phraseEnd to its last token. */
    private CueLexicon.Cue phraseCue(List<Token> tokens, int v, int[] phraseEnd) {
        Token t = tokens.get(v);
        if (!t.isVerb()) return null;
        for (List<String> p : lexicon.phrases()) {
            if (p.size() < 2 || !p.get(0).equals(t.lemma().toLowerCase(Locale.ROOT))) continue;
            // allow one intervening token (an object pronoun or adverb): "pointed it out" is rare; keep strict order
            boolean ok = v + p.size() - 1 < tokens.size();
            for (int k = 1; ok && k < p.size(); k++) ok = tokens.get(v + k).word().equalsIgnoreCase(p.get(k));
            if (ok) {
                phraseEnd[0] = v + p.size() - 1;
                return new CueLexicon.Cue(String.join(" ", p), "speech", Set.of("ccomp", "obj", "obl", "xcomp", "parataxis"));
            }
        }
        return null;
    }

    private Candidate fromVerb(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue, int phraseEnd) {
        String vrel = DependencyGraph.base(tree.relation(v));
        if (vrel.equals("amod") && gerundAfterPreposition(tree, v) && cue.relations().contains("obj")) return gerund(s, tree, v, cue);
        if (vrel.equals("amod") || vrel.equals("compound")) return null; // "so-called", "the announced plan"
        if (imperative(tree, v)) return null; // "Recall that ...", "Note that ...": the writer addresses the reader
        if (vrel.equals("mark")) return asMarker(s, tree, v, cue);
        Candidate inverted = invertedObject(s, tree, v, cue);
        if (inverted != null) return inverted;
        int contentHead = -1;
        int obj = -1;
        for (String rel : PREFERENCE) {
            if (!cue.relations().contains(rel)) continue;
            for (int c : tree.children(v, rel)) {
                if (rel.equals("obj") && !usableObject(tree, v, c)) continue;
                // ", saying ..." is an attribution of its own (its source is found by climbing), not this cue's content
                if (tree.token(c).pos().equals("VBG") && lexicon.verb(tree.token(c).lemma()) != null && c > v + 1) continue;
                if (rel.equals("parataxis") && c < v && !precededByComma(tree, c, v)) continue;
                // "X would be considered ..., Sanders said, ...": a speech cue with its own subject hung from this verb
                // as parataxis reports this verb's clause; it is the outer attribution, never this one's content (also when it
                // stands inside the clause: "The museum, Mr. Bush said, celebrated ...")
                if (rel.equals("parataxis") && reportsClause(tree, c)) continue;
                contentHead = c;
                break;
            }
            if (contentHead >= 0) break;
        }
        if (contentHead < 0) contentHead = unlabelledComplement(tree, v, cue);
        if (contentHead < 0 && cue.speech()) contentHead = answerWord(tree, v);
        boolean[] content = null;
        int[] second = null;
        if (contentHead < 0 && (content = asClause(tree, v)) != null) {
            contentHead = -2;
        } else if (contentHead < 0) {
            // the parser missed the complement: "demanding that X ...", "said: X" read off the surface
            boolean[] rest = surfaceComplement(tree, v, phraseEnd);
            if (rest != null) contentHead = -2;
            content = rest;
        }
        if (contentHead == -2) {
            // content already set from the surface
        } else if ((contentHead < 0 || contentHead < v) && cue.speech()) {
            Candidate trailing = trailing(s, tree, v, cue);
            if (trailing != null) return trailing;
        }
        // "the board was warned about ...", "when asked about ...": without an agent nobody in the text said it
        boolean unspoken = agentless(tree, v);
        if (contentHead == -1 && phraseEnd < 0 && !unspoken && (cue.speech() || cue.cueClass().equals("cognition"))) {
            // "complained about the delay", "wondering about whether ...": what a speech or thought is about, as the
            // listed phrase "talk about" takes it, for every verb of speaking or thinking
            for (int k : tree.children(v, "obl")) {
                String sub = DependencyGraph.subtype(tree.relation(k));
                // ("spoke on Sunday", "replied on the radio": "on" names a time or a medium far more often than a topic)
                if (k > v && sub.equals("about")) { contentHead = k; break; }
            }
        }
        if (contentHead == -1 && phraseEnd < 0 && !unspoken && !cue.cueClass().equals("cognition") && !cue.cueClass().equals("evidence")) {
            // "advocated for a higher wage", "argued for ...": what a speech, stance or intention is for, or against
            // ("warned against a brokered convention", "railed against the trade pact"); never a time, amount or
            // person ("spoke for an hour", "voted for Smith" is the listed phrase)
            for (int k : tree.children(v, "obl")) {
                Token t = tree.token(k);
                String sub = DependencyGraph.subtype(tree.relation(k));
                if (k > v && (sub.equals("for") || sub.equals("against")) && t.isNoun() && "O".equals(t.ner())) { contentHead = k; break; }
            }
        }
        if (contentHead == -1 && cue.relations().contains("obj") && !addressee(tree, v)) {
            // "The plan was rejected by most members": a passive cue's subject is what its agent said or judged
            contentHead = passiveObject(tree, v);
        }
        if (contentHead == -2) {
            // nothing more to find
        } else if (contentHead < 0 && phraseEnd > v) {
            // "called for X": the nominal or clause governed by the phrase's last word
            for (int c : tree.children(v)) {
                String r = DependencyGraph.base(tree.relation(c));
                // "called for a prosecutor to investigate ...": the parser makes the phrase's preposition the mark of an
                // infinitive clause (advcl), which is the content like any object of the phrase
                boolean marked = r.equals("advcl") && tree.children(c, "mark").contains(phraseEnd);
                if ((r.equals("obl") || r.equals("obj") || r.equals("ccomp") || r.equals("xcomp") || marked) && c > phraseEnd) { contentHead = c; break; }
            }
        }
        if (contentHead == -2) {
            // surface complement
        } else if (contentHead >= 0) {
            content = tree.subtree(contentHead);
            // "cautioned against drawing lessons from the vote, saying ...": a participle cue after a comma is an attribution
            // of its own, wherever the parser hung it inside this cue's complement; it and what follows it are not content
            for (int k = contentHead + 1; k < content.length; k++) {
                if (content[k] && k > v + 1 && participleAfterComma(tree, k)) { for (int i = k - 1; i < content.length; i++) content[i] = false; break; }
            }
            String chosen = DependencyGraph.base(tree.relation(contentHead));
            // "advocated for a higher wage": the preposition belongs to the cue, as in the listed phrases
            if (chosen.equals("obl")) for (int k : tree.children(contentHead, "case")) if (k < contentHead) content[k] = false;
            // "said she was tired of it and wanted a change", "said that A and that B": enhanced graphs give the cue
            // every conjunct of its complement; a conjunct the tree hangs from the cue is content too
            if (chosen.equals("ccomp")) {
                for (int k : tree.graphChildren(v, "ccomp")) {
                    if (k <= contentHead || content[k] || tree.head(k) != v) continue;
                    boolean conjunct = false;
                    for (var e : tree.edgesTo(k)) conjunct |= e.governor() >= 0 && content[e.governor()] && DependencyGraph.base(e.relation()).equals("conj");
                    if (!conjunct) continue;
                    boolean[] more = tree.subtree(k);
                    for (int i = 0; i < content.length; i++) content[i] |= more[i];
                }
            }
            if (chosen.equals("xcomp")) {
                for (int o : tree.children(v, "obj")) if (o < contentHead && o > v) { obj = o; }
                if (obj >= 0) { boolean[] o = tree.subtree(obj); for (int i = 0; i < o.length; i++) content[i] |= o[i]; }
            } else if (chosen.equals("obj")) {
                // "called the plan a failure": object and predicate together are what was said
                for (int x : tree.children(v, "xcomp")) {
                    if (x > contentHead) { boolean[] o = tree.subtree(x); for (int i = 0; i < o.length; i++) content[i] |= o[i]; }
                }
                // "favors Syria without Assad", "wants a deal with guarantees": a with- or without-phrase right after the
                // object qualifies the object, wherever the parser hangs it; the object alone would be a mere topic
                int objEnd = lastOf(tree, contentHead);
                for (int x : tree.children(v)) {
                    String sub = DependencyGraph.subtype(tree.relation(x));
                    if (x > contentHead && DependencyGraph.base(tree.relation(x)).equals("obl") && (sub.equals("without") || sub.equals("with"))
                            && firstOf(tree, x) == objEnd + 1) {
                        boolean[] o = tree.subtree(x);
                        for (int i = 0; i < o.length; i++) content[i] |= o[i];
                    }
                }
                // "thanked voters for their support", "accused the mayor of lying": a judgment is the one judged and the reason
                if (judgment(tree, v)) {
                    for (int x : tree.children(v)) {
                        String r = tree.relation(x), sub = DependencyGraph.subtype(r);
                        String b = DependencyGraph.base(r);
                        if (x > contentHead && (b.equals("obl") || b.equals("advcl")) && (sub.equals("for") || sub.equals("of"))) {
                            boolean[] o = tree.subtree(x);
                            for (int i = 0; i < o.length; i++) content[i] |= o[i];
                        }
                    }
                }
            }
            for (int i = v; i <= Math.max(v, phraseEnd); i++) content[i] = false;
        } else if ((vrel.equals("parataxis") || vrel.equals("dep")) && (content = coordinated(tree, v)) != null) {
            // "The presidents exchanged views, agreed on a list of ...": a second verb of the same subject (machine
            // translation drops the "and"); its own complement is the content, the source is the first verb's subject
        } else if (vrel.equals("parataxis") || vrel.equals("ccomp") || vrel.equals("dep")) {
            int h = tree.head(v);
            if (h < 0 || !cue.speech() && !vrel.equals("parataxis")) return null;
            // "..., and the committee would continue": a cue under a modal reports nothing that was said
            for (int a : tree.children(v, "aux")) if (tree.token(a).pos().equals("MD")) return null;
            // "Russia did not interfere, Putin said": the clause the cue hangs from, minus the cue's own subtree
            content = tree.subtree(h, v);
            if (h > v && !vrel.equals("parataxis")) return null;
            // "'...,' Macron told reporters": the content stops where the cue and its subject begin
            int region = v;
            for (int sj : tree.graphChildren(v, "nsubj")) region = Math.min(region, sj);
            boolean before = false;
            for (int i = 0; i < region; i++) before |= content[i];
            if (before) {
                // "The bridge, the mayor said, will reopen in May": a cue inside the clause it reports has its
                // content on both sides (the part before is the clause's subject, without a verb of its own); the part after
                // the cue phrase is a second fragment, unless it opens with a participle cue (", adding ...": its own)
                boolean verbBefore = false;
                for (int i = 0; i < region; i++) verbBefore |= content[i] && (tree.token(i).isVerb() || tree.token(i).pos().equals("MD"));
                int afterCue = lastOf(tree, v) + 1;
                while (afterCue < content.length && !content[afterCue]) afterCue++;
                if (h > v && vrel.equals("parataxis") && !verbBefore && afterCue < content.length && !participleCue(tree, afterCue)) {
                    boolean[] after = new boolean[content.length];
                    for (int i = lastOf(tree, v) + 1; i < content.length; i++) after[i] = content[i];
                    int[] r = QuoteSpans.range(tree, after);
                    if (r != null) {
                        int last = r[1];
                        while (last > r[0] && tree.token(last).word().matches("[.!?]")) last--;
                        if (last - r[0] >= 1) second = new int[] {r[0], last};
                    }
                }
                for (int i = region; i < content.length; i++) content[i] = false;
            }
        } else if (cue.speech()) {
            content = null; // a bare cue ("Putin said:"): the quotation stage may give it a quoted content
        } else {
            return null;
        }
        int[] range = content == null ? null : QuoteSpans.range(tree, content);
        if (range == null && !cue.speech()) return null;
        if (content == null) content = new boolean[tree.size()];
        Candidate c = Candidate.forCue(s.index(), v, cue, "parse");
        int cueFirst = v;
        for (int a : tree.children(v)) {
            String r = DependencyGraph.base(tree.relation(a));
            if ((r.equals("aux") || r.equals("aux:pass")) && a < v && v - a <= 3) cueFirst = Math.min(cueFirst, a);
        }
        c.cueStart = tree.token(cueFirst).start();
        c.cueEnd = tree.token(Math.max(v, phraseEnd)).end();
        if (range != null) {
            c.contentStart = tree.token(range[0]).start();
            c.contentEnd = tree.token(range[1]).end();
        }
        if (second != null && range != null) {
            c.secondStart = tree.token(second[0]).start();
            c.secondEnd = tree.token(second[1]).end();
        }
        if (lexicon.has(tree.token(v).lemma(), CueLexicon.Trait.RAISING)) raised(tree, v, c, content);
        else source(s, tree, v, c, content);
        return c;
    }

    /**
     * "The plan seems to work", "It appears that ...": a raising verb's subject is part of what appears, not a
     * speaker; the one it appears to ("seemed to him") is the source, else there is none. (The subject is left out
     * of the content: a fragment of its own would read as a quotation "The plan".)
     */
    private static void raised(DependencyGraph tree, int v, Candidate c, boolean[] content) {
        for (int k : tree.children(v, "obl")) {
            if (!tree.relation(k).equals("obl:to") || content[k]) continue;
            int[] r = QuoteSpans.range(tree, tree.subtree(k));
            if (r == null) continue;
            int lo = r[0];
            while (lo < r[1] && tree.token(lo).pos().equals("TO")) lo++;
            c.sourceStart = tree.token(lo).start();
            c.sourceEnd = tree.token(r[1]).end();
        }
    }

    /**
     * "Smith backed Jones on Wednesday, saying it is time to ...": the parser read the participle as a subordinating
     * conjunction (advcl:saying) of the clause it introduces. That clause is the content; the speaker is the subject
     * of the clause the adverbial hangs from.
     */
    private Candidate asMarker(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue) {
        int clause = tree.head(v);
        if (!cue.speech() || !tree.token(v).pos().equals("VBG") || clause < v || clause < 0) return null;
        int governor = tree.head(clause);
        if (governor < 0 || !DependencyGraph.base(tree.relation(clause)).equals("advcl") || !tree.token(governor).isVerb()) return null;
        boolean[] content = tree.subtree(clause, v);
        content[v] = false;
        int[] range = QuoteSpans.range(tree, content);
        if (range == null || range[0] <= v) return null;
        Candidate c = Candidate.forCue(s.index(), v, cue, "marker");
        c.cueStart = tree.token(v).start();
        c.cueEnd = tree.token(v).end();
        c.contentStart = tree.token(range[0]).start();
        c.contentEnd = tree.token(range[1]).end();
        source(s, tree, governor, c, content);
        return c;
    }

    /**
     * "Russia has not interfered, Putin said." / "..., said Putin." / "X, he said, Y": a speech cue at the end
     * of its sentence (after a comma) whose content is everything before the comma (and after, when the
     * cue sits in the middle). The parser often hangs such cues from an inner verb; the surface is clearer.
     */
    private Candidate trailing(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue) {
        List<Integer> subj = tree.graphChildren(v, "nsubj");
        if (subj.isEmpty()) {
            Candidate named = nameBeforeCue(s, tree, v, cue);
            return named != null ? named : phraseBeforeCue(s, tree, v, cue);
        }
        int sj = subj.get(0);
        boolean[] subjTree = tree.subtree(sj);
        int[] sr = QuoteSpans.range(tree, subjTree);
        if (sr == null) return null;
        int left;
        int cueFirst = v;
        if (sj < v) {
            left = sr[0] - 1;
            for (int a : tree.children(v)) {
                String r = DependencyGraph.base(tree.relation(a));
                if ((r.equals("aux") || r.equals("advmod")) && a < v && a > sr[1]) cueFirst = Math.min(cueFirst, a);
            }
        } else {
            left = v - 1;
        }
        // a subject that runs from inside the clause before up to the cue is a parse slip: read the name off the surface
        if (left < 1 || !isCommaLike(tree.token(left).word())) return sj < v ? nameBeforeCue(s, tree, v, cue) : null;
        // the part before the comma must not belong to the cue's own subtree other than as content (e.g. "In Paris, he said")
        int contentLast = left - 1;
        while (contentLast >= 0 && isCommaLike(tree.token(contentLast).word()) ) contentLast--;
        int contentFirst = 0;
        while (contentFirst < contentLast && tree.token(contentFirst).word().matches("[\\p{Punct}\u2014\u2013]+")
                && !QuoteMarks.isQuoteChar(tree.token(contentFirst).word().charAt(0))) contentFirst++;
        if (contentLast - contentFirst < 2) return null;
        // the cue must close its sentence ("..., he said.") or be followed by a comma and more content;
        // "In one tweet Friday, Trump said: ..." introduces what follows instead
        int cueLast = Math.max(v, sj < v ? v : sr[1]);
        for (int k : tree.children(v)) {
            String r = DependencyGraph.base(tree.relation(k));
            if (k > cueLast && (r.equals("obl") || r.equals("advmod") || r.equals("nmod") || r.equals("obl:tmod"))) cueLast = Math.max(cueLast, lastOf(tree, k));
        }
        if (!endsOrBreaks(tree, cueLast)) return null;
        if (!hasVerb(tree, contentFirst, contentLast) && !QuoteMarks.isQuoteChar(tree.token(contentFirst).word().charAt(0))) {
            return parenthetical(s, tree, v, cue, sj, sr);
        }
        Candidate c = Candidate.forCue(s.index(), v, cue, "trailing");
        c.cueStart = tree.token(cueFirst).start();
        c.cueEnd = tree.token(v).end();
        c.sourceStart = tree.token(sr[0]).start();
        c.sourceEnd = tree.token(sr[1]).end();
        c.contentStart = tree.token(contentFirst).start();
        c.contentEnd = tree.token(contentLast).end();
        // a quotation closed right before the comma keeps its closing mark: `"...," he said`
        if (contentLast + 1 < tree.size() && QuoteMarks.isQuoteChar(tree.token(contentLast + 1).word().charAt(0))) {
            c.contentEnd = tree.token(contentLast + 1).end();
        }
        // "X, he said, Y": the rest of the sentence after the cue phrase is content too
        int end = Math.max(v, sj);
        for (int k : tree.children(v)) if (k > end && !DependencyGraph.base(tree.relation(k)).matches("punct|parataxis|ccomp|conj|cc")) end = Math.max(end, lastOf(tree, k));
        if (end + 2 < tree.size() && tree.token(end + 1).word().equals(",") && !participleCue(tree, end + 2)) {
            int[] rest = QuoteSpans.range(tree, restOf(tree, end + 2));
            if (rest != null && rest[1] - rest[0] >= 2) {
                c.secondStart = tree.token(rest[0]).start();
                c.secondEnd = tree.token(rest[1]).end();
            }
        }
        return c;
    }

    /**
     * "X was more surprising than expected, said several observers.": a speech cue after a comma, its content before
     * it, with no subject but a noun phrase after it that ends the sentence; the parser made the speaker the object.
     * That noun (the head of the object), or -1.
     */
    private int invertedSpeaker(DependencyGraph tree, int v, boolean[] content) {
        CueLexicon.Cue cue = lexicon.verb(tree.token(v).lemma());
        if (cue == null || !cue.speech() || v == 0 || addressee(tree, v) || judgment(tree, v) || !isCommaLike(tree.token(v - 1).word()) && !QuoteMarks.isQuoteChar(tree.token(v - 1).word().charAt(0))) return -1;
        boolean before = false;
        for (int i = 0; i < v; i++) before |= content[i];
        if (!before) return -1;
        for (int o : tree.children(v, "obj")) {
            if (o < v || content[o] || !tree.token(o).isNoun()) continue;
            int last = lastOf(tree, o);
            if (!endsOrBreaks(tree, last)) continue;
            return o;
        }
        return -1;
    }

    /**
     * "The vote signals a shift, said Jane Roe, an analyst at the institute.": a speech cue after a comma whose only
     * object is a name or a person noun phrase (with its apposition) closing the sentence, without a verb of its own:
     * the parser made the inverted speaker the object (and often gave the cue a subject from the clause before). The
     * object is the source, the clause before the comma the content; null when the shape does not hold.
     */
    private Candidate invertedObject(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue) {
        // a finite cue only: a participle after a comma (", echoing Mr. Putin", ", calling the chief ...") has its object
        if (!cue.speech() || v < 4 || !tree.token(v).pos().matches("VBD|VBZ|VBP") || addressee(tree, v) || judgment(tree, v)
                || !isCommaLike(tree.token(v - 1).word())) return null;
        for (int k : tree.children(v)) {
            String r = DependencyGraph.base(tree.relation(k));
            if (k > v && (r.equals("ccomp") || r.equals("xcomp"))) return null;
            // "The museum, the mayor said, honors local heroes": the clause before is reported by a cue of its own
            if (k < v && r.equals("parataxis") && reportsClause(tree, k)) return null;
        }
        for (int o : tree.children(v, "obj")) {
            if (o < v || !speakerHead(tree, o)) continue;
            int first = firstOf(tree, o), last = lastOf(tree, o);
            while (last > o && tree.token(last).word().matches("[\\p{Punct}]+")) last--;
            if (first != v + 1 || hasVerb(tree, first, last) || !endsOrBreaks(tree, lastOf(tree, o))) continue;
            int contentLast = v - 2;
            if (!hasVerb(tree, 0, contentLast)) return null;
            return trailingSource(s, tree, v, cue, first, last, contentLast);
        }
        return null;
    }

    /** The head of a phrase that can name a speaker: a person or organisation name, or a noun whose usual sense is a person or group. */
    private static boolean speakerHead(DependencyGraph tree, int o) {
        Token t = tree.token(o);
        if (!t.isNoun()) return false;
        if ("PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner())) return true;
        if (!AGENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) return false;
        // "a group of economists" speaks; "a host of new songs" names things: a person noun heading an of-phrase
        // (a quantity) speaks only for persons
        for (int k : tree.children(o)) {
            if (tree.relation(k).equals("nmod:of") && !AGENT_NOUNS.contains(tree.token(k).lemma().toLowerCase(Locale.ROOT))
                    && !"PERSON".equals(tree.token(k).ner()) && !"ORGANIZATION".equals(tree.token(k).ner())) return false;
        }
        return true;
    }

    /** A cue verb hung from {@code clause} as parataxis between it and {@code participle} ("X, he said, adding"), or -1. */
    private int reportingCue(DependencyGraph tree, int clause, int participle) {
        for (int p : tree.children(clause, "parataxis")) {
            if (p > clause && p < participle && tree.token(p).isVerb() && lexicon.verb(tree.token(p).lemma()) != null) return p;
        }
        return -1;
    }

    /**
     * "Salma Hayek Described Her Experience ...", "A video shows her clutching ...", "Experts cautioned, as did X, that
     * ...": a cue with a subject whose complement the parser could not label (dep) right after it. A cue that takes a
     * clause or an object takes that phrase as content; never a participle cue (", saying ...": an attribution of its
     * own) nor anything after a comma that ends the cue's clause. -1 when there is none.
     */
    private int unlabelledComplement(DependencyGraph tree, int v, CueLexicon.Cue cue) {
        if (tree.graphChildren(v, "nsubj").isEmpty() || !(cue.relations().contains("ccomp") || cue.relations().contains("obj"))) return -1;
        for (int c : tree.children(v, "dep")) {
            if (c <= v) continue;
            int first = firstOf(tree, c);
            if (first <= v) continue;
            Token t = tree.token(c);
            // ", saying ..." is an attribution of its own; "The report published Monday shows that ...": a cue verb in the
            // unlabelled phrase is the clause's own predicate, which the parser failed to attach (the cue before it is a
            // participle of the subject)
            if (t.isVerb() && lexicon.verb(t.lemma()) != null) continue;
            // "found itself playing host": a reflexive is the subject again, not what is said
            if (tree.token(first).pos().equals("PRP") && tree.token(first).word().toLowerCase(Locale.ROOT).matches(".*sel(f|ves)")) continue;
            // "... the plan , officials said , adding": a comma right before the phrase ends the cue's own words
            if (tree.token(first).word().matches("[,;:\u2014\u2013-]") ) continue;
            boolean commaBefore = false;
            for (int i = v + 1; i < first; i++) commaBefore |= tree.token(i).word().equals(",");
            // "cautioned, as did the campaign, that ...": a that-clause after an inserted phrase is still the complement
            if (commaBefore && !tree.token(first).word().equalsIgnoreCase("that")) continue;
            if (!(t.isVerb() || t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("JJ"))) continue;
            return c;
        }
        return -1;
    }

    /**
     * "75 percent said yes", "the candidate said no", "55 percent said so": an answer given as an interjection (UH) or
     * the clausal pro-form "so" right after a speech cue and closing its clause stands for the clause said; -1 if none.
     */
    private static int answerWord(DependencyGraph tree, int v) {
        int k = v + 1;
        if (k + 1 >= tree.size() || tree.head(k) != v || !tree.token(k + 1).word().matches("[.,;!?]")) return -1;
        Token t = tree.token(k);
        return t.pos().equals("UH") || t.pos().equals("RB") && t.word().equalsIgnoreCase("so") ? k : -1;
    }

    /**
     * "As Clyburn noted, those voters will ...", "as the paper reported last week, the deal ...": a cue in an as-clause
     * before its main clause (advcl:as) reports that clause; the content is the main clause after the as-clause, or null.
     */
    private static boolean[] asClause(DependencyGraph tree, int v) {
        int h = tree.head(v);
        if (h <= v || !tree.relation(v).equals("advcl:as") || tree.graphChildren(v, "nsubj").isEmpty()) return null;
        int end = lastOf(tree, v);
        boolean[] content = tree.subtree(h, v);
        for (int i = 0; i <= end && i < content.length; i++) content[i] = false;
        int[] r = QuoteSpans.range(tree, content);
        return r == null || r[1] - r[0] < 2 ? null : content;
    }

    /**
     * A speech cue at token p with its own subject, standing after a comma: "..., Sanders said, ..." (the parser hangs such
     * reporting clauses from the clause they report, as parataxis).
     */
    private boolean reportsClause(DependencyGraph tree, int p) {
        if (!tree.token(p).isVerb()) return false;
        CueLexicon.Cue cue = lexicon.verb(tree.token(p).lemma());
        if (cue == null || !cue.speech() || tree.graphChildren(p, "nsubj").isEmpty()) return false;
        int first = Math.min(p, firstOf(tree, tree.graphChildren(p, "nsubj").get(0)));
        return first > 0 && isCommaLike(tree.token(first - 1).word());
    }

    /** A participle cue (", saying ...", ", threatening to ...") right after a comma at token k. */
    private boolean participleAfterComma(DependencyGraph tree, int k) {
        Token t = tree.token(k);
        return t.pos().equals("VBG") && tree.token(k - 1).word().equals(",") && lexicon.verb(t.lemma()) != null
                && DependencyGraph.base(tree.relation(k)).matches("acl|advcl|xcomp|dep|conj|parataxis");
    }

    /** "..., adding that", "..., while saying": a participle cue (after a subordinator) opening at token k is an attribution of its own. */
    private boolean participleCue(DependencyGraph tree, int k) {
        if (k < tree.size() && tree.token(k).pos().matches("IN|RB") && k + 1 < tree.size()) k++;
        return tree.token(k).pos().equals("VBG") && lexicon.verb(tree.token(k).lemma()) != null;
    }

    /**
     * "X remains committed to the race, his top aide, Tad Devine, told the paper.": a speech cue after a comma whose
     * subject the parser hung elsewhere (as a conjunct or apposition of the clause's last noun). Read off the surface:
     * one or two comma-delimited noun phrases with a name right before the cue are the source, the clause before
     * them the content. Null when the cue does not end its sentence (or break it with a comma) or no name is there.
     */
    private Candidate nameBeforeCue(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue) {
        if (v < 4 || !tree.token(v - 1).word().equals(",")) return null;
        int first = nominalRun(tree, v - 2);
        if (first < 0 || first > v - 2) return null;
        if (first >= 3 && tree.token(first - 1).word().equals(",")) {
            int before = nominalRun(tree, first - 2);
            if (before >= 2 && before <= first - 2 && tree.token(before - 1).word().equals(",")) first = before;
        }
        if (first < 2 || !tree.token(first - 1).word().equals(",")) return null;
        boolean name = false;
        for (int i = first; i < v - 1; i++) name |= tree.token(i).pos().startsWith("NNP");
        int contentLast = first - 2;
        if (!name || contentLast < 2 || !hasVerb(tree, 0, contentLast)) return null;
        return trailingSource(s, tree, v, cue, first, v - 2, contentLast);
    }

    /**
     * A trailing cue's candidate: source tokens {@code first..sourceLast} before the cue {@code v}, content from the
     * sentence's first word (opening punctuation skipped, an opening quotation mark kept) to {@code contentLast} and a
     * closing quotation mark right after it; null when the cue with its objects does not end the sentence or clause.
     */
    private Candidate trailingSource(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue, int first, int sourceLast, int contentLast) {
        int cueLast = v;
        for (int k : tree.children(v)) {
            String r = DependencyGraph.base(tree.relation(k));
            if (k > v && (r.equals("obj") || r.equals("obl") || r.equals("advmod") || r.equals("obl:tmod"))) cueLast = Math.max(cueLast, lastOf(tree, k));
        }
        if (!endsOrBreaks(tree, cueLast)) return null;
        int contentFirst = 0;
        while (contentFirst < contentLast && tree.token(contentFirst).word().matches("[\\p{Punct}\u2014\u2013]+")
                && !QuoteMarks.isQuoteChar(tree.token(contentFirst).word().charAt(0))) contentFirst++;
        Candidate c = Candidate.forCue(s.index(), v, cue, "trailing-name");
        c.cueStart = tree.token(v).start();
        c.cueEnd = tree.token(v).end();
        c.sourceStart = tree.token(first).start();
        c.sourceEnd = tree.token(sourceLast).end();
        c.contentStart = tree.token(contentFirst).start();
        c.contentEnd = tree.token(contentLast).end();
        if (contentLast + 1 < tree.size() && QuoteMarks.isQuoteChar(tree.token(contentLast + 1).word().charAt(0))) {
            c.contentEnd = tree.token(contentLast + 1).end();
        }
        return c;
    }

    /**
     * "X had logged 2,766 hours with EgyptAir, the airline said Thursday.": a speech cue without a subject right after a
     * noun phrase that opens with a determiner or possessive after a comma (the parser hung the phrase and the cue from the
     * clause's last noun). The phrase is the source, the clause before the comma the content; null otherwise.
     */
    private Candidate phraseBeforeCue(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue) {
        if (v < 5 || !tree.token(v - 1).pos().matches("NN|NNS|NNP|NNPS")) return null;
        int first = nominalRun(tree, v - 1);
        if (first < 3 || !tree.token(first - 1).word().equals(",") || !tree.token(first).pos().matches("DT|PRP\\$")) return null;
        int contentLast = first - 2;
        if (!hasVerb(tree, 0, contentLast)) return null;
        return trailingSource(s, tree, v, cue, first, v - 1, contentLast);
    }

    /** The first token of the run of noun-phrase words (determiners, possessives, adjectives, nouns, names) ending at {@code last}, or -1. */
    private static int nominalRun(DependencyGraph tree, int last) {
        int i = last;
        while (i >= 0 && tree.token(i).pos().matches("DT|PRP\\$|JJ|JJS|CD|NN|NNS|NNP|NNPS|POS")) i--;
        return i == last ? -1 : i + 1;
    }

    /**
     * "In this case, the minister believes, it is time to act ...": a cue set off by commas after an
     * introductory phrase without a verb; the content is the clause after the second comma.
     */
    private Candidate parenthetical(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue, int sj, int[] sr) {
        if (sj > v) return null;
        int after = v + 1;
        if (after + 3 >= tree.size() || !tree.token(after).word().equals(",")) return null;
        int last = tree.size() - 1;
        while (last > after && tree.token(last).word().matches("[.!?]")) last--;
        if (last - after < 3 || !hasVerb(tree, after + 1, last)) return null;
        Candidate c = Candidate.forCue(s.index(), v, cue, "parenthetical");
        c.cueStart = tree.token(v).start();
        c.cueEnd = tree.token(v).end();
        c.sourceStart = tree.token(sr[0]).start();
        c.sourceEnd = tree.token(sr[1]).end();
        c.contentStart = tree.token(after + 1).start();
        c.contentEnd = tree.token(last).end();
        return c;
    }

    /**
     * A complement the parse did not attach: right after the cue (and an addressee such as "reporters" or
     * "him") comes "that", "whether", "if" or a colon; the content runs to the end of the sentence.
     */
    private static boolean[] surfaceComplement(DependencyGraph tree, int v, int phraseEnd) {
        int k = Math.max(v, phraseEnd) + 1;
        int skipped = 0;
        while (k < tree.size() && skipped < 3 && (tree.token(k).pos().matches("PRP|NNS|NNP|DT|RB") && !tree.token(k).word().equalsIgnoreCase("that"))) { k++; skipped++; }
        if (k >= tree.size()) return null;
        String w = tree.token(k).word().toLowerCase(Locale.ROOT);
        boolean opens = w.equals("that") || w.equals("whether") || w.equals("if") || w.equals(":");
        if (!opens) return null;
        if (w.equals(":")) k++;
        boolean[] in = new boolean[tree.size()];
        int last = tree.size() - 1;
        for (int i = k; i <= last; i++) in[i] = true;
        return QuoteSpans.range(tree, in) == null || QuoteSpans.range(tree, in)[1] - QuoteSpans.range(tree, in)[0] < 2 ? null : in;
    }

    /**
     * The complement of a cue that continues the clause before it without a subject of its own, after a comma
     * (`X exchanged views, agreed on Y`): the subtrees of its complements after it; null when the cue has a
     * subject, is not right after a comma, hangs from no verb with a subject, or has no complement of its own.
     */
    private static boolean[] coordinated(DependencyGraph tree, int v) {
        int h = tree.head(v);
        if (h < 0 || h > v || v == 0 || !tree.token(v - 1).word().equals(",") || !finite(tree.token(v))) return null;
        if (!tree.graphChildren(v, "nsubj").isEmpty() || !tree.token(h).isVerb() || tree.graphChildren(h, "nsubj").isEmpty()) return null;
        boolean[] in = null;
        for (int k : tree.children(v)) {
            String r = DependencyGraph.base(tree.relation(k));
            if (k < v || !(r.equals("obl") || r.equals("obj") || r.equals("xcomp") || r.equals("ccomp"))) continue;
            boolean[] sub = tree.subtree(k);
            if (in == null) in = sub;
            else for (int i = 0; i < in.length; i++) in[i] |= sub[i];
        }
        return in;
    }

    private static boolean finite(Token t) { return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"); }

    private static boolean passive(DependencyGraph tree, int v) {
        for (int c : tree.children(v)) if (tree.relation(c).equals("aux:pass") || tree.relation(c).startsWith("nsubj:pass")) return true;
        return false;
    }

    /** True when only punctuation, or a comma and more words, follow token {@code end} in the sentence. */
    private static boolean endsOrBreaks(DependencyGraph tree, int end) {
        if (end + 1 >= tree.size()) return true;
        boolean onlyPunct = true;
        for (int i = end + 1; i < tree.size(); i++) {
            String w = tree.token(i).word();
            if (!w.matches("[.!?\"'\u201D\u2019)]+")) { onlyPunct = false; break; }
        }
        return onlyPunct || tree.token(end + 1).word().equals(",");
    }

    private static boolean hasVerb(DependencyGraph tree, int from, int to) {
        for (int i = from; i <= to; i++) if (tree.token(i).isVerb() || tree.token(i).pos().equals("MD")) return true;
        return false;
    }

    private static boolean[] restOf(DependencyGraph tree, int from) {
        boolean[] in = new boolean[tree.size()];
        for (int i = from; i < tree.size(); i++) in[i] = true;
        return in;
    }

    private static int lastOf(DependencyGraph tree, int k) {
        boolean[] sub = tree.subtree(k);
        int last = k;
        for (int i = 0; i < sub.length; i++) if (sub[i]) last = Math.max(last, i);
        return last;
    }

    private static int firstOf(DependencyGraph tree, int k) {
        boolean[] sub = tree.subtree(k);
        for (int i = 0; i < sub.length; i++) if (sub[i]) return i;
        return k;
    }

    private static boolean isCommaLike(String w) {
        return w.equals(",") || w.equals("—") || w.equals("--") || w.equals("–");
    }

    /** "Trump's claim that X", "the warning by the ministry that X": content is the that-clause. */
    private Candidate fromNoun(Sentence s, DependencyGraph tree, int n, CueLexicon.Cue cue) {
        int clause = -1;
        int possessor = -1;
        for (int k : tree.children(n)) if (tree.relation(k).equals("nmod:poss")) possessor = k;
        // "made no mention of X", "issued a statement that ...": the noun cue is the object of a support verb, whose
        // subject speaks as a possessor would
        int support = -1;
        if (possessor < 0 && tree.relation(n).equals("obj") && tree.head(n) >= 0 && tree.head(n) < n
                && SUPPORT_VERBS.contains(tree.token(tree.head(n)).lemma().toLowerCase(Locale.ROOT))) support = tree.head(n);
        boolean speaker = possessor >= 0 || support >= 0;
        for (int c : tree.children(n)) {
            String r = DependencyGraph.base(tree.relation(c));
            if (!(r.equals("acl") || r.equals("ccomp")) || c < n || tree.relation(c).equals("acl:relcl")) continue;
            for (int m : tree.children(c)) {
                if (!DependencyGraph.base(tree.relation(m)).equals("mark")) continue;
                String w = tree.token(m).word().toLowerCase(Locale.ROOT);
                // "his refusal to disavow", "Trump's pledge to build": with a possessor speaking, the infinitive is the content
                if (w.equals("that") || w.equals("to") && speaker && tree.token(c).pos().equals("VB")) clause = c;
            }
        }
        if (clause < 0 && speaker) {
            // "Trump's announcement of his candidacy", "her message of gun control": what the possessor said is the of-phrase
            for (int c : tree.children(n)) {
                String rel = tree.relation(c);
                if (c > n && rel.startsWith("nmod:") && List.of("of", "about", "on", "for").contains(DependencyGraph.subtype(rel))) { clause = c; break; }
            }
            // "made allegations against X", "offered praise for X": the parser often hangs the phrase from the support verb
            if (clause < 0 && support >= 0) for (int c : tree.children(support)) {
                String rel = tree.relation(c);
                if (c > n && rel.startsWith("obl:") && List.of("of", "about", "on", "for", "against").contains(DependencyGraph.subtype(rel))) { clause = c; break; }
            }
        }
        // never a time, "of his own" or the complex preposition "on behalf of" ("made the pledge on Monday")
        if (clause >= 0 && support >= 0 && (TIME_NER.contains(tree.token(clause).ner())
                || tree.token(clause).word().matches("(?i)own|behalf"))) clause = -1;
        if (clause < 0) return null;
        boolean[] said = tree.subtree(clause);
        for (int k : tree.children(clause, "case")) if (k < clause) said[k] = false; // "endorsement of | the governor"
        int[] cr = QuoteSpans.range(tree, said);
        if (cr == null) return null;
        Candidate c = new Candidate();
        c.sentence = s.index();
        c.cueToken = n;
        c.cueClass = "noun";
        c.confidence = CueLexicon.weight("noun");
        c.how = "noun";
        c.cueStart = tree.token(support >= 0 ? support : n).start();
        c.cueEnd = tree.token(n).end();
        c.contentStart = tree.token(cr[0]).start();
        c.contentEnd = tree.token(cr[1]).end();
        if (support >= 0) {
            source(s, tree, support, c, said);
            return c;
        }
        for (int k : tree.children(n)) {
            String r = tree.relation(k);
            if (r.equals("nmod:poss") || r.equals("nmod:agent") || r.equals("nmod:by")) {
                int[] sr = QuoteSpans.range(tree, tree.subtree(k));
                if (sr == null) continue;
                int lo = sr[0];
                while (lo < sr[1] && tree.token(lo).pos().equals("IN")) lo++;
                c.sourceStart = tree.token(lo).start();
                c.sourceEnd = tree.token(sr[1]).end();
                break;
            }
        }
        return c;
    }

    /**
     * A base-form cue that opens its sentence as its root, with no subject: an imperative addressed to the
     * reader ("Recall that the talks ...", "Note that ..."), not somebody's statement.
     */
    static boolean imperative(DependencyGraph tree, int v) {
        if (!tree.token(v).pos().equals("VB") || tree.head(v) >= 0) return false;
        for (int i = 0; i < v; i++) if (Character.isLetterOrDigit(tree.token(i).word().charAt(0))) return false;
        return tree.graphChildren(v, "nsubj").isEmpty();
    }

    private static boolean precededByComma(DependencyGraph tree, int c, int v) {
        // a parataxis clause before the cue is content only when separated by punctuation: "X, he said"
        for (int i = c; i < v; i++) if (tree.token(i).word().matches("[,:\u2014\u2013\u201D\"]")) return true;
        return false;
    }

    /** The cue's object is its hearer ("told reporters"), never content: trait "addressee" in cues.tsv. */
    private boolean addressee(DependencyGraph tree, int v) {
        return lexicon.has(tree.token(v).lemma(), CueLexicon.Trait.ADDRESSEE);
    }

    /** A judgment verb (Levin 33, trait "judgment" in cues.tsv): its object is the one judged, part of the content. */
    private boolean judgment(DependencyGraph tree, int v) {
        return lexicon.has(tree.token(v).lemma(), CueLexicon.Trait.JUDGMENT);
    }

    /** A passive or bare past participle ("was warned", "when questioned") with no by-agent. */
    private static boolean agentless(DependencyGraph tree, int v) {
        boolean bare = tree.token(v).pos().equals("VBN") && tree.children(v, "aux").isEmpty() && tree.graphChildren(v, "nsubj").isEmpty();
        if (!passive(tree, v) && !bare) return false;
        for (int k : tree.children(v, "obl")) if (tree.relation(k).equals("obl:agent") || tree.relation(k).equals("obl:by")) return false;
        return true;
    }

    /**
     * The subject of a passive cue that has a by-agent ("X was rejected by most voters"), which is what the agent
     * said or judged; -1 without an agent (no speaker to attribute it to) or when the subject is a relative pronoun.
     */
    private static int passiveObject(DependencyGraph tree, int v) {
        if (!passive(tree, v)) return -1;
        boolean agent = false;
        for (int k : tree.children(v, "obl")) agent |= tree.relation(k).equals("obl:agent") || tree.relation(k).equals("obl:by");
        if (!agent) return -1;
        for (int k : tree.children(v, "nsubj")) {
            Token t = tree.token(k);
            if (tree.relation(k).startsWith("nsubj:pass") && k < v && (t.isNoun() || t.pos().equals("PRP"))) return k;
        }
        return -1;
    }

    private boolean usableObject(DependencyGraph tree, int v, int o) {
        if (addressee(tree, v)) return false;
        Token t = tree.token(o);

        // "rebuked her", "strongly supported him": a personal pronoun is the one a stance or judgment is about;
        // possessives and wh-words belong to another phrase; a reflexive is the subject again ("calls herself a reformer")
        if (t.pos().equals("PRP$") || t.pos().equals("WP") || t.pos().equals("WDT")) return false;
        if (t.pos().equals("PRP") && t.word().toLowerCase(Locale.ROOT).matches(".*sel(f|ves)")) return false;
        return o > v;
    }

    private void source(Sentence s, DependencyGraph tree, int v, Candidate c, boolean[] content) {
        List<Integer> subj = new ArrayList<>();
        int slipSubject = -1;
        int cur = v;
        // "it is worth talking about": a subject reached by climbing to another verb may be an expletive
        boolean climbed = false;
        // "Lopez said she had no plans to resign ..., telling supporters ...": a free participle after a comma that the
        // parser hung inside a reported clause is controlled by the subject of the clause that reports it
        int matrix = matrixSubject(tree, v, content);
        if (matrix >= 0) { subj.add(matrix); climbed = true; }
        for (int hop = 0; hop < 3 && cur >= 0 && subj.isEmpty(); hop++) {
            climbed = hop > 0;
            for (int d : tree.graphChildren(cur, "nsubj")) {
                String rel = relationOf(s, cur, d);
                if (rel.contains("pass") || rel.contains("xsubj") && hop > 0) continue;
                // "used his speech to call for ...", "did little to encourage ...": the parser gives an infinitive the object
                // of the verb above as controller; a thing or an amount does not speak, the verb's subject does
                if (rel.contains("xsubj") && objectOfGovernor(tree, cur, d) && !agentLike(tree, d)) continue;
                if (!content[d]) subj.add(d);
            }
            if (!subj.isEmpty()) break;
            // "A report released in May by the academy noted that ...", "Surveys taken at the sites showed that ...": the
            // parser read the reduced relative as a clausal subject (csubj); the whole phrase before the cue speaks
            if (hop == 0) for (int d : tree.children(cur, "csubj")) if (d < cur && !content[d] && nominalCsubj(tree, d)) subj.add(d);
            if (!subj.isEmpty()) break;
            // passive: "was criticized by X" is not X speaking; "it was announced by X" is
            for (int d : tree.graphChildren(cur, "obl")) {
                String rel = relationOf(s, cur, d);
                if (rel.equals("obl:agent") || rel.equals("obl:by")) { if (!content[d]) subj.add(d); }
            }
            if (!subj.isEmpty()) break;
            // "as Joel Pollak observed, ...": the parser often makes the speaker an obl:as before the cue
            for (int d : tree.graphChildren(cur, "obl")) {
                if (d < cur && relationOf(s, cur, d).equals("obl:as") && !content[d] && tree.token(d).isNoun()) subj.add(d);
            }
            if (!subj.isEmpty()) break;
            // "her campaign's leadership, who, on a call, criticized ...": "who" is always a subject, whatever
            // relation the parser gave its antecedent; the source is "who", standing for the antecedent
            if (hop == 0 && tree.relation(cur).startsWith("acl:relcl") && tree.head(cur) >= 0 && refOf(s, tree.head(cur), cur) >= 0
                    && tree.token(refOf(s, tree.head(cur), cur)).word().equalsIgnoreCase("who") && !content[tree.head(cur)]) {
                subj.add(tree.head(cur));
                break;
            }
            // "if she is elected mayor she will push for ...": a passive cue's speaker is its agent, never the subject
            // of the clause it hangs from; without a by-phrase the source stays open
            if (hop == 0 && passive(tree, cur) && tree.token(cur).pos().equals("VBN")) break;
            String r = DependencyGraph.base(tree.relation(cur));
            boolean participle = tree.token(cur).pos().equals("VBG");
            // "One man in Manchester, responding to ...": a participle modifying a noun is that noun speaking
            if (participle && r.equals("acl") && !tree.relation(cur).startsWith("acl:relcl") && tree.head(cur) >= 0
                    && tree.token(tree.head(cur)).isNoun() && !content[tree.head(cur)]) {
                int noun = tree.head(cur);
                // "Carson shared a syllabus ..., writing ...": after a comma, a participle hung from an object
                // is the clause's adverbial (a parse slip): its subject is the clause's
                boolean afterComma = cur > 0 && tree.token(cur - 1).word().equals(",");
                // (also when the clause's predicate is an adjective or noun with a copula: "was scathing in his remarks,
                // threatening to ...")
                if (afterComma && !DependencyGraph.base(tree.relation(noun)).equals("nsubj") && tree.head(noun) >= 0
                        && (tree.token(tree.head(noun)).isVerb() || !tree.children(tree.head(noun), "cop").isEmpty())) { cur = tree.head(noun); continue; }
                // "filed legal papers opposing the unsealing", "issued a statement saying", "has a new ad hitting Trump": a
                // message that the subject of the clause produces speaks for that subject; findings speak for themselves
                // ("released a poll showing ...": evidence cues keep the noun)
                if (producedMessage(tree, noun, c)) { cur = tree.head(noun); continue; }
                modified(s, tree, noun, cur, c, content);
                return;
            }
            // "began by talking about", "responded by saying": a gerund adjunct shares its verb's subject
            // a finite verb is never an object: "discussed the issues ..., and agreed to ..." parsed as a verb coordinated
            // with an object noun (enhanced graphs then make it the first verb's object); it shares that verb's subject
            boolean coordinatedSlip = r.equals("obj") && finite(tree.token(cur)) && tree.head(cur) >= 0 && tree.token(tree.head(cur)).isVerb();
            // "She went on to say:": a to-infinitive the parser read as a prepositional object is an xcomp
            boolean infinitive = r.equals("obl") && tree.token(cur).pos().equals("VB") && !tree.children(cur, "mark").isEmpty()
                    && tree.token(tree.children(cur, "mark").get(0)).word().equalsIgnoreCase("to");
            if (r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("dep") || participle && r.equals("obl") || coordinatedSlip || infinitive) {
                int from = cur;
                cur = tree.head(cur);
                if (cur < 0) break;
                // "Taxes will rise, the minister said, adding that ...": the parser hung the participle from the reported
                // clause; it continues the speech cue standing between that clause and itself, and takes its subject
                int between = r.equals("conj") ? -1 : reportingCue(tree, cur, from);
                if (participle && between >= 0) { cur = between; continue; }
                if (r.equals("conj") && finite(tree.token(from)) && tree.token(cur).isNoun()) {
                    // "discussed the issues, the violations ..., and agreed to ...": the parser coordinated the verb
                    // with an object noun; the verb is coordinated with that noun's verb and shares its subject
                    int h = cur;
                    for (int up = 0; up < 3 && h >= 0 && !tree.token(h).isVerb(); up++) h = tree.head(h);
                    if (h < 0 || !tree.token(h).isVerb()) break;
                    cur = h;
                } else if (r.equals("dep") && tree.token(cur).isNoun() && tree.head(cur) < 0 && cur < v && !content[cur]) {
                    // "Mr Smith, seemingly unmoved by the talks, later denied ...": the parser made the subject the
                    // root and hung the rest from it; the noun opening the sentence is the subject
                    slipSubject = cur;
                    subj.add(cur);
                    break;
                }
            } else break;
        }
        if (subj.isEmpty()) {
            int inverted = invertedSpeaker(tree, v, content);
            if (inverted >= 0) subj.add(inverted);
        }
        if (subj.isEmpty()) return;
        int lo = Integer.MAX_VALUE, hi = -1;
        int referent = -1;
        for (int d : subj) {
            Token t = tree.token(d);
            // "it was reported that": an expletive subject of a passive or copula names nobody
            if (EXPLETIVE.contains(t.word().toLowerCase(Locale.ROOT)) && (passive(tree, v) || tree.token(v).lemma().equals("be") || climbed)) continue;
            // enhanced++ makes the antecedent the subject of a relative clause; the gold (and the text) names "who"
            int ref = refOf(s, d, v);
            // "Trump, who has a commanding lead, mocked Rubio": the relative clause closed before the cue, which the parser
            // coordinated into it; the antecedent speaks as the main clause's subject
            if (ref >= 0 && relativeClosedBefore(tree, ref, v)) ref = -1;
            boolean[] sub;
            if (ref >= 0) { sub = new boolean[tree.size()]; sub[ref] = true; referent = d; }
            else {
                List<Integer> cut = new ArrayList<>();
                for (int k : tree.children(d)) {
                    String r = tree.relation(k);
                    if (r.startsWith("acl") || content[k] || tree.dominates(k, v)) cut.add(k);
                }
                if (d == slipSubject) for (int k : tree.children(d)) if (k > d && !cut.contains(k)) cut.add(k);
                sub = tree.subtree(d, cut.stream().mapToInt(Integer::intValue).toArray());
                if (tree.dominates(d, v) && d != slipSubject) continue;
                // "request, the source": material before a comma that precedes the head is a parse slip
                for (int k = d - 1; k >= 0; k--) if (sub[k] && tree.token(k).word().equals(",")) { for (int j = 0; j <= k; j++) sub[j] = false; break; }
            }
            int[] r = QuoteSpans.range(tree, sub);
            if (r == null) continue;
            // "against what the campaign": a preposition or wh-word leading the span belongs to the clause above
            while (r[0] < r[1] && tree.token(r[0]).pos().matches("IN|WP|WDT|TO|CC|RB") && r[0] != d) r[0]++;
            lo = Math.min(lo, r[0]);
            hi = Math.max(hi, r[1]);
        }
        if (hi < 0) return;
        c.sourceStart = tree.token(lo).start();
        c.sourceEnd = tree.token(hi).end();
        if (referent >= 0) {
            int[] r = QuoteSpans.range(tree, headNoun(tree, referent));
            if (r != null) { c.referentStart = tree.token(r[0]).start(); c.referentEnd = tree.token(r[1]).end(); }
        }
    }

    /**
     * A clausal subject that is really a noun phrase with a reduced relative: a participle (VBN/VBG) whose subtree opens
     * with a noun phrase before it ("A report | released in May by ...", "emails | combed through by Vox"); a genuine
     * clausal subject ("What he said shows ...", "Winning the state proves ...") is no speaker.
     */
    private static boolean nominalCsubj(DependencyGraph tree, int d) {
        if (!tree.token(d).pos().matches("VBN|VBG")) return false;
        int first = firstOf(tree, d);
        if (first >= d) return false;
        for (int i = first; i < d; i++) if (tree.token(i).isNoun() && tree.head(i) == d || tree.token(i).isNoun() && i == d - 1) return true;
        return false;
    }

    /**
     * The subject of the cue that reports the clause a free participle cue (VBG right after a comma, with no subject of
     * its own) was hung in: on the way up, above a clausal complement (ccomp), the outermost cue verb with a subject;
     * the one reporting speaks ("Carson said he saw no need ..., telling reporters ...", "Perdue said he did not believe
     * ..., arguing that ..."); -1 when no ccomp is on the way or no cue above it.
     */
    private int matrixSubject(DependencyGraph tree, int v, boolean[] content) {
        if (v == 0 || !tree.token(v).pos().equals("VBG") || !tree.token(v - 1).word().equals(",") || !tree.graphChildren(v, "nsubj").isEmpty()) return -1;
        boolean throughComplement = false;
        int best = -1;
        int cur = v;
        for (int hop = 0; hop < 8 && tree.head(cur) >= 0; hop++) {
            String r = DependencyGraph.base(tree.relation(cur));
            cur = tree.head(cur);
            if (r.equals("ccomp")) throughComplement = true;
            if (!throughComplement || !tree.token(cur).isVerb() || lexicon.verb(tree.token(cur).lemma()) == null) continue;
            for (int d : tree.children(cur, "nsubj")) if (!content[d] && !tree.relation(d).contains("pass") && d < v) best = d;
        }
        return best;
    }

    /**
     * True when a non-restrictive relative clause ("X, who ...,") ends before the cue {@code v}: a comma right before the
     * cue (or before its coordinator) closes it, and the relative clause has a predicate of its own between the relative
     * pronoun and that comma.
     */
    private static boolean relativeClosedBefore(DependencyGraph tree, int ref, int v) {
        if (ref == 0 || !tree.token(ref - 1).word().equals(",") || !finite(tree.token(v))) return false;
        int k = v - 1;
        while (k > ref && (tree.token(k).pos().matches("RB|CC|MD") || tree.relation(k).startsWith("aux"))) k--;
        if (k <= ref || !tree.token(k).word().equals(",")) return false;
        for (int i = ref + 1; i < k; i++) if (tree.token(i).isVerb() && tree.token(i).pos().matches("VBD|VBZ|VBP|VBN|VBG")) return true;
        return false;
    }

    /**
     * True when {@code noun} (modified by a participle cue) is the object of a verb with a subject, names no person or
     * group (no named entity, no agent noun, nor "a trio of governors"), and the cue is not one of evidence: the noun
     * is a message the subject produced.
     */
    private static boolean producedMessage(DependencyGraph tree, int noun, Candidate c) {
        int h = tree.head(noun);
        if (h < 0 || !tree.relation(noun).equals("obj") || !tree.token(h).isVerb() || tree.graphChildren(h, "nsubj").isEmpty()) return false;
        if ("evidence".equals(c.cueClass) || !"O".equals(tree.token(noun).ner())) return false;
        // "seeking donors supporting X", "a trio of governors seeking ...": people and groups speak themselves
        if (AGENT_NOUNS.contains(tree.token(noun).lemma().toLowerCase(Locale.ROOT))) return false;
        for (int k : tree.children(noun)) {
            if (tree.relation(k).equals("nmod:of") && AGENT_NOUNS.contains(tree.token(k).lemma().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * "won by denouncing the New Deal", "broke his silence by asking questions": a gerund right after a preposition that
     * the parser read as an adjective of the noun after it (amod). It is a verb: that noun phrase is its object.
     */
    private static boolean gerundAfterPreposition(DependencyGraph tree, int v) {
        return v > 0 && tree.token(v).pos().equals("VBG") && tree.token(v - 1).pos().equals("IN") && tree.head(v) > v
                && tree.token(tree.head(v)).isNoun();
    }

    /**
     * The attribution of a gerund cue read as an adjective ({@link #gerundAfterPreposition}): its noun phrase is the
     * content, and the subject of the verb the prepositional phrase belongs to speaks; null when that is no verb.
     */
    private Candidate gerund(Sentence s, DependencyGraph tree, int v, CueLexicon.Cue cue) {
        int noun = tree.head(v);
        int verb = tree.head(noun);
        if (verb < 0 || !tree.token(verb).isVerb() || !DependencyGraph.base(tree.relation(noun)).matches("obl|advcl")) return null;
        boolean[] content = tree.subtree(noun, v);
        for (int k : tree.children(noun, "case")) content[k] = false;
        int[] range = QuoteSpans.range(tree, content);
        if (range == null || range[0] <= v) return null;
        Candidate c = Candidate.forCue(s.index(), v, cue, "parse");
        c.cueStart = tree.token(v).start();
        c.cueEnd = tree.token(v).end();
        c.contentStart = tree.token(range[0]).start();
        c.contentEnd = tree.token(range[1]).end();
        boolean[] notSource = content.clone();
        notSource[v] = true;
        source(s, tree, verb, c, notSource);
        return c;
    }

    /** True when {@code d} is an object or oblique of the verb that {@code v} hangs from (object control). */
    private static boolean objectOfGovernor(DependencyGraph tree, int v, int d) {
        int h = tree.head(v);
        return h >= 0 && tree.head(d) == h && !DependencyGraph.base(tree.relation(d)).equals("nsubj");
    }

    /** A person or group: a personal pronoun other than "it", a name of a person or organisation, an agent noun. */
    private static boolean agentLike(DependencyGraph tree, int d) {
        Token t = tree.token(d);
        if (t.pos().equals("PRP")) return !t.word().equalsIgnoreCase("it");
        if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) return true;
        return AGENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** The noun a participle cue modifies ("voters saying ...") as the source, without the participle's clause. */
    private void modified(Sentence s, DependencyGraph tree, int noun, int participle, Candidate c, boolean[] content) {
        // "his stance telling ...", "released statements deploring ...": an act, state, attribute or finding, or a
        // noun cue (what was said), is not the speaker; documents and calls are ("emails showing", "911 calls
        // saying"); the source then stays open for the resolver
        String lemma = tree.token(noun).lemma();
        if (SourceNouns.builtIn().kind(lemma) != null || lexicon.noun(lemma) != null) return;
        List<Integer> cut = new ArrayList<>();
        cut.add(participle);
        for (int k : tree.children(noun)) if (content[k] || tree.relation(k).startsWith("acl") || DependencyGraph.base(tree.relation(k)).equals("punct")) cut.add(k);
        boolean[] sub = tree.subtree(noun, cut.stream().mapToInt(Integer::intValue).toArray());
        int[] r = QuoteSpans.range(tree, sub);
        if (r == null) return;
        while (r[0] < r[1] && tree.token(r[0]).pos().matches("IN|WP|WDT|TO|CC|RB") && r[0] != noun) r[0]++;
        c.sourceStart = tree.token(r[0]).start();
        c.sourceEnd = tree.token(r[1]).end();
    }

    private static boolean[] headNoun(DependencyGraph tree, int d) {
        List<Integer> cut = new ArrayList<>();
        for (int k : tree.children(d)) if (tree.relation(k).startsWith("acl") || DependencyGraph.base(tree.relation(k)).equals("punct")) cut.add(k);
        return tree.subtree(d, cut.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String relationOf(Sentence s, int gov, int dep) {
        for (var d : s.dependencies()) if (d.governor() == gov && d.dependent() == dep) return d.relation();
        return "";
    }

    /** The relative pronoun standing for {@code antecedent} in the clause of {@code verb}, or -1. */
    private static int refOf(Sentence s, int antecedent, int verb) {
        for (var d : s.dependencies()) {
            if (d.governor() == antecedent && d.relation().equals("ref") && d.dependent() > antecedent && d.dependent() < verb) return d.dependent();
        }
        return -1;
    }

    private static boolean isAccordingTo(List<Token> tokens, int i) {
        return tokens.get(i).word().equalsIgnoreCase("according") && i + 1 < tokens.size()
                && tokens.get(i + 1).word().equalsIgnoreCase("to");
    }

    /** "according to X, Y" and "Y, according to X". */
    /**
     * The comma that ends an "according to" source when the parse let the source run on into the clause it
     * introduces: a comma inside the source span followed, still inside it, by a subject and a finite verb; else -1.
     */
    private static int swallowedClause(DependencyGraph tree, int[] sr) {
        for (int i = sr[0]; i < sr[1]; i++) {
            if (!tree.token(i).word().equals(",")) continue;
            boolean subject = false;
            for (int j = i + 1; j <= sr[1]; j++) {
                Token t = tree.token(j);
                if (t.isNoun() || t.pos().startsWith("PRP")) subject = true;
                if (subject && t.pos().matches("VBD|VBZ|VBP|MD")) return i;
            }
            return -1;
        }
        return -1;
    }

    private void according(Sentence s, DependencyGraph tree, int a, List<Candidate> out) {
        int x = tree.head(a);
        if (x < 0 || x <= a + 1) {
            // the parser may hang "according" elsewhere: take the noun phrase right after "to"
            x = -1;
            for (int i = a + 2; i < tree.size(); i++) { if (tree.token(i).isNoun() || tree.token(i).pos().startsWith("PRP")) { x = i; break; } }
            if (x < 0) return;
        }
        boolean[] src = tree.subtree(x, a, a + 1);
        src[a] = false; src[a + 1] = false;
        int[] sr = QuoteSpans.range(tree, src);
        if (sr == null) return;
        boolean[] content = new boolean[tree.size()];
        int h = tree.head(x);
        int cut = swallowedClause(tree, sr);
        if (cut >= 0) {
            // "According to X, CLAUSE" parsed with X as the root: X ends at the comma, the clause after it is the content
            sr[1] = cut - 1;
            for (int i = cut + 1; i < tree.size(); i++) content[i] = !tree.token(i).pos().equals(".");
        } else if (h >= 0 && !tree.dominates(x, h)) content = tree.subtree(h, x);
        else for (int i = 0; i < tree.size(); i++) content[i] = i < a || i > sr[1];
        for (int i = a; i <= sr[1]; i++) content[i] = false;
        int[] cr = QuoteSpans.range(tree, content);
        if (cr == null) return;
        Candidate c = new Candidate();
        c.sentence = s.index();
        c.cueToken = a;
        c.cueClass = "speech";
        c.confidence = 0.8;
        c.how = "according-to";
        c.cueStart = tree.token(a).start();
        c.cueEnd = tree.token(a + 1).end();
        c.sourceStart = tree.token(sr[0]).start();
        c.sourceEnd = tree.token(sr[1]).end();
        c.contentStart = tree.token(cr[0]).start();
        c.contentEnd = tree.token(cr[1]).end();
        out.add(c);
    }
}
