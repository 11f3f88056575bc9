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
    private EntityType type;
    /** Canonical name the knowledge base gave (country or organisation), or null. */
    private String kbName;

    Cluster(Candidate first) {
        this.type = first.type();
        members.add(first);
    }

    void add(Candidate c) { members.add(c.type() == type ? c : c.withType(type)); }

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
    public List<PersonName> fullNames() {
        Set<PersonName> out = new LinkedHashSet<>();
        for (Candidate c : members) if (c.name().isFull()) out.add(c.name());
        return new ArrayList<>(out);
    }

    /** Distinct names of the members. */
    public List<PersonName> names() {
        Set<PersonName> out = new LinkedHashSet<>();
        for (Candidate c : members) if (!c.name().isEmpty()) out.add(c.name());
        return new ArrayList<>(out);
    }

    public boolean hasKey(String key) {
        for (Candidate c : members) if (c.key().equals(key)) return true;
        return false;
    }

    void replaceMembers(List<Candidate> replacement) {
        members.clear();
        members.addAll(replacement);
    }
}
