package org.parley.link.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.entities.ArticleEntity;
import org.parley.entities.ActorChoice;
import org.parley.names.CanonicalName;
import org.parley.names.NameForms;
import org.parley.names.PersonName;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Entity;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Span;

/**
 * One global entity while the corpus is being linked: its spellings, names, mentions and the actor
 * codes each article gave it. Keeps no article text, only mention strings. Not thread-safe: the
 * {@link org.parley.link.EntityLinker} guards it.
 */
public final class EntityLinkRecord {
    /** The code one article gave the entity, with that article's date and processing order. */
    record ActorSeen(Actor actor, LocalDate date, long seq) {}

    private final String id;
    private final EntityType type;
    private final Map<String, Integer> spellings = new LinkedHashMap<>();
    private final Map<String, Integer> localNames = new LinkedHashMap<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<PersonName> fullNames = new LinkedHashSet<>();
    private final Set<String> oneWordNames = new LinkedHashSet<>();
    private final Set<String> initialisms = new LinkedHashSet<>();
    /** The mentions, or null when they are not kept (they went to a sink article by article). */
    private final List<Mention> mentions;
    private int mentionCount;
    /**
     * The codes articles gave the entity, summed up rather than listed (one list entry per article would grow with the
     * corpus): how often each code was given, in order of first appearance, and per level of specificity (1-3)
     * the latest article's code and the codes given on the latest day, counted in order of first appearance.
     */
    private final Map<Actor, Integer> actorCounts = new LinkedHashMap<>();
    private final ActorSeen[] latest = new ActorSeen[4];
    private final List<Map<Actor, Integer>> latestDay = new ArrayList<>(java.util.Collections.nCopies(4, null));
    private final Map<EntityType, Integer> typeCounts = new java.util.EnumMap<>(EntityType.class);

    public EntityLinkRecord(String id, EntityType type) { this(id, type, true); }

    /** @param keepMentions false to count mentions without keeping them ({@link #toEntity} then has none) */
    public EntityLinkRecord(String id, EntityType type, boolean keepMentions) {
        this.id = id;
        this.type = type;
        this.mentions = keepMentions ? new ArrayList<>() : null;
    }

    public String id() { return id; }

    public EntityType type() { return type; }

    public Set<String> keys() { return keys; }

    public Set<PersonName> fullNames() { return fullNames; }

    public Set<String> oneWordNames() { return oneWordNames; }

    public int mentionCount() { return mentionCount; }

    /** Initials of the spelled-out names ("North Atlantic Treaty Organization" -> "nato"). */
    public Set<String> initialisms() { return initialisms; }

    /** Every name this entity answers to (full names and one-word names), as person names. */
    public List<PersonName> personNames() {
        List<PersonName> out = new ArrayList<>(fullNames);
        for (String w : oneWordNames) out.add(new PersonName(List.of(w)));
        return out;
    }

    /** Countries the entity has been coded with. */
    public Set<String> countries() {
        Set<String> out = new LinkedHashSet<>();
        for (Actor a : actorCounts.keySet()) if (a.country() != null) out.add(a.country());
        return out;
    }

    /** Adds one article's entity: spellings, names, mentions (text read from the article now, not kept) and code. */
    public void absorb(ArticleEntity e, Article article, long seq) {
        typeCounts.merge(e.type(), 1, Integer::sum);
        localNames.merge(e.name(), 1, Integer::sum);
        List<String> variants = e.variants().isEmpty() ? List.of(e.name()) : e.variants();
        for (String v : variants) addName(v);
        addName(e.name());
        String text = article.text() == null ? "" : article.text();
        String articleId = article.id();
        for (Span s : e.spans()) {
            String mentionText = s.end() <= text.length() ? text.substring(s.start(), s.end()) : "";
            if (mentions != null) mentions.add(new Mention(articleId, s.start(), s.end(), mentionText));
            mentionCount++;
            spellings.merge(NameForms.normalizeSpace(mentionText.isEmpty() ? e.name() : mentionText), 1, Integer::sum);
        }
        for (String v : variants) spellings.putIfAbsent(v, 0);
        if (e.actor() != null && !e.actor().isEmpty()) seen(new ActorSeen(e.actor(), article.published(), seq));
    }

    private void seen(ActorSeen a) {
        actorCounts.merge(a.actor(), 1, Integer::sum);
        int level = ActorChoice.specificity(a.actor());
        if (level == 0) return;
        ActorSeen last = latest[level];
        if (last == null || later(a, last)) latest[level] = a;
        if (last == null || !java.util.Objects.equals(a.date(), last.date()) && dayOf(a).isAfter(dayOf(last))) {
            latestDay.set(level, new LinkedHashMap<>());
        }
        if (java.util.Objects.equals(a.date(), latest[level].date())) latestDay.get(level).merge(a.actor(), 1, Integer::sum);
    }

