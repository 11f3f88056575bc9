package org.parley.entities;

import org.parley.names.NameForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.entities.ActorChoice;
import org.parley.names.CanonicalName;
import org.parley.entities.internal.Candidate;
import org.parley.entities.internal.Cluster;
import org.parley.entities.internal.MentionClusterer;
import org.parley.entities.internal.MentionSelector;
import org.parley.entities.internal.MissedMentionFinder;
import org.parley.names.PersonName;
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
        java.util.Map<Candidate, String> countries = new java.util.HashMap<>();
        List<Cluster> clusters = clusterer.cluster(selector.select(doc), c -> countries.computeIfAbsent(c, k -> {
            Actor a = code(doc, k, k.type());
            return a == null ? null : a.country();
        }));
        finder.addMissed(doc, clusters);
        MissedMentionFinder.joinAdjacent(doc, clusters);
        clusterer.applyKbNames(clusters);
        return new ArticleEntities(build(doc, clusters));
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
            List<ActorChoice.Coded> codes = new ArrayList<>();
            for (Candidate m : members) {
                spellings.add(m.text());
                if (!spans.add(m.span())) continue;
                codes.add(explained(doc, m, cl.type()));
            }
            String name = cl.kbName() != null && cl.type() != EntityType.PERSON
                    ? cl.kbName() : CanonicalName.choose(CanonicalName.count(spellings), cl.type());
            if (cl.type() == EntityType.PERSON) name = knownSpelling(name, spellings);
            out.add(new ArticleEntity(articleId + "#e" + (out.size() + 1), name, cl.type(), ActorChoice.best(codes),
                    new ArrayList<>(new LinkedHashSet<>(spellings)), new ArrayList<>(spans)));
        }
        return out;
    }

    /**
     * The knowledge base's spelling of a full name that the article spells otherwise ("Emmanuel
     * Makron" in a machine-translated story is "Emmanuel Macron"): only when exactly one known person
     * has the same full name or a spelling variant of it. One-word names are left alone: a bare
     * surname does not say which person of that name is meant.
     */
    private String knownSpelling(String canonical, List<String> spellings) {
        PersonName mine = PersonName.of(canonical);
        if (!mine.isFull() || kb == null) return canonical;
        java.util.Set<String> fits = new LinkedHashSet<>();
        for (String v : new LinkedHashSet<>(spellings)) {
            for (ActorKnowledgeBase.Person p : kb.persons(v)) {
                PersonName known = PersonName.of(p.name());
                if (known.sameFullName(mine) || (known.isFull() && known.isSpellingVariantOf(mine) && !known.conflicts(mine))) {
                    fits.add(p.name());
                }
            }
        }
        if (fits.size() != 1) return canonical;
        String known = fits.iterator().next();
        // the same letters but for accents or case: the article's own spelling stands ("Francois Hollande")
        if (org.parley.names.NameForms.fold(known).equals(org.parley.names.NameForms.fold(canonical))) {
            return canonical;
        }
        // keep the article's fuller form when it only adds to the known one ("George W. Bush" ~ "George Bush")
        return PersonName.of(known).words().size() >= mine.words().size() || !PersonName.of(known).sameFullName(mine)
                ? known : canonical;
    }

    /** A mention's code, noting when its country was inferred from the article rather than stated. */
    private ActorChoice.Coded explained(AnnotatedArticle doc, Candidate m, EntityType type) {
        String ner = m.nerType().equals("RECOVERED") ? type.name() : m.nerType();
        ActorCoder.Coding c = coder.explainMention(doc, m.span(), ner);
        if (c == null || c.actor() == null) return new ActorChoice.Coded(null, ActorChoice.CountryEvidence.ARTICLE);
        return new ActorChoice.Coded(c.actor(), evidence(c.reason()));
    }

    /** Reads the coder's explanation: "...; country RUS from the dateline" is a guess from the article. */
    static ActorChoice.CountryEvidence evidence(String reason) {
        if (reason == null || !reason.contains("; country ")) return ActorChoice.CountryEvidence.STATED;
        if (reason.contains("from the dateline") || reason.contains("dominant")) return ActorChoice.CountryEvidence.ARTICLE;
        return ActorChoice.CountryEvidence.SENTENCE;
    }

    private Actor code(AnnotatedArticle doc, Candidate m, EntityType type) {
        String ner = m.nerType().equals("RECOVERED") ? type.name() : m.nerType();
        return coder.codeMention(doc, m.span(), ner);
    }

    public ActorKnowledgeBase knowledgeBase() { return kb; }
}
