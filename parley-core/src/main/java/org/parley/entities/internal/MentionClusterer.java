package org.parley.entities.internal;

import org.parley.names.NameForms;
import org.parley.names.PersonName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.entities.kb.ActorKnowledgeBase;
import org.parley.model.EntityType;

/**
 * Groups one article's candidates into entities, most reliable evidence first (a sieve):
 * <ol>
 *   <li>persons, longest names first: same full name ("George W. Bush" ~ "George Bush"), surname or
 *       surname-with-particles of a full name ("Hollande", "Le Drian"), the same text in any case;</li>
 *   <li>then another word of a full name ("Xi" of "Xi Jinping");</li>
 *   <li>then transliteration / machine-translation variants ("Makron", "McCron" of "Emmanuel Macron")
 *       by sound and spelling, only between persons, only when exactly one entity fits and nothing
 *       contradicts it (different given names, or the knowledge base knowing them as two people).</li>
 * </ol>
 * A bare surname shared by two full names ("Bush" with "George Bush" and "Jeb Bush") goes to the one
 * named last within the two preceding sentences, else stays apart. One-word ORGANIZATION, MISC or
 * LOCATION mentions that equal a person's surname join that person (the annotator is inconsistent
 * about types; it never is about the letters); a one-word LOCATION or MISC spelling variant joins
 * only where a speaker stands ("Makron said"). Other types merge on the same text, on the knowledge
 * base (country or organisation code) or on an acronym ("US" ~ "United States"); generic
 * institution names ("Interior Ministry") only when their actor countries agree.
 */
public final class MentionClusterer {
    /** How many sentences back a bare shared surname may look for the full name it abbreviates. */
    static final int SURNAME_RECENCY_SENTENCES = 2;
    private final ActorKnowledgeBase kb;

    public MentionClusterer(ActorKnowledgeBase kb) { this.kb = kb; }

    public List<Cluster> cluster(List<Candidate> candidates) { return cluster(candidates, c -> null); }

    /**
     * @param countryOf actor country of a candidate, or null; asked only for generic institution
     *                  names ("Interior Ministry"), which join only when their countries agree
     */
    public List<Cluster> cluster(List<Candidate> candidates, java.util.function.Function<Candidate, String> countryOf) {
        List<Cluster> clusters = new ArrayList<>();
        List<Candidate> persons = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        for (Candidate c : candidates) (c.type() == EntityType.PERSON ? persons : others).add(c);
        persons.sort(Comparator.comparingInt(Candidate::wordCount).reversed().thenComparingInt(Candidate::start));
        for (Candidate c : persons) {
            Cluster target = personTarget(c, clusters, true);
            if (target != null) target.add(c); else clusters.add(new Cluster(c));
        }
        others.sort(Comparator.comparingInt(Candidate::start));
        for (Candidate c : others) {
            Cluster person = mistypedPerson(c, clusters);
            if (person != null) { person.add(c); continue; }
            Cluster target = otherTarget(c, clusters, countryOf);
            if (target != null) {
                target.add(c);
                settleType(target);
            } else {
                Cluster n = new Cluster(c);
                kbName(c).ifPresent(n::setKbName);
                clusters.add(n);
            }
        }
        return clusters;
    }

    // ---- persons ------------------------------------------------------------------------------

    /** The person cluster {@code c} belongs to, or null for a new one. */
    Cluster personTarget(Candidate c, List<Cluster> clusters, boolean allowVariants) {
        PersonName n = c.name();
        if (n.isEmpty()) return null;
        List<Cluster> strong = new ArrayList<>();
        for (Cluster cl : clusters) {
            if (cl.type() != EntityType.PERSON || conflicts(n, cl)) continue;
            if (strongMatch(c, n, cl)) strong.add(cl);
        }
        if (strong.size() == 1) return strong.get(0);
        if (strong.size() > 1) {
            Cluster recent = mostRecent(c, strong);
            if (recent == null) recent = lastNamedInFull(c, strong);
            return recent != null ? recent : bareSurnameCluster(strong);
        }
        List<Cluster> weak = new ArrayList<>();
        for (Cluster cl : clusters) {
            if (cl.type() != EntityType.PERSON || conflicts(n, cl)) continue;
            for (PersonName f : cl.fullNames()) if (n.isOtherWordOf(f)) { weak.add(cl); break; }
        }
        if (weak.size() == 1) return weak.get(0);
        if (!weak.isEmpty() || !allowVariants) return null;
        return uniqueVariant(c, clusters);
    }

