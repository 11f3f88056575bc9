package org.parley.entities.internal;

import org.parley.names.NameSimilarity;
import org.parley.names.NameForms;
import org.parley.names.PersonName;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.NamedMention;
import org.parley.annotate.RawTimex;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * Finds occurrences of the article's entities that the annotator missed: once "Emmanuel Macron" is
 * an entity, "macron" in lower case (machine-translated text loses capitals), or a capitalised
 * "McCron" / "Makron" next to a verb or a quote ("McCron added", "... ," Makron said), is a mention.
 *
 * <p>Guards, for precision: only words no annotator mention covers and no time expression covers;
 * lower-case matches only for words that are not ordinary English words ({@code common-words.tsv})
 * and not tagged as verbs, modals, function words; sound-alike matches only for capitalised proper
 * nouns in a speaker-like position, only for persons, only when one person fits.
 */
public final class MissedMentionFinder {
    private static final int MAX_WORDS = 5;
    private static final Set<String> NOT_NAME_POS = Set.of("MD", "IN", "DT", "PDT", "CC", "TO", "WDT", "WP", "WP$",
            "PRP", "PRP$", "RB", "RBR", "RBS", "EX", "UH", "POS", "CD");
    private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    private final ActorKnowledgeBase kb;

    public MissedMentionFinder(ActorKnowledgeBase kb) { this.kb = kb; }

