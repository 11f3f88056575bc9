package org.parley.events.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Sentence;
import org.parley.events.EventType;
import org.parley.model.Event.EventActor;

/**
 * Roles of a learned event from the dependency parse, as the lexical path reads them: the sentence's main verb
 * stands in for a trigger, and the shared argument finder reads its subject as the source and its object or
 * oblique as the target (the same head rule, pronoun and actor resolution as lexical events). "X said (that) ..."
 * moves to the verb of what X said, X becoming who reported it. Only for sentences the annotator parsed; for the
 * others the caller keeps roles by word order (FallbackCoder).
 */
final class ParsedRoles {
    /** The roles found, and where the verb standing in for the trigger is. */
    record Roles(List<EventActor> source, List<EventActor> target, EventActor reportedBy, int verb) {}

    private final Lexicon lexicon;
    private final ArgumentFinder args;

    ParsedRoles(Lexicon lexicon, ActorResolver resolver) {
        this.lexicon = lexicon;
        this.args = new ArgumentFinder(lexicon, resolver);
    }

    /** The roles of an event of {@code type} in {@code s}, or empty when it is not parsed or the parse names no source. */
    Optional<Roles> roles(Sentence s, SentenceCoder.Context ctx, EventType type, String cameo) {
        if (!s.parsed() || s.dependencies().isEmpty()) return Optional.empty();
        SentenceView g = new SentenceView(s);
        int root = -1;
        for (int i = 0; i < g.size() && root < 0; i++) if (g.graph().isRoot(i)) root = i;
        if (root < 0) return Optional.empty();
        ActorResolver.Scope scope = new ActorResolver.Scope(g, ctx.text(), ctx.entities(), ctx.published(), List.of(), ctx.sentences());
        EventActor reporter = null;
        int verb = root;
        List<Integer> said = g.childrenRel(root, "ccomp");
        if (lexicon.cue(g, "speech", root) && !said.isEmpty()) {
            List<EventActor> speaker = args.firstResolved(scope, List.of(ArgumentFinder.subjects(g, root)), Set.of());
            reporter = speaker.isEmpty() ? null : speaker.get(0);
            verb = said.get(0);
        }
        Pattern p = new Pattern(type, cameo, 'V', List.of(Set.of(g.lemma(verb))), 0, null, 0.5, false, Set.of(),
                "learned classifier: the main verb");
        Candidate c = new Candidate(new TriggerMatcher.Match(p, verb, List.of(verb)));
        args.arguments(g, scope, c, Set.of(verb));
        if (c.source.isEmpty()) return Optional.empty();
        if (c.subjectIsTarget) return Optional.empty(); // a noun's roles; the word order is as good a guess
        List<EventActor> source = c.source, target = c.target;
        if (target.isEmpty() && source.size() > 1) {
            // "A and B met": parties of a joint subject face each other, the first the source (as JointAction codes them)
            source = List.of(c.source.get(0));
            target = c.source.subList(1, c.source.size());
        }
        return Optional.of(new Roles(List.copyOf(source), List.copyOf(target), reporter, verb));
    }
}
