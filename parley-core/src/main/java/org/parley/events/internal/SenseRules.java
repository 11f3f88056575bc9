package org.parley.events.internal;

import java.util.List;
import org.parley.annotate.Dependency;
import org.parley.events.EventType;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;

/**
 * Senses of a trigger read from its own syntax and its sentence's context class, not word by word. One of
 * the seams of {@link SentenceCoder}. Each rule names a sense the event words have in news outside world
 * affairs; the hand-judged PolNeAR samples showed them as the largest class of false events ("wrong sense"):
 * <ul>
 *   <li>a verb of travel whose "to" introduces a verb is tense or aspect, not a trip: "is going to win",
 *       "went on to say", "went out of his way to praise";</li>
 *   <li>a demonstration word in an election context (its sentence's or its article's), with nothing in its
 *       sentence that dissents, is a campaign rally, not a protest (cue class {@code dissent});</li>
 *   <li>support or rejection stated in a poll, or by the electorate, is an opinion, not an act (cue
 *       classes {@code poll} and {@code electorate});</li>
 *   <li>talking or meeting with journalists is an interview, not a consultation: a CONSULT one of whose
 *       sides is news media alone (sector MED);</li>
 *   <li>a verb of talking with one speaker and no counterpart is talk about a topic (cue class {@code talk});</li>
 *   <li>beating or defeating someone in a poll, a vote or a game is winning a contest, not an assault
 *       (cue class {@code defeat}): the sentence gives a score or a poll, or it is told in an election
 *       context between political actors of one country only;</li>
 *   <li>a visit needs a visitor and someone visited: a visit with no source or no target is a trip, and going
 *       to a place of one's own country ("go to Washington") is no diplomatic visit;</li>
 *   <li>talking or agreeing to be interviewed: the news-media rule above holds for AGREE too ("accepted
 *       interviews with three networks").</li>
 * </ul>
 * And, on candidates before their event is built ({@link #otherSense(SentenceView, Candidate)}):
 * <ul>
 *   <li>a noun of agreement or commitment names a standing thing, not an act of agreeing, when no one is
 *       said to have made it: no support verb ("reached a deal"), no party ("X's pledge", "a deal with Y",
 *       "between", "by"), no infinitive ("a pledge to withdraw"): "the Iran deal", "defence commitments",
 *       "the promise of unity";</li>
 *   <li>a verb of vowing with a "that" clause and no future in it assures, it does not promise: "pledged that
 *       the plan is sound" (cue class {@code vow}; modal classes {@code modal_commit}, {@code modal_maybe});</li>
 *   <li>a word that requests or attracts (cue class {@code solicit}: "appeal") requests only when something is
 *       asked for: a "for" phrase, a "to" infinitive or a clause ("appealed for calm", "appealed to Moscow to
 *       withdraw"); "appealing to young voters" and "Trump's appeal" court or attract;</li>
 *   <li>leaving office plainly ends a term, it accedes to no demand (CAMEO 083; session 9);</li>
 *   <li>an event noun that modifies another noun names a kind of thing, not an event ("a conference call",
 *       "attack helicopters"), unless that noun is an event word itself.</li>
 * </ul>
 */
final class SenseRules {
    /** CAMEO's sector for news media and journalists. */
    private static final String MEDIA = "MED";
    /** How a share of a vote is written. */
    private static final List<String> PERCENT = List.of("%", "percent");

    private final Lexicon lexicon;
    private final SenseRestrictions restrictions = SenseRestrictions.BUILT_IN;

    SenseRules(Lexicon lexicon) { this.lexicon = lexicon; }

    /** A visit pattern whose "to" marks an infinitive: "going to win" is no trip. */
    static boolean travelToAVerb(SentenceView g, TriggerMatcher.Match m) {
        if (!"visit".equals(m.pattern().mode())) return false;
        for (int t : m.tokens()) {
            if (!g.lower(t).equals("to")) continue;
            Dependency h = g.head(t);
            if (h != null && h.relation().equals("mark")) return true;
        }
        return false;
    }

    /** Whether event {@code e} is told in an election context: its sentence's, or its article's ({@code articleContexts}). */
    static boolean inElection(Event e, java.util.Set<String> articleContexts) {
        return e.contexts().contains("election") || articleContexts.contains("election");
    }

