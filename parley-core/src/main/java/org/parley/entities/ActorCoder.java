package org.parley.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.DependencyGraph;
import org.parley.annotate.NamedMention;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.entities.kb.ActorKnowledgeBase.CountryRef;
import org.parley.entities.kb.ActorKnowledgeBase.MatchKind;
import org.parley.entities.kb.ActorKnowledgeBase.Person;
import org.parley.entities.kb.ActorKnowledgeBase.PersonMatch;
import org.parley.entities.kb.Keys;
import org.parley.entities.kb.PhraseCoder;
import org.parley.entities.kb.PhraseCoder.Coded;
import org.parley.model.Actor;
import org.parley.model.Dateline;
import org.parley.model.Span;

/**
 * Codes names and noun phrases as actors: first from the knowledge base (date-aware), then from
 * the context of the mention: premodifiers ("French lawmaker X", "Russian President X"),
 * appositions ("X, the official representative of the Defense Ministry"), "X of Russia", and the
 * article's dominant country when only the sector is stated. Thread-safe.
 *
 * <p>When only a sector is known, the country comes from, in order: the nearest earlier phrase of
 * the article naming a country with the same sector ("the Russian Defense Ministry" before "the
 * Defense Ministry"), the dateline ("MOSCOW (Reuters) -"), then the article's dominant country (at
 * least two mentions and half of all country mentions). See docs/actors.md.
 */
public final class ActorCoder {
    /**
     * An actor code with the reason it was chosen, for explainable output; {@code role} is the role
     * phrase that gave the sector when it came from words ("defence ministry"), else null.
     */
    public record Coding(Actor actor, String reason, String role) {
        public Coding(Actor actor, String reason) { this(actor, reason, null); }
    }

    private static final Set<String> PERSON_TYPES = Set.of("PERSON");
    private static final Set<String> NP_BREAK_WORDS = Set.of("and", "or", "but", "said", "says", "told", "who",
            "which", "that", "when", "while", "as", "with", "by", "to", "from", "in", "on", "at", "for");
    private static final int WINDOW = 8;
    private static final Set<String> FALLBACK_SECTORS = Set.of("GOV", "LEG", "MIL", "JUD", "COP", "SPY", "OPP", "PTY");

    private final ActorKnowledgeBase kb;
    private final PhraseCoder phrases;

    public ActorCoder(ActorKnowledgeBase kb) {
        this.kb = kb;
        this.phrases = new PhraseCoder(kb);
    }

    public ActorKnowledgeBase knowledgeBase() { return kb; }

    /** Code for a named mention (span of the article's text) at the article's date; null when none. */
    public Actor codeMention(AnnotatedArticle doc, Span mention, String nerType) {
        Coding c = explainMention(doc, mention, nerType);
        return c == null ? null : c.actor();
    }

    /** Like {@link #codeMention} with the reason for the code; null when none. */
    public Coding explainMention(AnnotatedArticle doc, Span mention, String nerType) {
        if (doc == null || mention == null || doc.text() == null || mention.end() > doc.text().length()) return null;
        return code(doc, mention, nerType == null ? "" : nerType.toUpperCase(Locale.ROOT));
    }

    /**
     * Code for a noun phrase such as "Russia", "the Kremlin", "French lawmakers", "the Russian Defense
     * Ministry", "NATO", "rebels" (sector only). Empty when the phrase names no actor.
     */
    public Optional<Actor> codePhrase(String phrase, LocalDate date) { return phrases.code(phrase, date); }

    /** Like {@link #codePhrase} with the reason; null when the phrase names no actor. */
    public Coding explainPhrase(String phrase, LocalDate date) {
        Coded c = phrases.explain(phrase, date);
        return c == null ? null : new Coding(c.actor(), c.reason());
    }

    // ---------------------------------------------------------------------------------------------