    private static LocalDate dayOf(ActorSeen a) { return a.date() == null ? LocalDate.MIN : a.date(); }

    private void addName(String display) {
        String key = NameForms.fold(display);
        if (key.isEmpty()) return;
        keys.add(key);
        if (type != EntityType.PERSON) {
            String initials = NameForms.initialsOf(display);
            if (initials != null) initialisms.add(initials);
            return;
        }
        PersonName n = PersonName.of(display);
        if (n.isFull()) fullNames.add(n);
        else if (n.words().size() == 1) oneWordNames.add(n.words().get(0));
    }

    /**
     * The code to show: the most specific level any article reached (country and sector over country
     * alone over sector alone); at that level, the code of the latest article (coding is date-aware,
     * so the latest article tells the entity's latest role); same-day articles: the most frequent code.
     */
    public Actor actor() {
        ActorSeen shown = shownActor();
        return shown == null ? null : shown.actor();
    }

    private ActorSeen shownActor() {
        int level = 3;
        while (level > 0 && latest[level] == null) level--;
        if (level == 0) return null;
        ActorSeen last = latest[level];
        // the most frequent code of the latest day, the first given on ties (ActorChoice.mostSpecific's rule)
        Actor frequent = null;
        for (Map.Entry<Actor, Integer> e : latestDay.get(level).entrySet()) {
            if (frequent == null || e.getValue() > latestDay.get(level).get(frequent)) frequent = e.getKey();
        }
        return frequent == null ? last : new ActorSeen(frequent, last.date(), last.seq());
    }

    /** The other codes articles gave the entity, most frequent first (without the shown one or less specific forms of it). */
    public List<Actor> otherActors() { return otherActors(actor()); }

    private List<Actor> otherActors(Actor shown) {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<Actor, Integer> a : actorCounts.entrySet()) {
            Actor x = a.getKey();
            if (x.equals(shown) || coarserOf(x, shown)) continue;
            counts.put(x, a.getValue());
        }
        List<Actor> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> counts.get(b) - counts.get(a));
        return out;
    }

    /** {@code x} says less than {@code shown} and nothing against it (FRA of FRA/GOV). */
    private static boolean coarserOf(Actor x, Actor shown) {
        if (shown == null) return false;
        boolean country = x.country() == null || x.country().equals(shown.country());
        boolean sector = x.sector() == null || x.sector().equals(shown.sector());
        return country && sector;
    }

    /** True when a person's shown code came from an undated article (latest office, not date-checked); else null. */
    public Boolean actorUndated() { return actorUndated(shownActor()); }

    private Boolean actorUndated(ActorSeen shown) {
        return type == EntityType.PERSON && shown != null && shown.date() == null ? Boolean.TRUE : null;
    }

    private static boolean later(ActorSeen a, ActorSeen b) {
        LocalDate da = a.date() == null ? LocalDate.MIN : a.date();
        LocalDate db = b.date() == null ? LocalDate.MIN : b.date();
        return da.isAfter(db) || (da.equals(db) && a.seq() > b.seq());
    }

    /** Canonical name: persons from every spelling seen; others from the articles' canonical names (which may come from the knowledge base). */
    public String name() {
        if (type == EntityType.PERSON) {
            Map<String, Integer> all = new LinkedHashMap<>(spellings);
            for (Map.Entry<String, Integer> e : localNames.entrySet()) all.merge(e.getKey(), e.getValue(), Integer::sum);
            return CanonicalName.choose(all, type);
        }
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : localNames.entrySet()) {
            if (e.getValue() > bestCount) { best = e.getKey(); bestCount = e.getValue(); }
        }
        return best == null ? CanonicalName.choose(spellings, type) : best;
    }

    /**
     * The type to show: the one most articles gave (an organisation, place or other name may be typed
     * differently from article to article: "the Kremlin"); the first type on ties.
     */
    public EntityType shownType() {
        EntityType best = type;
        for (Map.Entry<EntityType, Integer> e : typeCounts.entrySet()) {
            if (e.getValue() > typeCounts.getOrDefault(best, 0)) best = e.getKey();
        }
        return best;
    }

    public Entity toEntity() {
        ActorSeen shown = shownActor();
        Actor actor = shown == null ? null : shown.actor();
        return new Entity(id, name(), shownType(), actor, new ArrayList<>(spellings.keySet()), mentions == null ? List.of() : mentions, otherActors(actor),
                actorUndated(shown));
    }
}