    /** True when built event {@code e} is one of the senses above rather than an event of its type. */
    boolean otherSense(SentenceView g, Event e, java.util.Set<String> articleContexts) {
        if (e.type().equals(EventType.PROTEST.name()) && inElection(e, articleContexts) && !mentions(g, "dissent")) return true;
        if (e.type().equals(EventType.SUPPORT.name()) || e.type().equals(EventType.REJECT.name())) {
            if (mentions(g, "poll")) return true;
            for (EventActor a : e.source()) if (hasCue(a.text(), "electorate")) return true;
            if (preferenceOfVoters(g, e, articleContexts)) return true;
        }
        if ((e.type().equals(EventType.CONSULT.name()) || e.type().equals(EventType.AGREE.name())) && (mediaOnly(e.source()) || mediaOnly(e.target()))) return true;
        if (e.type().equals(EventType.CONSULT.name()) && e.target().isEmpty() && e.source().size() == 1 && talkingAlone(g, e)) return true;
        if (e.type().equals(EventType.ASSAULT.name()) && contest(g, e, articleContexts)) return true;
        if ("visit".equals(e.mode()) && noOneVisited(e)) return true;
        if (e.type().equals(EventType.THREATEN.name()) && caution(g, e)) return true;
        if (e.type().equals(EventType.CONSULT.name()) && gatheringOfOne(g, e)) return true;
        if (e.type().equals(EventType.ACCUSE.name()) && e.cameo() != null && e.cameo().startsWith("09") && mediaOnly(e.source())) return true;
        if (e.type().equals(EventType.SUPPORT.name()) && shareAmong(g, e)) return true;
        if ((e.type().equals(EventType.CONSULT.name()) || e.type().equals(EventType.REQUEST.name())) && internal(e)) return true;
        if (e.type().equals(EventType.CONCEDE.name()) && endOfTerm(g, e)) return true;
        return false;
    }

    /**
     * Electoral preference is no act of SUPPORT or rejection: the trigger's subject, possessor, or among/of/from/by
     * phrase names voters, supporters or a share of them (sense-restrictions.tsv {@code electorate}, cue class
     * {@code electorate}), whether or not they were coded as an actor ("voters' preference for", "support among
     * union members", "the candidate's supporters back him"), or a share of them ({@code share}: "a majority of
     * voters", and in an election context a bare "most" or "those who ..."). Session 10.
     */
    private boolean preferenceOfVoters(SentenceView g, Event e, java.util.Set<String> articleContexts) {
        int t = triggerToken(g, e);
        if (t < 0) return false;
        for (org.parley.annotate.Dependency d : g.children(t)) {
            String r = d.relation();
            String p = SentenceView.prep(r);
            boolean holder = r.equals("nsubj") || r.equals("nmod:poss") || r.equals("obl:agent")
                    || ((SentenceView.matches(r, "nmod") || SentenceView.matches(r, "obl")) && (p.equals("among") || p.equals("from") || p.equals("by")
                        || (p.equals("of") && g.isNoun(t))));
            if (!holder) continue;
            int h = d.dependent();
            String lemma = g.lemma(h);
            if (restrictions.electorate(lemma) || lexicon.isCue("electorate", lemma)) return true;
            // "a majority of voters supported X", "most support Sanders": a share of a population, as polls tell it
            if (restrictions.share(lemma)) {
                boolean ofSomeone = false;
                for (org.parley.annotate.Dependency o : g.children(h)) {
                    if (!SentenceView.matches(o.relation(), "nmod")) continue;
                    ofSomeone = true;
                    String l = g.lemma(o.dependent());
                    if (restrictions.electorate(l) || lexicon.isCue("electorate", l)) return true;
                }
                if (!ofSomeone && inElection(e, articleContexts)) return true;
            }
        }
        return false;
    }

    /**
     * CAMEO 083 is acceding to demands for a change of leader. A verb of ending a term (sense-restrictions.tsv,
     * {@code term}: "leave office", "retire") told plainly ends a term, it yields to no one; asked or forced
     * ("forced to leave office", "calls to leave office": a complement of another word) it keeps its event.
     */
    private boolean endOfTerm(SentenceView g, Event e) {
        if (e.cameo() == null || !e.cameo().startsWith("083")) return false;
        int t = triggerToken(g, e);
        if (t < 0 || !restrictions.term(g.lemma(t))) return false;
        Dependency up = g.head(t);
        return up == null || !(SentenceView.matches(up.relation(), "xcomp") || SentenceView.matches(up.relation(), "acl")
                || SentenceView.matches(up.relation(), "ccomp"));
    }

