package org.parley.events;

import java.time.LocalDate;
import java.util.List;
import org.parley.annotate.Sentence;
import org.parley.entities.ActorCoder;
import org.parley.entities.ArticleEntities;
import org.parley.events.internal.ActorResolver;
import org.parley.events.internal.Lexicon;
import org.parley.events.internal.SentenceView;
import org.parley.model.Event;

/**
 * The event coder's actor finding for one phrase, on its own: the actors the coder would give an event
 * argument headed by a token. Public for evaluation (`parley eval actors`), which scores exactly what
 * events would get.
 */
public final class ActorPhrases {
    private ActorPhrases() {}

    /** The built-in lexicon, loaded on first use: the agent and group nouns the event coder reads. */
    private static final class BuiltIn { static final Lexicon LEXICON = Lexicon.load(List.of()); }

    public static List<Event.EventActor> actorsAt(ActorCoder coder, Sentence sentence, String text, ArticleEntities entities,
                                                  LocalDate date, int headToken) {
        return new ActorResolver(coder, BuiltIn.LEXICON).resolve(new ActorResolver.Scope(new SentenceView(sentence), text, entities, date), headToken);
    }
}