    private static boolean strongMatch(Candidate c, PersonName n, Cluster cl) {
        if (cl.hasKey(c.key())) return true;
        for (PersonName f : cl.fullNames()) {
            if (n.isFull() && n.sameFullName(f)) return true;
            if (n.isSurnameOf(f)) return true;
        }
        // a one-word name equal to the surname of a one-word member is covered by hasKey
        return false;
    }

    /** Two full names with one surname and incompatible given names: never one person. */
    private static boolean conflicts(PersonName n, Cluster cl) {
        if (!n.isFull()) return false;
        for (PersonName f : cl.fullNames()) if (n.conflicts(f) && !n.sameFullName(f)) return true;
        return false;
    }

    /** Among clusters that all fit, the one mentioned last before {@code c}, if close enough. */
    private static Cluster mostRecent(Candidate c, List<Cluster> fits) {
        Candidate best = null;
        Cluster bestCluster = null;
        for (Cluster cl : fits) {
            for (Candidate m : cl.members()) {
                if (m.start() >= c.start()) continue;
                if (best == null || m.start() > best.start()) { best = m; bestCluster = cl; }
            }
        }
        if (best == null || c.sentence() - best.sentence() > SURNAME_RECENCY_SENTENCES) return null;
        return bestCluster;
    }

    /**
     * A bare surname that fits several people none of whom was named in the last sentences goes to the
     * one the article last named in full before it (the Le Pens, the Bushes: the one the text is about).
     */
    private static Cluster lastNamedInFull(Candidate c, List<Cluster> fits) {
        Candidate best = null;
        Cluster bestCluster = null;
        for (Cluster cl : fits) {
            for (Candidate m : cl.members()) {
                if (m.start() >= c.start() || !m.name().isFull()) continue;
                if (best == null || m.start() > best.start()) { best = m; bestCluster = cl; }
            }
        }
        return bestCluster;
    }

    /**
     * For a surname that fits several people and none recently: the cluster of earlier such bare
     * surnames, if any, so that all the unresolved "Trump"s of an article are one entity, not many.
     */
    private static Cluster bareSurnameCluster(List<Cluster> fits) {
        for (Cluster cl : fits) if (cl.fullNames().isEmpty()) return cl;
        return null;
    }

    /** The one person cluster whose names are spelling variants of {@code c}'s, with no contrary evidence. */
    Cluster uniqueVariant(Candidate c, List<Cluster> clusters) {
        PersonName n = c.name();
        Cluster found = null;
        for (Cluster cl : clusters) {
            if (cl.type() != EntityType.PERSON || conflicts(n, cl)) continue;
            boolean variant = false;
            for (PersonName v : cl.names()) if (n.isSpellingVariantOf(v)) { variant = true; break; }
            if (!variant || knownAsOthers(c.text(), cl)) continue;
            if (found != null && found != cl) return null; // two fit: ambiguous
            found = cl;
        }
        return found;
    }

    /** The knowledge base knows {@code text} and the cluster's names as different people. */
    boolean knownAsOthers(String text, Cluster cl) {
        Set<String> mine = knownPersons(text);
        if (mine.isEmpty()) return false;
        for (Candidate m : cl.members()) {
            Set<String> theirs = knownPersons(m.text());
            if (theirs.isEmpty()) continue;
            for (String p : theirs) if (mine.contains(p)) return false;
            return true;
        }
        return false;
    }

    private Set<String> knownPersons(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (kb != null) for (ActorKnowledgeBase.Person p : kb.persons(name)) out.add(p.name());
        return out;
    }

