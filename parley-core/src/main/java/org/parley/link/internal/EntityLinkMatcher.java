package org.parley.link.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.entities.ArticleEntity;
import org.parley.names.NameForms;
import org.parley.names.PersonName;
import org.parley.model.EntityType;

/**
 * Decides which global entity an article's entity is, if any. Names must match and the context
 * must agree:
 * <ul>
 *   <li>same type (organisations, places and other names may cross when the name is identical: the
 *       annotator confuses those types, never the letters);</li>
 *   <li>actor country compatible: a name coded FRA is not a name coded RUS;</li>
 *   <li>persons: the same full name ("George W. Bush" ~ "George Bush"), never two full names with
 *       one surname and different given names; a surname alone links only when exactly one global
 *       entity with a full name has that surname; transliteration / machine-translation variants
 *       ("Makron" ~ "Emmanuel Macron") only when exactly one entity fits;</li>
 *   <li>others: the same folded name, an acronym of the other's name ("NATO"), or, for countries,
 *       the same country code.</li>
 * </ul>
 * A global entity already claimed by another entity of the same article is not a candidate: the
 * extractor kept them apart for a reason.
 */
public final class EntityLinkMatcher {
    private final EntityLinkIndex index;

    public EntityLinkMatcher(EntityLinkIndex index) { this.index = index; }

    public EntityLinkRecord match(ArticleEntity e, Set<EntityLinkRecord> claimed) {
        return e.type() == EntityType.PERSON ? matchPerson(e, claimed) : matchOther(e, claimed);
    }

    // ---- persons -----------------------------------------------------------------------------

    private EntityLinkRecord matchPerson(ArticleEntity e, Set<EntityLinkRecord> claimed) {
        List<PersonName> full = new ArrayList<>();
        List<PersonName> single = new ArrayList<>();
        for (String v : names(e)) {
            PersonName n = PersonName.of(v);
            if (n.isFull()) full.add(n); else if (!n.isEmpty()) single.add(n);
        }
        Set<EntityLinkRecord> pool = new LinkedHashSet<>();
        for (String v : names(e)) pool.addAll(index.byKey(NameForms.fold(v)));
        for (PersonName n : full) for (String s : n.surnameKeys()) pool.addAll(index.bySurname(s));
        for (PersonName n : single) pool.addAll(index.bySurname(n.text()));
        List<EntityLinkRecord> ok = new ArrayList<>();
        for (EntityLinkRecord r : pool) if (usable(r, e, claimed) && !conflicting(full, r)) ok.add(r);

        if (!full.isEmpty()) {
            // The same full name is one person whatever the articles coded it: an actor-coding
            // disagreement (a wrong country in one article) must not split a person in two.
            List<EntityLinkRecord> same = new ArrayList<>();
            for (EntityLinkRecord r : pool) {
                if (r.type() == e.type() && !claimed.contains(r) && !conflicting(full, r) && sameFullName(full, r)) same.add(r);
            }
            if (!same.isEmpty()) return biggest(same);
            // "Emmanuel Macron" here, only "Macron" there: the surname of a known full name
            // ... unless another full name with that surname is known ("Bush" is not "Jeb Bush" once "George Bush" exists)
            List<EntityLinkRecord> surnameOnly = new ArrayList<>();
            for (EntityLinkRecord r : ok) if (r.fullNames().isEmpty() && sharesSurname(full, r)) surnameOnly.add(r);
            Set<EntityLinkRecord> holders = new LinkedHashSet<>();
            for (PersonName n : full) for (String s : n.surnameKeys()) holders.addAll(fullNamed(index.bySurname(s)));
            if (surnameOnly.size() == 1 && holders.isEmpty()) return surnameOnly.get(0);
            if (!surnameOnly.isEmpty()) return null;
        } else if (!single.isEmpty()) {
            // a surname alone: only when one global entity with a full name has it
            List<EntityLinkRecord> withFull = new ArrayList<>();
            List<EntityLinkRecord> bare = new ArrayList<>();
            for (EntityLinkRecord r : ok) {
                if (!namesSingle(single, r)) continue;
                (r.fullNames().isEmpty() ? bare : withFull).add(r);
            }
            Set<EntityLinkRecord> surnameHolders = new LinkedHashSet<>();
            for (PersonName n : single) surnameHolders.addAll(fullNamed(index.bySurname(n.text())));
            if (withFull.size() == 1 && surnameHolders.size() <= 1) return withFull.get(0);
            if (withFull.isEmpty() && surnameHolders.isEmpty() && bare.size() == 1) return bare.get(0);
            if (surnameHolders.size() > 1 && bare.size() == 1) return bare.get(0); // the ambiguous bare surname itself
            if (!withFull.isEmpty() || !bare.isEmpty()) return null;
        }
        return variant(e, full, single, claimed);
    }

    /** The one global person whose names are spelling variants of this entity's. */
    private EntityLinkRecord variant(ArticleEntity e, List<PersonName> full, List<PersonName> single, Set<EntityLinkRecord> claimed) {
        List<PersonName> mine = new ArrayList<>(full);
        mine.addAll(single);
        Set<EntityLinkRecord> pool = new LinkedHashSet<>();
        for (PersonName n : mine) pool.addAll(index.bySound(n.surname()));
        EntityLinkRecord found = null;
        for (EntityLinkRecord r : pool) {
            if (!usable(r, e, claimed) || conflicting(full, r)) continue;
            boolean fits = false;
            for (PersonName n : mine) {
                for (PersonName theirs : r.personNames()) if (n.isSpellingVariantOf(theirs)) { fits = true; break; }
                if (fits) break;
            }
            if (!fits) continue;
            if (found != null && found != r) return null; // two people fit: do not guess
            found = r;
        }
        return found;
    }