    public void addMissed(AnnotatedArticle doc, List<Cluster> clusters) {
        Map<String, Cluster> organisations = new HashMap<>();
        Map<String, Cluster> keys = keys(clusters);
        List<Span> allowed = MentionSelector.allowedSpans(doc.article());
        // Characters already taken, as a bit set: a token is checked in time of its length, not of the mentions so far
        // (a list made long articles quadratic).
        BitSet covered = new BitSet();
        for (NamedMention m : doc.mentions()) covered.set(Math.max(0, m.start()), Math.max(Math.max(0, m.start()), m.end()));
        for (RawTimex t : doc.timexes()) if (t.start() >= 0 && t.end() >= t.start()) covered.set(t.start(), t.end());
        for (Cluster cl : clusters) for (Candidate c : cl.members()) covered.set(c.start(), c.end());
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!free(ts.get(i), covered, allowed)) continue;
                int matched = matchKnown(doc, s, i, keys, covered, allowed, clusters, text);
                if (matched == 0) matched = matchSoundAlike(doc, s, i, clusters, text);
                if (matched == 0) matched = matchKnownOrganisation(s, i, covered, allowed, clusters, organisations, text);
                if (matched > 0) {
                    covered.set(ts.get(i).start(), ts.get(i + matched - 1).end());
                    i += matched - 1;
                }
            }
        }
    }

    /** Keys (folded spellings) that point to exactly one cluster. */
    static Map<String, Cluster> keys(List<Cluster> clusters) {
        Map<String, Cluster> out = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Cluster cl : clusters) {
            Set<String> mine = new HashSet<>();
            for (Candidate m : cl.members()) mine.add(m.key());
            if (cl.type() == EntityType.PERSON) for (PersonName f : cl.fullNames()) mine.addAll(f.surnameKeys());
            for (String k : mine) {
                if (k.isEmpty()) continue;
                Cluster prev = out.putIfAbsent(k, cl);
                if (prev != null && prev != cl) ambiguous.add(k);
            }
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    private static boolean free(Token t, BitSet covered, List<Span> allowed) {
        if (TIME_NER.contains(t.ner())) return false;
        if (!MentionSelector.inside(allowed, t.start(), t.end())) return false;
        int taken = covered.nextSetBit(t.start());
        return taken < 0 || taken >= t.end();
    }

    /**
     * The text of the {@code n} tokens from {@code i} when the ones after the first are free too (the caller checked
     * the first) and no real line break runs through them (it ends a name); else null.
     */
    private static String freePhrase(List<Token> ts, int i, int n, BitSet covered, List<Span> allowed, String text) {
        for (int k = 1; k < n; k++) if (!free(ts.get(i + k), covered, allowed)) return null;
        String phrase = text.substring(ts.get(i).start(), ts.get(i + n - 1).end());
        return n > 1 && phrase.indexOf('\n') >= 0 ? null : phrase;
    }

    /** Longest run of free tokens from {@code i} spelling a known name; returns its length in tokens, 0 if none. */
    private int matchKnown(AnnotatedArticle doc, Sentence s, int i, Map<String, Cluster> keys, BitSet covered,
                           List<Span> allowed, List<Cluster> clusters, String text) {
        List<Token> ts = s.tokens();
        int maxN = Math.min(MAX_WORDS, ts.size() - i);
        for (int n = maxN; n >= 1; n--) {
            String phrase = freePhrase(ts, i, n, covered, allowed, text);
            if (phrase == null) continue;
            int start = ts.get(i).start(), end = ts.get(i + n - 1).end();
            Cluster cl = keys.get(NameForms.fold(phrase));
            if (cl == null || !acceptKnown(ts.subList(i, i + n), phrase)) continue;
            // one lower-case word names a person or a country ("macron", "russia"); for organisations
            // and places it is mostly an ordinary noun ("the gulf between them", "a union")
            if (n == 1 && !NameForms.hasUpperCase(phrase) && cl.type() != EntityType.PERSON
                    && cl.type() != EntityType.COUNTRY) continue;
            cl.add(Candidate.of(start, end, text, "RECOVERED", cl.type(), s.index(), true));
            return n;
        }
        return 0;
    }

    /**
     * A name the knowledge base gives an organisation (an armed group, an NGO or an IGO, listed as a seat of a country
     * or in igos.tsv: "Jabhat al-Nusra", "White Helmets") that the annotator left untagged becomes an organisation
     * entity, one per spelling. It must start with a capital; one word must be a proper noun that is no ordinary
     * English word unless written in capitals ("HTS"). Countries, capitals and regions are left to the annotator.
     */
    private int matchKnownOrganisation(Sentence s, int i, BitSet covered, List<Span> allowed, List<Cluster> clusters,
                                       Map<String, Cluster> found, String text) {
        if (kb == null) return 0;
        List<Token> ts = s.tokens();
        Token first = ts.get(i);
        if (!NameForms.isCapitalised(first.word())) return 0;
        int maxN = Math.min(MAX_WORDS, ts.size() - i);
        for (int n = maxN; n >= 1; n--) {
            Token last = ts.get(i + n - 1);
            if (!Character.isLetterOrDigit(last.word().charAt(last.word().length() - 1))) continue; // no trailing quote or comma
            String phrase = freePhrase(ts, i, n, covered, allowed, text);
            if (phrase == null || !knownOrganisation(phrase)) continue;
            int start = first.start(), end = last.end();
            if (n == 1 && (!first.pos().startsWith("NNP")
                    || (NameForms.isCommonWord(first.word()) && !first.word().equals(first.word().toUpperCase())))) continue;
            Candidate c = Candidate.of(start, end, text, "RECOVERED", EntityType.ORGANIZATION, s.index(), true);
            Cluster cl = found.get(c.key());
            if (cl == null) {
                cl = new Cluster(c);
                clusters.add(cl);
                found.put(c.key(), cl);
            } else {
                cl.add(c);
            }
            return n;
        }
        return 0;
    }

    private boolean knownOrganisation(String phrase) {
        var ref = kb.country(phrase);
        if (ref.isPresent()) return "SEAT".equals(ref.get().matchedAs());
        return kb.igo(phrase).isPresent();
    }

    private static boolean acceptKnown(List<Token> run, String phrase) {
        Token last = run.get(run.size() - 1);
        if (!NameForms.hasUpperCase(phrase)) {
            // lower case: the translation lost the capitals ("macron"), or it is an ordinary word ("may")
            if (NameForms.fold(phrase).replace(" ", "").length() < 4) return false;
            boolean someRare = false;
            for (Token t : run) if (!NameForms.isCommonWord(t.word()) && t.word().length() > 1) someRare = true;
            if (!someRare) return false;
            if (run.size() == 1 && (NameForms.isCommonWord(last.word()) || notNamePos(last) || last.pos().startsWith("VB"))) return false;
            return !NameForms.isPronoun(phrase);
        }
        if (run.size() == 1) {
            Token t = run.get(0);
            if (!NameForms.isCapitalised(t.word())) return false;
            if (NameForms.isCommonWord(t.word())) return t.pos().startsWith("NNP");
            return !notNamePos(t) && !t.pos().startsWith("VB");
        }
        return true;
    }

    private static boolean notNamePos(Token t) {
        return NOT_NAME_POS.contains(t.pos());
    }

    /** A capitalised proper noun next to a verb or quote that sounds and is spelled like exactly one person's surname. */
    private int matchSoundAlike(AnnotatedArticle doc, Sentence s, int i, List<Cluster> clusters, String text) {
        Token t = s.tokens().get(i);
        String w = t.word();
        if (w.length() < 4 || !NameForms.isCapitalised(w) || NameForms.isCommonWord(w)) return 0;
        if (!w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) return 0;
        if (!t.pos().startsWith("NNP") && !t.pos().equals("NN") && !t.pos().equals("FW")) return 0;
        if (!speakerPosition(s, i)) return 0;
        if (knownNonPerson(w)) return 0;
        String folded = NameForms.fold(w);
        Cluster found = null;
        for (Cluster cl : clusters) {
            if (cl.type() != EntityType.PERSON) continue;
            boolean fits = false;
            for (PersonName n : cl.names()) {
                for (String key : n.surnameKeys()) if (!key.contains(" ") && NameSimilarity.isVariant(folded, key)) fits = true;
            }
            if (!fits) continue;
            if (found != null && found != cl) return 0;
            found = cl;
        }
        if (found == null) return 0;
        found.add(Candidate.of(t.start(), t.end(), text, "RECOVERED", EntityType.PERSON, s.index(), true));
        return 1;
    }

    /** Next to a verb ("McCron added", "said Makron"), a title ("Mr Makron") or a quotation mark. */
    static boolean speakerPosition(Sentence s, int i) {
        List<Token> ts = s.tokens();
        if (i + 1 < ts.size()) {
            Token next = ts.get(i + 1);
            if (next.pos().startsWith("VB") || next.pos().equals("MD") || next.pos().equals("POS")) return true;
        }
        if (i > 0) {
            Token prev = ts.get(i - 1);
            String pw = prev.word();
            if (prev.pos().startsWith("VB") || NameForms.isTitle(pw)) return true;
            if (pw.equals("\"") || pw.equals("''") || pw.equals("``") || pw.equals("\u201D") || pw.equals("\u201C") || pw.equals(",")) return true;
        }
        return false;
    }

    private boolean knownNonPerson(String w) {
        return kb != null && (kb.country(w).isPresent() || kb.igo(w).isPresent());
    }

    /** Joins a person's mentions that sit side by side ("Emmanuel" + recovered "macron") into one mention. */
    public static void joinAdjacent(AnnotatedArticle doc, List<Cluster> clusters) {
        String text = doc.text();
        for (Cluster cl : clusters) {
            if (cl.type() != EntityType.PERSON || cl.members().size() < 2) continue;
            List<Candidate> ordered = cl.ordered();
            List<Candidate> out = new ArrayList<>();
            Candidate cur = ordered.get(0);
            for (int k = 1; k < ordered.size(); k++) {
                Candidate next = ordered.get(k);
                boolean adjacent = next.start() >= cur.end() && next.sentence() == cur.sentence()
                        && text.substring(cur.end(), next.start()).isBlank() && (cur.recovered() || next.recovered());
                if (adjacent) {
                    cur = Candidate.of(cur.start(), next.end(), text, cur.recovered() ? next.nerType() : cur.nerType(),
                            cl.type(), cur.sentence(), false);
                } else {
                    out.add(cur);
                    cur = next;
                }
            }
            out.add(cur);
            cl.replaceMembers(out);
        }
    }
}
