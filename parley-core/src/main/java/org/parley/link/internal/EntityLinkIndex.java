package org.parley.link.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.names.NameForms;
import org.parley.names.NameSimilarity;
import org.parley.names.PersonName;
import org.parley.model.EntityType;

/**
 * Lookup of global entities by folded name, by surname, by the sound of the surname, by acronym and
 * by country code, so that linking one article costs a few map lookups, not a scan of the corpus.
 * Not thread-safe: the linker guards it.
 */
public final class EntityLinkIndex {
    private final List<EntityLinkRecord> all = new ArrayList<>();
    private final Map<String, Set<EntityLinkRecord>> byKey = new HashMap<>();
    private final Map<String, Set<EntityLinkRecord>> bySurname = new HashMap<>();
    private final Map<String, Set<EntityLinkRecord>> bySound = new HashMap<>();
    private final Map<String, Set<EntityLinkRecord>> byInitials = new HashMap<>();
    private final Map<String, Set<EntityLinkRecord>> byCountry = new HashMap<>();

    public List<EntityLinkRecord> all() { return all; }

    public void add(EntityLinkRecord r) { all.add(r); }

    /** (Re-)indexes a record after it absorbed an article's entity; adding twice is harmless. */
    public void index(EntityLinkRecord r) {
        for (String k : r.keys()) put(byKey, k, r);
        for (String i : r.initialisms()) put(byInitials, i, r);
        if (r.type() == EntityType.PERSON) {
            for (PersonName n : r.personNames()) {
                for (String s : n.surnameKeys()) put(bySurname, s, r);
                for (String c : NameSimilarity.codes(n.surname())) put(bySound, c, r);
            }
        }
        if (r.type() == EntityType.COUNTRY) for (String c : r.countries()) put(byCountry, c, r);
    }

    private static void put(Map<String, Set<EntityLinkRecord>> map, String key, EntityLinkRecord r) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r);
    }

    private static Set<EntityLinkRecord> get(Map<String, Set<EntityLinkRecord>> map, String key) {
        return map.getOrDefault(key, Set.of());
    }

    public Set<EntityLinkRecord> byKey(String key) { return get(byKey, key); }

    public Set<EntityLinkRecord> bySurname(String surname) { return get(bySurname, surname); }

    public Set<EntityLinkRecord> bySound(String word) {
        Set<EntityLinkRecord> out = new LinkedHashSet<>();
        for (String c : NameSimilarity.codes(word)) out.addAll(get(bySound, c));
        return out;
    }

    public Set<EntityLinkRecord> byInitials(String acronym) { return get(byInitials, acronym); }

    public Set<EntityLinkRecord> byCountry(String code) { return get(byCountry, code); }
}
