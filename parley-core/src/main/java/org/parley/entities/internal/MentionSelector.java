package org.parley.entities.internal;

import org.parley.names.NameForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.DependencyGraph;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * Turns the annotator's named mentions into entity candidates:
 * <ul>
 *   <li>only mentions inside the article's body (or its title, when the title is in the text);</li>
 *   <li>TITLE mentions, pronouns and role nouns are dropped: a role is not an entity;</li>
 *   <li>titles in front of a person's name are cut ("Mr Putin", "President Putin" -> "Putin"), as are
 *       a leading "the" and a trailing possessive;</li>
 *   <li>NATIONALITY adjectives are kept only when used as a noun for the people or state ("the
 *       French", "Syrians"): then they are mentions of the country (when the knowledge base knows
 *       it) or of a NATIONALITY entity. Adjectives ("French President", "French lawmaker") are not
 *       entities; the actor coder still reads them as context.</li>
 * </ul>
 */
public final class MentionSelector {
    private final ActorKnowledgeBase kb;

    public MentionSelector(ActorKnowledgeBase kb) { this.kb = kb; }

    /** The spans mentions must fall in: the body (whole text when the body is unknown) and the title. */
    public static List<Span> allowedSpans(Article a) {
        String text = a.text() == null ? "" : a.text();
        List<Span> out = new ArrayList<>(a.body().isEmpty() ? List.of(new Span(0, text.length())) : a.body());
        if (a.title() != null && !a.title().isBlank()) {
            int at = text.indexOf(a.title().strip());
            if (at >= 0) out.add(new Span(at, at + a.title().strip().length()));
        }
        return out;
    }

    static boolean inside(List<Span> allowed, int start, int end) {
        for (Span s : allowed) if (start >= s.start() && end <= s.end()) return true;
        return false;
    }

    public List<Candidate> select(AnnotatedArticle doc) {
        String text = doc.text();
        List<Span> allowed = allowedSpans(doc.article());
        List<NamedMention> sane = new ArrayList<>();
        for (NamedMention m : doc.mentions()) {
            if (m.start() < 0 || m.end() > text.length() || m.start() >= m.end()) continue;
            if (inside(allowed, m.start(), m.end())) sane.add(m);
        }
        sane.sort(java.util.Comparator.comparingInt(NamedMention::start));
        List<Candidate> out = new ArrayList<>();
        for (NamedMention m : joinGivenNames(doc, joinKnownOrganisations(doc, joinPlaceParts(sane, text)))) {
            Candidate c = candidate(doc, m);
            if (c != null) out.add(c);
        }
        return out;
    }

    private static boolean isPlace(String type) {
        return type != null && switch (type) {
            case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> true;
            default -> false;
        };
    }

