package org.parley.entities.internal;

import org.parley.names.PersonName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.EntityType;

/** A growing group of candidates that denote one entity within one article. Not thread-safe (one per extraction). */
public final class Cluster {
    private final List<Candidate> members = new ArrayList<>();
    // Kept as members are added: clustering asks each cluster these for every candidate, and computing
    // them from the members each time made long articles quadratic.
    private final Set<String> keys = new java.util.HashSet<>();
    private final Set<PersonName> fullNames = new LinkedHashSet<>();
    private final Set<PersonName> names = new LinkedHashSet<>();
    /** How many members (as stored) have each type: the type vote of MentionClusterer.settleType. */
    private final java.util.Map<EntityType, Integer> typeCounts = new java.util.EnumMap<>(EntityType.class);
    private EntityType type;
    /** Canonical name the knowledge base gave (country or organisation), or null. */
    private String kbName;

    Cluster(Candidate first) {
        this.type = first.type();
        members.add(first);
        typeCounts.merge(first.type(), 1, Integer::sum);
        remember(first);
    }

    void add(Candidate c) {
        Candidate stored = c.type() == type ? c : c.withType(type);
        members.add(stored);
        typeCounts.merge(stored.type(), 1, Integer::sum);
        remember(c);
    }

    /** The number of members whose (stored) type is {@code t}. */
    int membersOfType(EntityType t) { return typeCounts.getOrDefault(t, 0); }

    private void remember(Candidate c) {
        keys.add(c.key());
        if (c.name().isFull()) fullNames.add(c.name());
        if (!c.name().isEmpty()) names.add(c.name());
    }

    void setType(EntityType t) { this.type = t; }

    void setKbName(String name) { if (kbName == null) kbName = name; }

    public String kbName() { return kbName; }

    public EntityType type() { return type; }

    public List<Candidate> members() { return members; }

    /** Members sorted by position. */
    public List<Candidate> ordered() {
        List<Candidate> out = new ArrayList<>(members);
        out.sort(Comparator.comparingInt(Candidate::start));
        return out;
    }

    public int firstStart() {
        int s = Integer.MAX_VALUE;
        for (Candidate c : members) s = Math.min(s, c.start());
        return s;
    }

    /** Distinct full (two-word or longer) person names among the members. */
    public List<PersonName> fullNames() { return new ArrayList<>(fullNames); }

    /** Distinct names of the members. */
    public List<PersonName> names() { return new ArrayList<>(names); }

    public boolean hasKey(String key) { return keys.contains(key); }

    void replaceMembers(List<Candidate> replacement) {
        members.clear();
        members.addAll(replacement);
        typeCounts.clear();
        for (Candidate c : members) typeCounts.merge(c.type(), 1, Integer::sum);
        keys.clear();
        fullNames.clear();
        names.clear();
        for (Candidate c : members) remember(c);
    }
}