    private Coding code(AnnotatedArticle doc, Span mention, String type) {
        String text = mention.of(doc.text());
        if (isVenueModifier(doc, mention, text, type)) return null;
        LocalDate date = doc.article() == null ? null : doc.article().published();
        boolean person = PERSON_TYPES.contains(type);
        Coding context = context(doc, mention);

        if (person || type.isEmpty()) {
            Coding known = knownPerson(doc, text, date);
            if (known != null) return mergePerson(known, context, date == null);
            if (person) {
                // A mistyped PERSON that is a seat of power, capital or IGO ("Elysee", "Kyiv").
                Coded place = phrases.explainName(stripTitle(text), date);
                if (context == null && place != null && isPlaceOrBody(text)) return new Coding(place.actor(), place.reason(), place.role());
                return withCountry(doc, mention, context);
            }
        }
        Coded own = phrases.explainName(stripTitle(text), date);
        if (own != null) {
            Actor a = own.actor();
            if (a.country() == null && context != null && context.actor().country() != null) {
                return new Coding(new Actor(context.actor().country(), a.sector()), own.reason() + "; " + context.reason());
            }
            Coding c = new Coding(a, own.reason(), own.role());
            return a.country() == null ? withCountry(doc, mention, c) : c;
        }
        return context == null ? null : withCountry(doc, mention, context);
    }

    /**
     * A city or region named as the venue or topic of a thing, not acting: "the Minsk agreements", "the
     * Berlin conference", "the Paris Agreement" (the mention is followed by a noun naming no one who acts).
     * Country names keep their code ("the US withdrawal": the US withdrew), as do capitals standing for
     * their government ("Moscow said") and possessives ("Berlin's proposal").
     */
    private boolean isVenueModifier(AnnotatedArticle doc, Span mention, String text, String type) {
        boolean cityType = type.equals("CITY") || type.equals("LOCATION") || type.equals("STATE_OR_PROVINCE");
        Optional<CountryRef> place = kb.country(stripTitle(text));
        boolean city = place.map(r -> r.matchedAs().equals("CAPITAL") || r.matchedAs().equals("REGION")).orElse(cityType);
        if (!city) return false;
        Sentence s = doc.sentenceAt(mention.start());
        if (s == null) return false;
        int last = s.tokenAt(Math.max(mention.start(), mention.end() - 1));
        if (last < 0 || last + 1 >= s.tokens().size()) return false;
        Token next = s.tokens().get(last + 1);
        if (next.start() < mention.end()) return false;
        return next.pos() != null && next.pos().startsWith("NN") && kb.isNonAgentNoun(next.word());
    }

    /** KB person, date-aware; surname-only matches need the full name somewhere in the article. */
    private Coding knownPerson(AnnotatedArticle doc, String text, LocalDate date) {
        String name = stripTitle(text);
        PersonMatch m = kb.findPersons(name);
        if (m == null) return null;
        List<Person> candidates = m.persons();
        if (m.kind() != MatchKind.FULL) {
            List<Person> supported = supportedInArticle(doc, candidates);
            if (!supported.isEmpty()) candidates = supported;
            else if (m.kind() == MatchKind.SURNAME) return null;
            else if (date != null && candidates.stream().noneMatch(p -> p.inOfficeOn(date))) return null;
        }
        Optional<Actor> a = ActorKnowledgeBase.resolve(candidates, date);
        if (a.isEmpty()) return null;
        String who = candidates.size() == 1 ? candidates.get(0).name() : candidates.size() + " persons named '" + name + "'";
        String role = "";
        if (candidates.size() == 1 && date != null) {
            for (ActorKnowledgeBase.Role r : candidates.get(0).roles()) {
                if (r.heldOn(date)) { role = " (" + r.title() + " on " + date + ")"; break; }
            }
            if (role.isEmpty()) role = " (no office on " + date + ")";
        }
        return new Coding(a.get(), "knowledge base: " + who + role);
    }

    private List<Person> supportedInArticle(AnnotatedArticle doc, List<Person> candidates) {
        String body = facts(doc).basicBody();
        List<Person> out = new ArrayList<>();
        for (Person p : candidates) {
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(p.aliases());
            for (String n : names) {
                String k = Keys.basic(n);
                if (k.contains(" ") && body.contains(k)) { out.add(p); break; }
            }
        }
        return out;
    }