    /**
     * The annotator sometimes cuts one place name into pieces of different classes: "St." +
     * "Petersburg", "South" + "China" + "Sea", "Taiwan" + "Strait", "Soviet" + "Union". Place mentions
     * that touch (only spaces between them, no line break) and include a generic LOCATION piece are
     * one LOCATION mention.
     */
    static List<NamedMention> joinPlaceParts(List<NamedMention> ms, String text) {
        List<NamedMention> out = new ArrayList<>();
        for (NamedMention m : ms) {
            NamedMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && isPlace(prev.type()) && isPlace(m.type()) && m.start() > prev.end()
                    && (prev.type().equals("LOCATION") || m.type().equals("LOCATION"))
                    && text.substring(prev.end(), m.start()).chars().allMatch(c -> c == ' ')) {
                int endToken = prev.sentence() == m.sentence() ? m.endToken() : prev.endToken();
                out.set(out.size() - 1, new NamedMention(prev.sentence(), prev.firstToken(), endToken, prev.start(), m.end(),
                        text.substring(prev.start(), m.end()), "LOCATION"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The annotator sometimes leaves a person's given name out of the mention, or types it apart ("Marine"
     * ORGANIZATION + "Le Pen" PERSON). A capitalised word just before a person mention (same sentence,
     * one space) joins it when the joined name is a person the knowledge base knows by that full name,
     * or that the article names elsewhere; the word's own one-word mention is dropped. Without that
     * evidence the word stays apart: "Kremlin Putin" in a headline is not a name.
     */
    List<NamedMention> joinGivenNames(AnnotatedArticle doc, List<NamedMention> ms) {
        String text = doc.text();
        java.util.Set<String> personNames = new java.util.HashSet<>();
        for (NamedMention m : ms) if ("PERSON".equals(m.type())) personNames.add(NameForms.fold(m.text()));
        List<NamedMention> out = new ArrayList<>();
        for (NamedMention m : ms) {
            NamedMention joined = "PERSON".equals(m.type()) ? withGivenName(doc, m, out, personNames) : null;
            if (joined == null) { out.add(m); continue; }
            if (!out.isEmpty() && out.get(out.size() - 1).end() > joined.start()) out.remove(out.size() - 1);
            out.add(joined);
        }
        return out;
    }

    /** Words that may stand between two organisation pieces of one known name. */
    static final int MAX_GAP_TOKENS = 2;

    /**
     * The annotator splits an organisation's name where a word is not capitalised ("UN security Council"
     * is "UN" + "Council"). Two organisation mentions of one sentence, at most {@link #MAX_GAP_TOKENS}
     * words apart with no punctuation between, are one mention when the whole span is an organisation
     * the knowledge base knows.
     */
    List<NamedMention> joinKnownOrganisations(AnnotatedArticle doc, List<NamedMention> ms) {
        if (kb == null) return ms;
        String text = doc.text();
        List<NamedMention> out = new ArrayList<>();
        for (NamedMention m : ms) {
            NamedMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && "ORGANIZATION".equals(prev.type()) && "ORGANIZATION".equals(m.type())
                    && prev.sentence() == m.sentence() && m.firstToken() > prev.endToken()
                    && m.firstToken() - prev.endToken() <= MAX_GAP_TOKENS && m.start() > prev.end()) {
                String gap = text.substring(prev.end(), m.start());
                String whole = text.substring(prev.start(), m.end());
                if (gap.chars().allMatch(c -> Character.isLetter(c) || c == ' ') && kb.igo(whole).isPresent()) {
                    out.set(out.size() - 1, new NamedMention(prev.sentence(), prev.firstToken(), m.endToken(), prev.start(), m.end(),
                            whole, "ORGANIZATION"));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private NamedMention withGivenName(AnnotatedArticle doc, NamedMention m, List<NamedMention> before, java.util.Set<String> personNames) {
        if (m.sentence() < 0 || m.sentence() >= doc.sentences().size() || m.firstToken() < 1) return null;
        Sentence s = doc.sentences().get(m.sentence());
        if (m.firstToken() > s.tokens().size()) return null;
        Token prev = s.tokens().get(m.firstToken() - 1);
        String w = prev.word();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) return null;
        if (!doc.text().substring(prev.end(), m.start()).equals(" ")) return null;
        if (NameForms.isTitle(w) || NameForms.isOnlyTitlesOrPronouns(w)) return null;
        NamedMention last = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean ownMention = last != null && last.end() > prev.start();
        if (ownMention && (last.start() != prev.start() || last.end() != prev.end())) return null; // part of a longer name
        if (ownMention && "PERSON".equals(last.type())) return null;
        String full = doc.text().substring(prev.start(), m.end());
        boolean known = personNames.contains(NameForms.fold(full));
        if (!known && kb != null) {
            ActorKnowledgeBase.PersonMatch pm = kb.findPersons(full);
            known = pm != null && pm.kind() == ActorKnowledgeBase.MatchKind.FULL;
        }
        if (!known) return null;
        return new NamedMention(m.sentence(), m.firstToken() - 1, m.endToken(), prev.start(), m.end(), full, "PERSON");
    }

    private Candidate candidate(AnnotatedArticle doc, NamedMention m) {
        String ner = m.type() == null ? "" : m.type();
        EntityType type = typeOf(ner);
        if (type == null) return null;
        if (allPronouns(doc, m)) return null;
        String text = doc.text();
        int[] span = trim(text, m.start(), m.end(), type == EntityType.PERSON);
        if (span[0] >= span[1]) return null;
        String surface = text.substring(span[0], span[1]);
        if (NameForms.isOnlyTitlesOrPronouns(surface)) return null;
        if (!hasLetter(surface)) return null;
        if (type == EntityType.PERSON && tokens(doc, m).size() == 1 && afterModelDesignation(doc, m)) {
            type = EntityType.MISC; // "An-124 Ruslan", "Su-57 Felon": a machine's name, not a person
        }
        if (type == EntityType.PERSON || type == EntityType.LOCATION || type == EntityType.MISC) {
            Optional<ActorKnowledgeBase.CountryRef> known = safeCountry(surface);
            if (known.isPresent() && known.get().matchedAs().equals("NAME")) type = EntityType.COUNTRY; // "Libya", "Fifth Republic"
            else if (known.isPresent() && known.get().matchedAs().equals("SEAT") && type == EntityType.PERSON) {
                type = EntityType.ORGANIZATION; // "Élysée" typed PERSON: a seat of power
            }
        }
        if (type == EntityType.NATIONALITY) {
            if (!usedAsNoun(doc, m)) return null;
            Optional<ActorKnowledgeBase.CountryRef> country = safeCountry(surface);
            if (country.isPresent()) type = EntityType.COUNTRY;
        }
        Candidate c = Candidate.of(span[0], span[1], text, ner, type, m.sentence(), false);
        List<Token> ts = tokens(doc, m);
        if (ts.size() == 1 && (MissedMentionFinder.speakerPosition(doc.sentences().get(m.sentence()), m.firstToken())
                || subjectOfVerb(doc.sentences().get(m.sentence()), m.firstToken()))) {
            c = c.asSpeaker();
        }
        return c;
    }

    /**
     * The token is the subject of a verb ("Makron it gratefully accepted", "Makron met"): context that says
     * person for a name typed as a place, which lets a spelling variant join the person it spells.
     */
    static boolean subjectOfVerb(Sentence s, int i) {
        org.parley.annotate.DependencyGraph g = s.graph();
        if (i < 0 || i >= g.size()) return false;
        String rel = DependencyGraph.base(g.relation(i));
        if (!rel.equals("nsubj")) return false;
        int h = g.head(i);
        return h >= 0 && g.token(h).isVerb();
    }

    /** Fine-grained NER class to entity type; null for classes that are not entities (TITLE, numbers, ...). */
    static EntityType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> EntityType.LOCATION;
            case "NATIONALITY" -> EntityType.NATIONALITY;
            case "MISC" -> EntityType.MISC;
            default -> null; // TITLE, RELIGION, IDEOLOGY, CRIMINAL_CHARGE, CAUSE_OF_DEATH, URL, EMAIL, numbers, times
        };
    }

    /** An aircraft, ship or weapon designation such as "An-124", "Su-27", "MiG-29", "F-35" or "T-90". */
    private static final java.util.regex.Pattern DESIGNATION = java.util.regex.Pattern.compile("[A-Z][A-Za-z]{0,3}-?[0-9]{1,4}[A-Za-z]{0,2}");

    static boolean afterModelDesignation(AnnotatedArticle doc, NamedMention m) {
        String text = doc.text();
        int end = m.start();
        if (end < 2 || text.charAt(end - 1) != ' ') return false;
        int start = end - 1;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && end - start < 12) start--;
        String word = text.substring(start, end - 1);
        return DESIGNATION.matcher(word).matches() && word.chars().anyMatch(Character::isDigit);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private static List<Token> tokens(AnnotatedArticle doc, NamedMention m) {
        if (m.sentence() < 0 || m.sentence() >= doc.sentences().size()) return List.of();
        List<Token> ts = doc.sentences().get(m.sentence()).tokens();
        if (m.firstToken() < 0 || m.endToken() > ts.size() || m.firstToken() >= m.endToken()) return List.of();
        return ts.subList(m.firstToken(), m.endToken());
    }

    private static boolean allPronouns(AnnotatedArticle doc, NamedMention m) {
        List<Token> ts = tokens(doc, m);
        if (ts.isEmpty()) return false;
        for (Token t : ts) if (!t.pos().startsWith("PRP") && !t.pos().startsWith("WP")) return false;
        return true;
    }

    /**
     * A nationality word used as a noun: plural ("Syrians"), or not followed by a noun or adjective
     * it would modify ("the French say", "talks with the French.").
     */
    static boolean usedAsNoun(AnnotatedArticle doc, NamedMention m) {
        List<Token> ts = tokens(doc, m);
        if (ts.isEmpty()) return false;
        Token last = ts.get(ts.size() - 1);
        if (last.pos().equals("NNPS") || last.pos().equals("NNS")) return true;
        Sentence s = doc.sentences().get(m.sentence());
        if (m.endToken() < s.tokens().size()) {
            Token next = s.tokens().get(m.endToken());
            String p = next.pos();
            if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("VBG") || p.equals("VBN")
                    || next.word().equals("-") || next.word().equals("\u2013")) return false;
        }
        if (m.firstToken() > 0) {
            Token prev = s.tokens().get(m.firstToken() - 1);
            return prev.word().equalsIgnoreCase("the");
        }
        return false;
    }

    private Optional<ActorKnowledgeBase.CountryRef> safeCountry(String phrase) {
        return kb == null ? Optional.empty() : kb.country(phrase);
    }

    /**
     * Trims a mention span: leading quotes and punctuation, a leading "the", leading titles for
     * persons ("Mr", "President", "Prime Minister"), trailing punctuation and possessive "'s".
     */
    static int[] trim(String text, int start, int end, boolean person) {
        int s = start, e = end;
        for (boolean changed = true; changed && s < e; ) {
            changed = false;
            while (s < e && !Character.isLetterOrDigit(text.charAt(s))) { s++; changed = true; }
            int w1 = wordEnd(text, s, e);
            String first = text.substring(s, w1);
            int next = skipSpace(text, w1, e);
            if (next >= e) break; // never cut the last word
            if (first.equalsIgnoreCase("the")) { s = next; changed = true; continue; }
            if (!person) break;
            int w2 = wordEnd(text, next, e);
            int after2 = skipSpace(text, w2, e);
            if (after2 < e && NameForms.isTitle(first + " " + text.substring(next, w2))) { s = after2; changed = true; continue; }
            if (NameForms.isTitle(first)) { s = next; changed = true; }
        }
        while (e > s) {
            char c = text.charAt(e - 1);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '"' || c == '\u201D' || c == ')') { e--; continue; }
            if (e - s > 2 && (c == 's' || c == 'S') && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019')) { e -= 2; continue; }
            if (c == '\'' || c == '\u2019') { e--; continue; }
            break;
        }
        return new int[] {s, e};
    }

    private static int wordEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