    private static Set<EntityLinkRecord> fullNamed(Set<EntityLinkRecord> rs) {
        Set<EntityLinkRecord> out = new LinkedHashSet<>();
        for (EntityLinkRecord r : rs) if (r.type() == EntityType.PERSON && !r.fullNames().isEmpty()) out.add(r);
        return out;
    }

    private static boolean sameFullName(List<PersonName> full, EntityLinkRecord r) {
        for (PersonName n : full) for (PersonName g : r.fullNames()) if (n.sameFullName(g)) return true;
        return false;
    }

    /** Full names with one surname whose given names cannot be one person ("Jeb Bush" vs "George Bush"). */
    private static boolean conflicting(List<PersonName> full, EntityLinkRecord r) {
        for (PersonName n : full) {
            for (PersonName g : r.fullNames()) if (n.conflicts(g) && !n.sameFullName(g)) return true;
        }
        return false;
    }

    private static boolean sharesSurname(List<PersonName> full, EntityLinkRecord r) {
        for (PersonName n : full) for (String s : n.surnameKeys()) if (r.oneWordNames().contains(s) || r.keys().contains(s)) return true;
        return false;
    }

    private static boolean namesSingle(List<PersonName> single, EntityLinkRecord r) {
        for (PersonName n : single) {
            if (r.keys().contains(n.text()) || r.oneWordNames().contains(n.text())) return true;
            for (PersonName f : r.fullNames()) if (f.surnameKeys().contains(n.text())) return true;
        }
        return false;
    }

    // ---- countries, organisations, places ----------------------------------------------------

    private EntityLinkRecord matchOther(ArticleEntity e, Set<EntityLinkRecord> claimed) {
        if (NameForms.isGenericInstitution(e.name())) return matchGeneric(e, claimed);
        List<EntityLinkRecord> sameType = new ArrayList<>();
        List<EntityLinkRecord> otherType = new ArrayList<>();
        for (String v : names(e)) {
            String key = NameForms.fold(v);
            collect(index.byKey(key), e, claimed, sameType, otherType);
            String acronym = acronym(v);
            if (acronym != null) collect(index.byInitials(acronym), e, claimed, sameType, new ArrayList<>());
            String initials = NameForms.initialsOf(v);
            if (initials != null) {
                for (EntityLinkRecord r : index.byKey(initials)) {
                    if (r.type() == e.type() && usable(r, e, claimed) && hasAcronym(r, initials)) sameType.add(r);
                }
            }
        }
        if (e.type() == EntityType.COUNTRY && e.actor() != null && e.actor().country() != null) {
            for (EntityLinkRecord r : index.byCountry(e.actor().country())) if (usable(r, e, claimed)) sameType.add(r);
        }
        if (!sameType.isEmpty()) return biggest(sameType);
        if (!otherType.isEmpty() && groupOf(e.type()) == 2) return biggest(otherType);
        return null;
    }

    /** "Interior Ministry": the same words and the same actor country, or nothing. */
    private EntityLinkRecord matchGeneric(ArticleEntity e, Set<EntityLinkRecord> claimed) {
        if (e.actor() == null || e.actor().country() == null) return null;
        List<EntityLinkRecord> found = new ArrayList<>();
        for (String v : names(e)) {
            for (EntityLinkRecord r : index.byKey(NameForms.fold(v))) {
                if (!claimed.contains(r) && groupOf(r.type()) == groupOf(e.type()) && r.countries().contains(e.actor().country())) found.add(r);
            }
        }
        return found.isEmpty() ? null : biggest(found);
    }

    private void collect(Set<EntityLinkRecord> found, ArticleEntity e, Set<EntityLinkRecord> claimed,
                         List<EntityLinkRecord> sameType, List<EntityLinkRecord> otherType) {
        for (EntityLinkRecord r : found) {
            if (claimed.contains(r) || !countryCompatible(r, e)) continue;
            if (r.type() == e.type()) sameType.add(r);
            else if (groupOf(r.type()) == groupOf(e.type()) && groupOf(e.type()) == 2) otherType.add(r);
        }
    }

    private static String acronym(String v) {
        String s = v.strip();
        return s.contains(" ") ? null : NameForms.acronymOf(s);
    }

    private static boolean hasAcronym(EntityLinkRecord r, String acronym) {
        for (String k : r.keys()) if (k.equals(acronym)) return true;
        return false;
    }

    private static int groupOf(EntityType t) {
        return switch (t) {
            case PERSON -> 0;
            case COUNTRY, NATIONALITY -> 1;
            default -> 2;
        };
    }

    // ---- shared ------------------------------------------------------------------------------

    private static List<String> names(ArticleEntity e) {
        List<String> out = new ArrayList<>(e.variants());
        if (!out.contains(e.name())) out.add(e.name());
        return out;
    }

    private static boolean usable(EntityLinkRecord r, ArticleEntity e, Set<EntityLinkRecord> claimed) {
        return r.type() == e.type() && !claimed.contains(r) && countryCompatible(r, e);
    }

    /** A code's country must be one the entity has been coded with before (when both are known). */
    private static boolean countryCompatible(EntityLinkRecord r, ArticleEntity e) {
        if (e.actor() == null || e.actor().country() == null) return true;
        Set<String> theirs = r.countries();
        return theirs.isEmpty() || theirs.contains(e.actor().country());
    }

    /** Several equally good candidates (should be rare): the one with most mentions, then the oldest. */
    private static EntityLinkRecord biggest(List<EntityLinkRecord> rs) {
        EntityLinkRecord best = null;
        for (EntityLinkRecord r : rs) if (best == null || r.mentionCount() > best.mentionCount()) best = r;
        return best;
    }
}