    /**
     * A KB person's code, with the sector from context when the KB has only ELI, no office that day ("Economy Minister Macron"
     * out of office) or when the article is undated, so that the KB's latest office is only a guess
     * ("Outgoing President Francois Hollande" in an undated story is GOV, not his later seat in parliament).
     */
    private static Coding mergePerson(Coding known, Coding context, boolean undated) {
        Actor k = known.actor();
        if (context == null || context.actor().sector() == null) return known;
        if (k.sector() != null && !ActorKnowledgeBase.ELITE.equals(k.sector()) && !undated) return known;
        Actor c = context.actor();
        if (c.country() != null && !c.country().equals(k.country())) return known;
        if (context.reason().contains("former")) return undated ? new Coding(new Actor(k.country(), ActorKnowledgeBase.ELITE), known.reason() + "; former, from " + context.reason()) : known;
        return new Coding(new Actor(k.country(), c.sector()), known.reason() + "; sector from " + context.reason());
    }

    private boolean isPlaceOrBody(String text) {
        String t = stripTitle(text);
        if (kb.igo(t).isPresent()) return true;
        return kb.country(t).map(r -> r.matchedAs().equals("SEAT") || r.matchedAs().equals("CAPITAL")).orElse(false);
    }

    /** Drops honorifics and titles glued into a PERSON mention ("President Putin" stays for the KB alias). */
    private static String stripTitle(String s) {
        String t = s.strip().replaceAll("^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Sen|Rep|Gen|Col|Adm|Prof)\\.?\\s+", "");
        t = t.replaceAll("(?:'s|\u2019s)$", "");
        return t;
    }

    // ---------------------------------------------------------------------------------------------
    // Context of a mention within its sentence.

    private Coding context(AnnotatedArticle doc, Span mention) {
        Sentence s = doc.sentenceAt(mention.start());
        if (s == null || s.tokens().isEmpty()) return null;
        int first = s.tokenAt(mention.start());
        int last = s.tokenAt(Math.max(mention.start(), mention.end() - 1));
        if (first < 0 || last < 0) return null;
        LocalDate date = doc.article() == null ? null : doc.article().published();
        String text = doc.text();

        Coding pre = premodifier(text, s, first, date);
        Coding app = apposition(text, s, first, last, date);
        Coding of = ofCountry(text, s, last);
        Coding best = pre;
        if (best == null || best.actor().sector() == null) best = pick(best, app);
        if (best == null || best.actor().sector() == null) best = pick(best, leadingApposition(text, s, first, last, date));
        if (best == null || best.actor().country() == null) best = fillCountry(best, of);
        if (best != null && best.actor().country() == null && app != null && app.actor().country() != null) best = fillCountry(best, app);
        return best;
    }

    private static Coding pick(Coding a, Coding b) {
        if (a == null) return b;
        if (b == null) return a;
        Actor x = a.actor(), y = b.actor();
        String country = x.country() != null ? x.country() : y.country();
        String sector = x.sector() != null ? x.sector() : y.sector();
        return new Coding(new Actor(country, sector), a.reason() + "; " + b.reason(), x.sector() != null ? a.role() : b.role());
    }

    private static Coding fillCountry(Coding a, Coding b) {
        if (b == null || b.actor().country() == null) return a;
        if (a == null) return b;
        return new Coding(new Actor(b.actor().country(), a.actor().sector()), a.reason() + "; " + b.reason(), a.role());
    }

    /** "French lawmaker X", "Russian President X", "Russia's Foreign Minister X", "Kremlin spokesman X". */
    private Coding premodifier(String text, Sentence s, int first, LocalDate date) {
        List<Token> toks = s.tokens();
        int from = first;
        for (int i = first - 1; i >= 0 && first - i <= WINDOW; i--) {
            Token t = toks.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (isAttachedHyphen(toks, i)) { from = i; continue; } // "pro-Russian" split by the tokenizer
            if (isBreak(t) || "PERSON".equals(t.ner())) break;
            if (w.equals("the") || w.equals("a") || w.equals("an")) { from = i; break; }
            from = i;
        }
        if (from >= first) return null;
        String phrase = text.substring(toks.get(from).start(), toks.get(first - 1).end());
        Coded c = phrases.explain(phrase, date);
        return c == null ? null : new Coding(c.actor(), "premodifier '" + phrase + "': " + c.reason(), c.role());
    }