    /**
     * A warning or threat word that threatens no one: a noun with no one who threatens ("a threat to his
     * safety", "saw him as a threat") names a danger; a warning whose complement is only a clause or an
     * of/about/against phrase, with no one warned, no means of force and no consequence held over anyone
     * (sense-restrictions.tsv), cautions or predicts ("warned against a brokered convention", "warnings of
     * intrusions", "warned that no deal was near"). CAMEO 130 only: the specific threats (138 force, 137
     * repression, ...) name what is threatened.
     */
    private boolean caution(SentenceView g, Event e) {
        if (!"130".equals(e.cameo())) return false;
        int t = triggerToken(g, e);
        if (t < 0) return false;
        if (g.isNoun(t) && e.source().isEmpty()) return true;
        if (!e.target().isEmpty() || e.mode() != null) return false;
        // an agentless passive ("the ministry was warned about ...") is, in machine-translated news, the subject's
        // own warning (the frames read it so); it names a warner and is left as it is
        if (g.hasChild(t, "nsubj:pass")) return false;
        if (g.hasChild(t, "obj") || g.hasChild(t, "xcomp") || g.hasChild(t, "iobj")) return false;
        boolean complement = g.hasChild(t, "ccomp");
        for (Dependency d : g.children(t)) {
            String p = SentenceView.prep(d.relation());
            if (p != null && (p.equals("of") || p.equals("about") || p.equals("against") || p.equals("over"))) complement = true;
        }
        if (!complement) return false;
        for (int u = 0; u < g.size(); u++) if (restrictions.consequence(g.lemma(u)) || restrictions.consequence(g.lower(u))) return false;
        return true;
    }

    /**
     * An event noun of meeting whose one side is the body it belongs to ("the annual conference of the lobby",
     * "the party's electoral meeting", "the AIPAC conference": an organisation by "of", possessive or compound),
     * with no one met: a gathering the body holds, not a consultation between actors. "The Putin meeting" (a
     * person) and "the meeting" whose sides the sentence names elsewhere keep their event, as do verb frames
     * ("held talks") and nouns with "with", "between" or "among".
     */
    private boolean gatheringOfOne(SentenceView g, Event e) {
        int t = triggerToken(g, e);
        if (t < 0 || !g.isNoun(t) || !e.target().isEmpty() || e.source().size() != 1 || "phone".equals(e.mode())) return false;
        boolean ownBody = false;
        for (Dependency d : g.children(t)) {
            String r = d.relation();
            String p = SentenceView.prep(r);
            if (p != null && (p.equals("with") || p.equals("between") || p.equals("among"))) return false;
            if ((r.equals("nmod:of") || r.equals("nmod:poss") || r.equals("compound")) && "ORGANIZATION".equals(g.token(d.dependent()).ner())) ownBody = true;
        }
        return ownBody;
    }

    /**
     * A meeting or request whose every counterpart is the actor's own ("his own council", "her aide", "their
     * board": a possessive pronoun with no country of its own apart from the actor's) is internal to one body,
     * not an act between actors. A counterpart, ally, partner or host ("his French counterpart") is another party.
     */
    private boolean internal(Event e) {
        if (e.source().isEmpty() || e.target().isEmpty()) return false;
        java.util.Set<String> own = new java.util.HashSet<>();
        for (EventActor a : e.source()) own.add(a.country());
        for (EventActor a : e.target()) {
            String[] w = a.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            if (w.length < 2 || !ArgumentWords.BUILT_IN.possessive(w[0]) || restrictions.outsider(w[w.length - 1])) return false;
            if (a.country() != null && !own.contains(a.country())) return false;
        }
        return true;
    }

    /** "her support among union members": a share of a group's opinion, as a poll measures it. */
    private static boolean shareAmong(SentenceView g, Event e) {
        int t = triggerToken(g, e);
        if (t < 0 || !g.isNoun(t)) return false;
        for (Dependency d : g.children(t)) if ("among".equals(SentenceView.prep(d.relation()))) return true;
        return false;
    }

    /** A verb of defeating (cue class {@code defeat}) told with a score, a poll, or in an election between politicians. */
    private boolean contest(SentenceView g, Event e, java.util.Set<String> articleContexts) {
        int t = triggerToken(g, e);
        if (t < 0 || !lexicon.cue(g, "defeat", t)) return false;
        if (mentions(g, "poll") || mentions(g, "electorate") || hasScore(g)) return true;
        return inElection(e, articleContexts) && VerbalAttackRule.politicalOfOneCountry(e);
    }