    /** A one-word ORGANIZATION / MISC / LOCATION mention that is exactly a person's surname in this article. */
    private Cluster mistypedPerson(Candidate c, List<Cluster> clusters) {
        if (c.wordCount() != 1) return null;
        if (!c.nerType().equals("ORGANIZATION") && !c.nerType().equals("MISC") && !c.nerType().equals("LOCATION")) return null;
        if (kbName(c).isPresent()) return null;
        List<Cluster> fits = new ArrayList<>();
        for (Cluster cl : clusters) if (cl.type() == EntityType.PERSON && strongMatch(c, c.name(), cl)) fits.add(cl);
        if (fits.size() == 1) return fits.get(0);
        if (!fits.isEmpty()) return mostRecent(c, fits);
        // A spelling variant typed as a place or other name ("Makron" LOCATION) is a person only
        // where a speaker stands ("Makron said"): "Holland" the place is not "Hollande" the president.
        // Not organisations: "Micron said" is the chip maker, not a misspelt Macron.
        boolean mayBePerson = c.speakerPosition() && !c.nerType().equals("ORGANIZATION");
        return mayBePerson ? uniqueVariant(c.withType(EntityType.PERSON), clusters) : null;
    }

    // ---- countries, organisations, places, other names ---------------------------------------

    private static int group(EntityType t) {
        return switch (t) {
            case PERSON -> 0;
            case COUNTRY, NATIONALITY -> 1;
            default -> 2; // ORGANIZATION, LOCATION, MISC: the annotator confuses them for one name
        };
    }

    private Cluster otherTarget(Candidate c, List<Cluster> clusters, java.util.function.Function<Candidate, String> countryOf) {
        String key = c.key();
        String code = kbCode(c);
        String acronym = c.wordCount() == 1 ? NameForms.acronymOf(c.text()) : null;
        String initials = NameForms.initialsOf(c.text());
        boolean generic = NameForms.isGenericInstitution(c.text());
        String country = generic ? countryOf.apply(c) : null;
        for (Cluster cl : clusters) {
            if (cl.type() == EntityType.PERSON || group(cl.type()) != group(c.type())) continue;
            if (!cl.hasKey(key)) continue;
            if (generic && !sameCountry(country, cl, countryOf)) continue;
            return cl;
        }
        if (generic) return null; // a generic name joins only its own words in its own country
        for (Cluster cl : clusters) {
            if (cl.type() == EntityType.PERSON || group(cl.type()) != group(c.type())) continue;
            for (Candidate m : cl.members()) {
                if (code != null && code.equals(kbCode(m))) return cl;
                if (acronym != null && acronym.equals(NameForms.initialsOf(m.text()))) return cl;
                if (initials != null && m.wordCount() == 1 && initials.equals(NameForms.acronymOf(m.text()))) return cl;
            }
        }
        return null;
    }

    /** The cluster's members are coded with no country other than {@code country} (unknown countries agree). */
    private static boolean sameCountry(String country, Cluster cl, java.util.function.Function<Candidate, String> countryOf) {
        if (country == null) return true;
        for (Candidate m : cl.members()) {
            String theirs = countryOf.apply(m);
            if (theirs != null && !theirs.equals(country)) return false;
        }
        return true;
    }

    /** The type most members have; ORGANIZATION before LOCATION before MISC on ties. */
    private static void settleType(Cluster cl) {
        if (group(cl.type()) != 2) return;
        EntityType best = cl.type();
        for (EntityType t : List.of(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC)) {
            if (cl.membersOfType(t) > cl.membersOfType(best)) best = t; // counts kept by the cluster: no re-count per member
        }
        cl.setType(best);
    }

    /** Country or organisation identifier from the knowledge base, or null. */
    private String kbCode(Candidate c) {
        if (kb == null) return null;
        if (c.type() == EntityType.COUNTRY || c.type() == EntityType.NATIONALITY) {
            return kb.country(c.text()).map(r -> "C:" + r.code()).orElse(null);
        }
        if (c.type() == EntityType.ORGANIZATION) return kb.igo(c.text()).map(i -> "I:" + i.code()).orElse(null);
        return null;
    }

    private Optional<String> kbName(Candidate c) {
        if (kb == null) return Optional.empty();
        if (c.type() == EntityType.COUNTRY || c.type() == EntityType.NATIONALITY) {
            return kb.country(c.text()).map(ActorKnowledgeBase.CountryRef::name).filter(Objects::nonNull);
        }
        if (c.type() == EntityType.ORGANIZATION) return kb.igo(c.text()).map(ActorKnowledgeBase.Igo::name);
        return Optional.empty();
    }

    /** Sets knowledge-base names on clusters built before a member with a known name joined. */
    public void applyKbNames(List<Cluster> clusters) {
        for (Cluster cl : clusters) for (Candidate m : cl.members()) kbName(m).ifPresent(cl::setKbName);
    }
}