    /** "X, the official representative of the Defense Ministry," (also from a parsed appos relation). */
    private Coding apposition(String text, Sentence s, int first, int last, LocalDate date) {
        List<Token> toks = s.tokens();
        int start = -1, end = -1;
        if (s.parsed()) {
            DependencyGraph g = new DependencyGraph(s);
            int head = headOf(g, first, last);
            for (int c : g.children(head, "appos")) {
                if (c > last) {
                    int[] span = subtree(g, c);
                    start = span[0];
                    end = span[1];
                    break;
                }
            }
        }
        if (start < 0) {
            int i = last + 1;
            if (i >= toks.size() || !toks.get(i).word().equals(",")) return null;
            start = i + 1;
            end = start;
            while (end < toks.size() && end - start < 15) {
                String w = toks.get(end).word();
                if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("(")) break;
                if (toks.get(end).isVerb() && !toks.get(end).pos().equals("VBN")) return null; // "X, who said ..." is no apposition
                end++;
            }
            end--;
        }
        if (start > end || start >= toks.size()) return null;
        Token firstTok = toks.get(start);
        String fw = firstTok.word().toLowerCase(Locale.ROOT);
        if (firstTok.isVerb() || NP_BREAK_WORDS.contains(fw)) return null;
        String phrase = text.substring(firstTok.start(), toks.get(Math.min(end, toks.size() - 1)).end());
        Coded c = phrases.explain(phrase, date);
        if (c == null || c.actor().sector() == null) return null; // an apposition must state a role
        return new Coding(c.actor(), "apposition '" + phrase + "': " + c.reason(), c.role());
    }

    /**
     * A role phrase set off before the name: "French lawmaker and member of the defence committee,
     * Jean Dupont, told ...", "The French president, Emmanuel Macron, said". The phrase runs back
     * from the comma to the previous punctuation, verb or clause word; it must state a role, and each
     * conjunct is tried when the whole phrase is not understood.
     */
    private Coding leadingApposition(String text, Sentence s, int first, int last, LocalDate date) {
        List<Token> toks = s.tokens();
        if (first < 2 || !toks.get(first - 1).word().equals(",")) return null;
        if (last + 1 < toks.size()) {
            Token next = toks.get(last + 1);
            if (!next.word().equals(",") && !next.isVerb()) return null;
        }
        int end = first - 2;
        int from = end + 1;
        for (int i = end; i >= 0 && end - i < 15; i--) {
            Token t = toks.get(i);
            String pos = t.pos() == null ? "" : t.pos();
            boolean punct = !Character.isLetterOrDigit(t.word().charAt(0)) && !t.word().startsWith("'");
            if (punct || pos.startsWith("VB") && !pos.equals("VBN") || pos.startsWith("W")) break;
            from = i;
        }
        if (from > end) return null;
        List<int[]> candidates = new ArrayList<>();
        candidates.add(new int[] {from, end});
        int start = from;
        for (int i = from; i <= end + 1; i++) {
            if (i == end + 1 || "CC".equals(toks.get(i).pos())) {
                if (i - 1 >= start && !(start == from && i - 1 == end)) candidates.add(new int[] {start, i - 1});
                start = i + 1;
            }
        }
        for (int[] c : candidates) {
            String phrase = text.substring(toks.get(c[0]).start(), toks.get(c[1]).end());
            Coded coded = phrases.explain(phrase, date);
            if (coded != null && coded.actor().sector() != null) {
                return new Coding(coded.actor(), "role before the name '" + phrase + "': " + coded.reason(), coded.role());
            }
        }
        return null;
    }

    /** "X of Russia", "X of the Russian Federation". */
    private Coding ofCountry(String text, Sentence s, int last) {
        List<Token> toks = s.tokens();
        int i = last + 1;
        if (i >= toks.size() || !toks.get(i).word().equalsIgnoreCase("of")) return null;
        int j = i + 1;
        if (j < toks.size() && toks.get(j).word().equalsIgnoreCase("the")) j++;
        for (int len = Math.min(5, toks.size() - j); len >= 1; len--) {
            String phrase = text.substring(toks.get(j).start(), toks.get(j + len - 1).end());
            Optional<CountryRef> c = kb.country(phrase);
            if (c.isPresent() && "NAME".equals(c.get().matchedAs())) {
                return new Coding(new Actor(c.get().code(), null), "'of " + phrase + "'");
            }
        }
        return null;
    }

    /** A "-" token glued to both neighbours ("pro - Russian" from "pro-Russian"), not a spaced dash. */
    private static boolean isAttachedHyphen(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.word().equals("-") || i == 0 || i + 1 >= toks.size()) return false;
        return toks.get(i - 1).end() == t.start() && toks.get(i + 1).start() == t.end();
    }

    private static boolean isBreak(Token t) {
        String w = t.word();
        String pos = t.pos() == null ? "" : t.pos();
        if (w.equals("'s") || w.equals("\u2019s")) return false;
        if (pos.startsWith("VB") || pos.equals("IN") && !w.equalsIgnoreCase("of") || pos.equals("CC") || pos.startsWith("W")) return true;
        if (NP_BREAK_WORDS.contains(w.toLowerCase(Locale.ROOT))) return true;
        return !Character.isLetterOrDigit(w.charAt(0)) && !w.startsWith("'");
    }

    /** The token of [first, last] whose tree head lies outside it (the phrase's head); the last token if none. */
    private static int headOf(DependencyGraph g, int first, int last) {
        for (int i = first; i <= last; i++) {
            int h = g.head(i);
            if (h < first || h > last) return i;
        }
        return last;
    }

    /** First and last token of the tree below {@code root}, punctuation left out. */
    private static int[] subtree(DependencyGraph g, int root) {
        boolean[] in = g.subtree(root);
        int lo = root, hi = root;
        for (int t = 0; t < in.length; t++) {
            if (!in[t] || g.relation(t).equals("punct")) continue;
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        return new int[] {lo, hi};
    }

    // ---------------------------------------------------------------------------------------------
    // Country fallback when only a sector is known.

    private Coding withCountry(AnnotatedArticle doc, Span mention, Coding c) {
        if (c == null || c.actor().country() != null || c.actor().sector() == null) return c;
        String sector = c.actor().sector();
        // Only state bodies take the article's country: rebels or journalists in a Moscow story need not be Russian.
        if (!FALLBACK_SECTORS.contains(sector)) return c;
        String earlier = earlierCountryForRole(doc, mention, sector, c.role());
        if (earlier != null) return country(c, earlier, "an earlier phrase naming the same body");
        String here = capitalInSentence(doc, mention);
        if (here != null) return country(c, here, "the capital named in the sentence");
        String dl = datelineCountry(doc);
        if (dl != null) return country(c, dl, "the dateline");
        String dom = dominantCountry(doc);
        if (dom != null) return country(c, dom, "the article's dominant country");
        return c;
    }

    private static Coding country(Coding c, String code, String why) {
        return new Coding(new Actor(code, c.actor().sector()), c.reason() + "; country " + code + " from " + why, c.role());
    }

    /**
     * The country of the nearest earlier "<country> <role>" phrase for the same body: the same role
     * phrase when known ("the Russian Defence Ministry" for "the Defence Ministry"; "the Syrian army"
     * does not count), else the same sector.
     */
    private String earlierCountryForRole(AnnotatedArticle doc, Span mention, String sector, String role) {
        String wanted = role == null ? null : singular(role);
        String found = null;
        int takenToken = -1;
        for (RolePhrase p : facts(doc).rolePhrases()) {
            if (p.tokenStart() >= mention.start()) break;
            // per starting token, the shortest phrase that fits and ends before the mention
            if (p.tokenStart() == takenToken || p.end() > mention.start()) continue;
            Coded a = p.coded();
            if (!sector.equals(a.actor().sector())) continue;
            if (wanted != null && !(a.role() != null && singular(a.role()).equals(wanted))
                    && !singular(Keys.of(p.phrase())).endsWith(wanted)) continue;
            found = a.actor().country();
            takenToken = p.tokenStart();
        }
        return found;
    }

    /** A "<country> <role>" phrase of the article ("the Russian Defence Ministry"), coded with a country. */
    private record RolePhrase(int tokenStart, int end, String phrase, Coded coded) {}

    /**
     * What the country fallback asks of the whole article, computed once per article and thread: asking it
     * per mention made long articles quadratic. Holds the article weakly.
     */
    private final class DocFacts {
        private final java.lang.ref.WeakReference<AnnotatedArticle> doc;
        private List<RolePhrase> rolePhrases;
        private String dominant;
        private boolean dominantDone;
        private String basicBody;

        DocFacts(AnnotatedArticle doc) { this.doc = new java.lang.ref.WeakReference<>(doc); }

        List<RolePhrase> rolePhrases() {
            if (rolePhrases == null) rolePhrases = ActorCoder.this.rolePhrases(doc.get());
            return rolePhrases;
        }

        String dominant() {
            if (!dominantDone) {
                dominant = computeDominantCountry(doc.get());
                dominantDone = true;
            }
            return dominant;
        }

        /** The article's text as {@link Keys#basic} keys it. */
        String basicBody() {
            if (basicBody == null) basicBody = Keys.basic(doc.get().text());
            return basicBody;
        }
    }

    private final ThreadLocal<DocFacts> facts = new ThreadLocal<>();

    private DocFacts facts(AnnotatedArticle doc) {
        DocFacts f = facts.get();
        if (f != null && f.doc.get() == doc) return f;
        f = new DocFacts(doc);
        facts.set(f);
        return f;
    }

    /** Every "<country> <role>" phrase of 2-5 tokens starting with a country name, in text order, shortest first. */
    private List<RolePhrase> rolePhrases(AnnotatedArticle doc) {
        String text = doc.text();
        LocalDate date = doc.article() == null ? null : doc.article().published();
        List<RolePhrase> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) continue;
                Optional<CountryRef> c = kb.country(t.word());
                if (c.isEmpty() || c.get().sector() != null) continue;
                for (int len = 2; len <= 5 && i + len <= toks.size(); len++) {
                    Token endTok = toks.get(i + len - 1);
                    String phrase = text.substring(t.start(), endTok.end());
                    Coded a = phrases.explain(phrase, date);
                    if (a == null || a.actor().country() == null) continue;
                    out.add(new RolePhrase(t.start(), endTok.end(), phrase, a));
                }
            }
        }
        return out;
    }

    private static String singular(String role) {
        return role.endsWith("ies") ? role.substring(0, role.length() - 3) + "y" : role.endsWith("s") ? role.substring(0, role.length() - 1) : role;
    }

    /** "told reporters in Moscow": a capital after "in"/"from" in the mention's sentence, if only one country. */
    private String capitalInSentence(AnnotatedArticle doc, Span mention) {
        Sentence s = doc.sentenceAt(mention.start());
        if (s == null) return null;
        String found = null;
        List<Token> toks = s.tokens();
        for (int i = 1; i < toks.size(); i++) {
            String prev = toks.get(i - 1).word().toLowerCase(Locale.ROOT);
            if (!prev.equals("in") && !prev.equals("from")) continue;
            Token t = toks.get(i);
            if (t.word().isEmpty() || !Character.isUpperCase(t.word().charAt(0))) continue;
            Optional<CountryRef> c = kb.country(t.word());
            if (c.isEmpty() || !"CAPITAL".equals(c.get().matchedAs())) continue;
            if (found != null && !found.equals(c.get().code())) return null;
            found = c.get().code();
        }
        return found;
    }

    private String datelineCountry(AnnotatedArticle doc) {
        if (doc.article() == null) return null;
        Dateline d = doc.article().dateline();
        if (d == null || d.place() == null) return null;
        String place = d.place().split(",")[0].strip();
        Optional<CountryRef> c = kb.country(place);
        if (c.isEmpty()) c = kb.country(d.place().strip());
        return c.map(CountryRef::code).orElse(null);
    }

    /** The country named most often (at least twice and in half of all country mentions), or null. */
    private String dominantCountry(AnnotatedArticle doc) { return facts(doc).dominant(); }

    private String computeDominantCountry(AnnotatedArticle doc) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (NamedMention m : doc.mentions()) {
            String t = m.type() == null ? "" : m.type();
            if (!(t.equals("COUNTRY") || t.equals("NATIONALITY") || t.equals("LOCATION") || t.equals("CITY")
                    || t.equals("STATE_OR_PROVINCE") || t.equals("ORGANIZATION"))) continue;
            Optional<CountryRef> c = kb.country(m.text());
            if (c.isEmpty()) continue;
            counts.merge(c.get().code(), 1, Integer::sum);
            total++;
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() > n) { best = e.getKey(); n = e.getValue(); }
        return best != null && n >= 2 && n * 2 >= total ? best : null;
    }
}