    /** "45-40", "51% to 36%": a result of a game or a vote. */
    private static boolean hasScore(SentenceView g) {
        int numbers = 0;
        for (int t = 0; t < g.size(); t++) {
            if (g.lower(t).matches("\\d+[-\u2013]\\d+")) return true;
            if (g.token(t).pos().equals("CD")) numbers++;
        }
        return numbers >= 2 && g.containsAny(PERCENT);
    }

    /** A visit with no one visited, or to one's own country only. */
    private static boolean noOneVisited(Event e) {
        if (e.target().isEmpty() || e.source().isEmpty()) return true;
        java.util.Set<String> own = new java.util.HashSet<>();
        for (EventActor a : e.source()) if (a.country() != null) own.add(a.country());
        if (own.isEmpty()) return false;
        // a target with a sector is someone visited ("visited the governor"); one without is a place
        for (EventActor a : e.target()) if (a.country() == null || !own.contains(a.country()) || a.sector() != null) return false;
        return true;
    }

    /**
     * True when candidate {@code c} is one of the candidate senses of the class comment: an event noun modifying
     * another noun, a word that courts, a noun of agreement naming a standing thing, or a vow that only assures.
     */
    boolean otherSense(SentenceView g, Candidate c) {
        int h = c.head;
        if (restrictions.idiom(g, c.type, h) || restrictions.prepositionNotParticle(g, c.type, h, c.match.tokens())) return true;
        if (c.type == EventType.CONSULT && c.match.pattern().pos() == 'N' && g.isNoun(h) && demand(g, h)) return true;
        // "the release of documents": a release whose "of" phrase is something said or written (idea-nouns.tsv)
        // publishes it; no person or property is handed back (the @idea exclusion of a verb's object, for nouns)
        if (c.type == EventType.CONCEDE && g.isNoun(h) && ideaOf(g, h)) return true;
        // "Does the senator oppose the plan?", "Would you support him?": the main verb of a direct question asks
        // whether an act is done; it reports none
        if (directQuestion(g, h)) return true;
        if (c.type == EventType.AGREE && g.isVerb(h) && lexicon.cue(g, "vow", h) && undoing(g, h)) return true;
        if (c.match.pattern().pos() == 'N' && c.match.tokens().size() == 1 && modifiesANoun(g, h)) return true;
        if (c.type == EventType.REQUEST && c.match.tokens().size() == 1 && lexicon.cue(g, "solicit", h) && nothingAskedFor(g, h)) return true;
        if (c.type != EventType.AGREE) return false;
        if (c.match.pattern().pos() == 'N' && g.isNoun(h)) {
            if (c.clause != h) return false;
            for (Dependency d : g.children(h)) {
                String r = d.relation();
                if (SentenceView.matches(r, "nmod:poss")) return false;
                String p = SentenceView.prep(r);
                if (p != null && (p.equals("with") || p.equals("between") || p.equals("by") || p.equals("among"))) return false;
                if (SentenceView.matches(r, "acl")) return false;
            }
            return true;
        }
        if (g.isVerb(h) && lexicon.cue(g, "vow", h) && !g.hasChild(h, "xcomp")) {
            // every "that" clause must lack a future: "promised that he would investigate and that they had agreed" promises
            List<Integer> clauses = g.childrenRel(h, "ccomp");
            boolean future = false;
            for (int cc : clauses) {
                for (int a : g.childrenRel(cc, "aux")) if (lexicon.cue(g, "modal_commit", a) || lexicon.cue(g, "modal_maybe", a)) future = true;
            }
            return !clauses.isEmpty() && !future;
        }
        return false;
    }

    /**
     * "calls to ban X": a noun that also heads a request (patterns.tsv) with an infinitive of what is to be done
     * is a demand, not a phone call.
     */
    private boolean demand(SentenceView g, int h) {
        boolean requests = false;
        for (Pattern p : lexicon.patternsForHead(g.lemma(h))) if (p.type() == EventType.REQUEST) requests = true;
        if (!requests) return false;
        for (int a : g.childrenRel(h, "acl")) if (g.hasChild(a, "mark") && g.isVerb(a)) return true;
        // the parser often hangs the infinitive on the verb governing the noun ("decried his calls to ban X":
        // xcomp of "decried", the noun its raised subject): "to" right after the noun, marking a verb
        if (h + 2 < g.size() && g.token(h + 1).pos().equals("TO")) {
            Dependency m = g.head(h + 1);
            return m != null && m.relation().equals("mark") && g.isVerb(m.governor()) && m.governor() > h + 1;
        }
        return false;
    }

