package org.parley.events.internal;

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
 *   <li>a verb of talking with one speaker and no counterpart is talk about a topic (cue class {@code talk}).</li>
 * </ul>
 */
final class SenseRules {
    /** CAMEO's sector for news media and journalists. */
    private static final String MEDIA = "MED";

    private final Lexicon lexicon;

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
        }
        if (e.type().equals(EventType.CONSULT.name()) && (mediaOnly(e.source()) || mediaOnly(e.target()))) return true;
        if (e.type().equals(EventType.CONSULT.name()) && e.target().isEmpty() && e.source().size() == 1 && talkingAlone(g, e)) return true;
        return false;
    }

    /**
     * A verb of talking (cue class {@code talk}) with one speaker and no one talked with is talk about a topic,
     * not a consultation: "the senator talked about taxes", "she discussed the plan on television".
     */
    private boolean talkingAlone(SentenceView g, Event e) {
        if (e.mentions().isEmpty() || e.mentions().get(0).trigger() == null) return false;
        int t = g.sentence().tokenAt(e.mentions().get(0).trigger().start());
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
