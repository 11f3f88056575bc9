package org.parley.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.parley.events.EventType;
import org.parley.model.Event.EventActor;

/** A trigger on its way to becoming an event: mutable while one sentence is being coded. */
final class Candidate {
    final TriggerMatcher.Match match;
    final int head;
    /** The clause the event sits in: the trigger, or the verb a nominal trigger is the object of ("held talks"). */
    int clause;
    EventType type;
    String cameo;
    String mode;
    List<EventActor> source = new ArrayList<>();
    List<EventActor> target = new ArrayList<>();
    boolean negated;
    boolean hypothetical;
    EventActor reportedBy;
    String date;
    String location;
    boolean dropped;
    /** What the trigger is embedded under, if anything: request, deny, refuse, commit, speculate, speech. */
    String governorKind;
    int governor = -1;
    boolean modalCommit;
    boolean modalMaybe;
    /** The date came from a temporal expression of the sentence, not the publication date. */
    boolean dateFromText;
    /** Dated after the article. */
    boolean future;
    org.parley.model.Event.Status status = org.parley.model.Event.Status.CURRENT;
    /** Targets read from a phrase naming a thing ("French retaliation"), not an actor. */
    final java.util.Set<EventActor> thingTargets = new java.util.HashSet<>();
    /** The clause's subject is the event's target ("X received Y's endorsement"), not its source. */
    boolean subjectIsTarget;
    /** Conditioned by "unless": a committed act becomes an ultimatum. */
    boolean ultimatum;
    /** How the candidate was found: the lexicon's trigger patterns and shape rules, or a class frame (ClassFrames). */
    org.parley.model.Event.Method method = org.parley.model.Event.Method.LEXICON;

    Candidate(TriggerMatcher.Match match) {
        this.match = match;
        this.head = match.head();
        this.clause = match.head();
        this.type = match.pattern().type();
        this.cameo = match.pattern().cameo();
        this.mode = match.pattern().mode();
    }

    boolean hasActors() { return !source.isEmpty() || !target.isEmpty(); }
}