    /** The trigger is the root of a sentence that ends with a question mark and opens with an auxiliary or a wh-word. */
    private static boolean directQuestion(SentenceView g, int h) {
        if (g.size() < 2 || !g.lower(g.size() - 1).equals("?")) return false;
        Dependency d = g.head(h);
        if (d != null && !d.relation().equals("root")) return false;
        int first = 0;
        while (first < g.size() && !Character.isLetterOrDigit(g.lower(first).charAt(0))) first++;
        if (first >= h) return false;
        String pos = g.token(first).pos();
        return pos.startsWith("W") || (pos.equals("MD") || pos.startsWith("VB")) && first < h && g.hasChild(h, "aux") && g.childrenRel(h, "aux").contains(first);
    }

    private boolean ideaOf(SentenceView g, int h) {
        for (int o : g.childrenRel(h, "nmod:of")) {
            String pos = g.token(o).pos();
            if ((pos.equals("NN") || pos.equals("NNS")) && lexicon.ideaNoun(g.lemma(o))) return true;
        }
        return false;
    }

    /** "pledged to repeal the law", "promised to tear up the treaty": a promise to undo or fight something. */
    private boolean undoing(SentenceView g, int h) {
        for (int x : g.childrenRel(h, "xcomp")) if (restrictions.undo(g.lemma(x))) return true;
        return false;
    }

    /** "conference call": the trigger is a compound modifier of a noun that is no event word itself. */
    private boolean modifiesANoun(SentenceView g, int h) {
        Dependency d = g.head(h);
        if (d == null || !SentenceView.matches(d.relation(), "compound") || !g.isNoun(d.governor())) return false;
        return lexicon.patternsForHead(g.lemma(d.governor())).isEmpty();
    }

    /** No "for" phrase, infinitive, clause or object clause says what is asked. */
    private static boolean nothingAskedFor(SentenceView g, int h) {
        for (Dependency d : g.children(h)) {
            String r = d.relation();
            if ("for".equals(SentenceView.prep(r)) || SentenceView.matches(r, "xcomp") || SentenceView.matches(r, "ccomp")
                    || SentenceView.matches(r, "acl") && !r.equals("acl:relcl")) return false;
        }
        return true;
    }

    private static int triggerToken(SentenceView g, Event e) {
        if (e.mentions().isEmpty() || e.mentions().get(0).trigger() == null) return -1;
        return g.sentence().tokenAt(e.mentions().get(0).trigger().start());
    }

    /**
     * A verb of talking (cue class {@code talk}) with one speaker and no one talked with is talk about a topic,
     * not a consultation: "the senator talked about taxes", "she discussed the plan on television".
     */
    private boolean talkingAlone(SentenceView g, Event e) {
        int t = triggerToken(g, e);
        if (t < 0 || !g.token(t).pos().startsWith("VB") || !lexicon.cue(g, "talk", t)) return false;
        // a plural or coordinated subject talks among itself: "the two leaders talked"
        for (int s : g.childrenRel(t, "nsubj")) {
            if (g.token(s).pos().endsWith("S") || !g.conjuncts(s).isEmpty()) return false;
        }
        // someone talked "with", wherever the parse hung it ("spoke by telephone with X")
        int end = e.mentions().get(0).trigger().end();
        for (int u = t; u < g.size() && g.token(u).start() < end; u++) {
            for (Dependency d : g.children(u)) if ("with".equals(SentenceView.prep(d.relation()))) return false;
        }
        return true;
    }

    private static boolean mediaOnly(java.util.List<EventActor> side) {
        if (side.isEmpty()) return false;
        for (EventActor a : side) if (!MEDIA.equals(a.sector())) return false;
        return true;
    }

    private boolean mentions(SentenceView g, String cueClass) {
        for (int t = 0; t < g.size(); t++) if (lexicon.cue(g, cueClass, t)) return true;
        return false;
    }

    private boolean hasCue(String phrase, String cueClass) {
        for (String w : phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}%-]+")) if (lexicon.isCue(cueClass, w)) return true;
        return false;
    }

}
