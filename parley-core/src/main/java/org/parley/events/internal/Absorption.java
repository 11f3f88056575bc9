package org.parley.events.internal;

import static org.parley.events.EventType.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.events.EventType;
import org.parley.model.Event;
import org.parley.model.Event.EventActor;
import org.parley.model.Span;

/**
 * Absorption and conversion: a trigger embedded in another is folded into it ("agreed to hold talks" is one
 * AGREE, "called for a ceasefire" one REQUEST); a committed cooperative act becomes AGREE, a forceful one
 * THREATEN, a refused one REJECT, as PLOVER codes intentions. One of the seams of {@link SentenceCoder}.
 */
final class Absorption {
    private final Lexicon lexicon;

    Absorption(Lexicon lexicon) { this.lexicon = lexicon; }

    void absorb(SentenceView g, Candidate c, List<Candidate> all) {
        Candidate found = null;
        if (c.governor >= 0) for (Candidate o : all) if (o != c && (o.head == c.governor || o.clause == c.governor && o.head != c.head)) { found = o; break; }
        final Candidate gov = found;
        String kind = c.governorKind == null ? "" : c.governorKind;
        switch (kind) {
            case "request" -> {
                // What someone is asked to do has not happened; the REQUEST carries it.
                if (gov != null) {
                    c.dropped = true;
                    if (gov.target.isEmpty()) gov.target = new ArrayList<>(c.source.isEmpty() ? c.target : c.source);
                    gov.target.removeIf(t -> gov.source.stream().anyMatch(x -> ActorResolver.same(x, t)));
                    if (gov.type == REQUEST && gov.cameo.startsWith("02") && lexicon.cooperative(c.type)) gov.cameo = "02";
                } else {
                    c.hypothetical = true;
                }
            }
            case "commit" -> {
                if (gov != null && gov.head != c.head) {
                    EventType t = lexicon.cooperative(c.type) ? (c.negated ? REJECT : AGREE) : lexicon.forceful(c.type) ? THREATEN : null;
                    if (gov.type == THREATEN && t != THREATEN) t = THREATEN; // a warning stays a warning
                    if (lexicon.forceful(c.type) && gov.type == AGREE && lexicon.cue(g, "decide", gov.head)) {
                        // "the EU agreed to impose sanctions": a decision to act is coded as the act
                        gov.dropped = true;
                        return;
                    }
                    if (t != null && (gov.type == AGREE || gov.type == THREATEN)) {
                        gov.type = t;
                        String ic = lexicon.intentCameo(c.type);
                        if (t == REJECT) gov.cameo = "120"; // "vowed not to return the land"
                        else if (ic != null && c.type != AGREE) gov.cameo = ic;
                        if (gov.target.isEmpty()) gov.target = new ArrayList<>(c.target);
                        gov.target.removeIf(x -> gov.source.stream().anyMatch(y -> ActorResolver.same(y, x)));
                        if (gov.source.isEmpty()) gov.source = new ArrayList<>(c.source);
                        c.dropped = true;
                    } else {
                        c.hypothetical = true;
                    }
                } else {
                    convertIntent(c);
                }
            }
            case "speculate" -> {
                if (gov != null && !gov.dropped && gov.match.pattern().pos() != 'N' && !g.childrenRel(gov.head, "xcomp").isEmpty()
                        && lexicon.isCue("speculate", g.lemma(gov.head))) gov.dropped = true; // "sought to influence" is no request
            }
            default -> { }
        }
        if (!c.dropped && c.negated && lexicon.cooperative(c.type) && (c.modalCommit || c.modalMaybe || "refuse".equals(kind))
                && (gov == null || gov.type != REJECT)) {
            // "will not accept refugees", "failed to reach agreement": a refusal, which PLOVER codes REJECT
            c.type = REJECT;
            c.cameo = "120";
            c.negated = false;
            return;
        }
        if (!c.dropped && c.modalCommit && !"commit".equals(kind)) convertIntent(c);
        if (c.modalMaybe && !c.modalCommit) c.hypothetical = true;
    }

    /** "vowed not to return the land", "pledged never to recognise": a commitment to refuse is a REJECT. */
    void refusalByVow(SentenceView g, Candidate c) {
        if (c.dropped || c.type != AGREE || !lexicon.cue(g, "vow", c.head)) return;
        for (int x : g.childrenRel(c.head, "xcomp")) {
            for (Dependency d : g.children(x)) {
                if ((d.relation().equals("advmod") || d.relation().equals("neg")) && lexicon.isCue("negator", g.lemma(d.dependent()))) {
                    c.type = REJECT;
                    c.cameo = "120";
                    return;
                }
            }
        }
    }

    /** "X will send aid": PLOVER codes the stated intention, AGREE for cooperation and THREATEN for force. */
    private void convertIntent(Candidate c) {
        if (c.negated) { c.hypothetical = true; return; }
        if (c.ultimatum) {
            // "X will do A unless Y does B" is an ultimatum, whatever A is
            c.type = THREATEN;
            c.cameo = "139";
            return;
        }
        String ic = lexicon.intentCameo(c.type);
        if (lexicon.cooperative(c.type) && c.type != AGREE) {
            c.type = AGREE;
            c.cameo = ic;
        } else if (lexicon.forceful(c.type)) {
            c.type = THREATEN;
            c.cameo = ic;
        } else if (c.type != AGREE && c.type != THREATEN) {
            c.hypothetical = true;
        }
    }

}
