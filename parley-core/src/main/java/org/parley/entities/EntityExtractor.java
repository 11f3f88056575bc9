package org.parley.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.internal.ActorChoice;
import org.parley.entities.internal.CanonicalName;
import org.parley.entities.internal.Candidate;
import org.parley.entities.internal.Cluster;
import org.parley.entities.internal.MentionClusterer;
import org.parley.entities.internal.MentionSelector;
import org.parley.entities.internal.MissedMentionFinder;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.Actor;
import org.parley.model.EntityType;
import org.parley.model.Span;

/**
 * Stage 4 (entities): resolves an article's named mentions into entities and codes them as actors.
 *
 * <ol>
 *   <li>{@link MentionSelector}: body mentions only; pronouns, TITLE mentions and role nouns dropped;
 *       "Mr Putin" / "President Putin" trimmed to the name; nationality adjectives kept only when
 *       used as nouns ("the French").</li>
 *   <li>{@link MentionClusterer}: full names, surnames, title + surname, any case, and
 *       transliteration / machine-translation variants ("Makron", "McCron") grouped per entity,
 *       with guards against merging different people who share a surname.</li>
 *   <li>{@link MissedMentionFinder}: occurrences the annotator missed ("macron" in lower case,
 *       "McCron added") added to the entity they spell.</li>
 *   <li>Canonical name (longest common full form, proper-cased), variants (every spelling seen,
 *       whitespace normalised: "Francois\nHollande" is "Francois Hollande"), spans, and the most
 *       specific actor code {@link ActorCoder} gives any mention.</li>
 * </ol>
 * Local ids are {@code <articleId>#e<N>} in order of first mention. Thread-safe; never throws on bad
 * input (an article it cannot read yields no entities).
 */
public final class EntityExtractor {
    private final ActorKnowledgeBase kb;
    private final ActorCoder coder;
    private final MentionSelector selector;
    private final MentionClusterer clusterer;
    private final MissedMentionFinder finder;

    public EntityExtractor(ActorKnowledgeBase kb) {
        this.kb = kb;
        this.coder = new ActorCoder(kb);
        this.selector = new MentionSelector(kb);
        this.clusterer = new MentionClusterer(kb);
        this.finder = new MissedMentionFinder(kb);
    }

    public ArticleEntities extract(AnnotatedArticle doc) {
        if (doc == null || doc.article() == null || doc.text() == null) return ArticleEntities.none();
        try {
            java.util.Map<Candidate, String> countries = new java.util.HashMap<>();
            List<Cluster> clusters = clusterer.cluster(selector.select(doc), c -> countries.computeIfAbsent(c, k -> {
                Actor a = code(doc, k, k.type());
                return a == null ? null : a.country();
            }));
            finder.addMissed(doc, clusters);
            MissedMentionFinder.joinAdjacent(doc, clusters);
            clusterer.applyKbNames(clusters);
            return new ArticleEntities(build(doc, clusters));
        } catch (RuntimeException e) {
            // Bad input never stops the pipeline: an article whose mentions cannot be read has no entities.
            return ArticleEntities.none();
        }
    }

    private List<ArticleEntity> build(AnnotatedArticle doc, List<Cluster> clusters) {
        List<Cluster> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.comparingInt(Cluster::firstStart));
        String articleId = doc.article().id() == null ? "" : doc.article().id();
        List<ArticleEntity> out = new ArrayList<>();
        for (Cluster cl : ordered) {
            List<Candidate> members = cl.ordered();
            List<String> spellings = new ArrayList<>();
            LinkedHashSet<Span> spans = new LinkedHashSet<>();
            List<Actor> codes = new ArrayList<>();
            for (Candidate m : members) {
                spellings.add(m.text());
                if (!spans.add(m.span())) continue;
                codes.add(code(doc, m, cl.type()));
            }
            String name = cl.kbName() != null && cl.type() != EntityType.PERSON
                    ? cl.kbName() : CanonicalName.choose(CanonicalName.count(spellings), cl.type());
            out.add(new ArticleEntity(articleId + "#e" + (out.size() + 1), name, cl.type(), ActorChoice.mostSpecific(codes),
                    new ArrayList<>(new LinkedHashSet<>(spellings)), new ArrayList<>(spans)));
        }
        return out;
    }

    private Actor code(AnnotatedArticle doc, Candidate m, EntityType type) {
        String ner = m.nerType().equals("RECOVERED") ? type.name() : m.nerType();
        try {
            return coder.codeMention(doc, m.span(), ner);
        } catch (RuntimeException e) {
            return null; // an actor coder failure loses the code, not the entity
        }
    }

    public ActorKnowledgeBase knowledgeBase() { return kb; }
}
