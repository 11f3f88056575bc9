package org.parley.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.entities.ArticleEntity;
import org.parley.model.EntityType;
import org.parley.names.NameForms;
import org.parley.names.NameSimilarity;
import org.parley.names.PersonName;

/**
 * The name keys by which {@link EntityLinker} can bring two article entities together, for a run that links by
 * blocks (issue 12). The linker finds its candidates only through the lookups of its index (folded name, surname
 * keys, the sound of the surname, initials and acronyms, a country's code) and indexes each global entity under the
 * same kinds of key of every name it absorbed; so two entities that share no key, directly or through a chain of
 * entities, never meet. The connected components of the graph "entity - its keys" can therefore be linked apart,
 * each in input order, with the same result as the whole batch in input order.
 *
 * <p>The keys are a superset of what the linker looks up and indexes (a key too many only makes a block bigger,
 * one too few would make the blocked run differ): keep them in step with {@code EntityLinkIndex} and
 * {@code EntityLinkMatcher}.
 */
public final class LinkBlocking {
    private LinkBlocking() {}

    /** Every key the linker may look the entity up by or index its global entity under, with a kind prefix. */
    public static Set<String> keys(ArticleEntity e) {
        Set<String> out = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(e.variants());
        if (!names.contains(e.name())) names.add(e.name());
        for (String v : names) {
            if (v == null) continue;
            String key = NameForms.fold(v);
            if (!key.isEmpty()) out.add("k:" + key);
            if (e.type() == EntityType.PERSON) {
                person(PersonName.of(v), out);
                continue;
            }
            String initials = NameForms.initialsOf(v);
            if (initials != null) {
                out.add("i:" + initials); // indexed under its initials
                out.add("k:" + initials); // looks up entities named by them
            }
            String s = v.strip();
            String acronym = s.contains(" ") ? null : NameForms.acronymOf(s);
            if (acronym != null) out.add("i:" + acronym);
        }
        // countries are indexed and looked up by code; a nationality may join a country's entity
        if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY) && e.actor() != null && e.actor().country() != null) {
            out.add("c:" + e.actor().country());
        }
        return out;
    }

    private static void person(PersonName n, Set<String> out) {
        if (n.isEmpty()) return;
        List<PersonName> forms = new ArrayList<>(List.of(n));
        if (n.words().size() == 1) forms.add(new PersonName(List.of(n.words().get(0)))); // as a record keeps a one-word name
        for (PersonName f : forms) {
            for (String s : f.surnameKeys()) out.add("s:" + s);
            out.add("s:" + f.text());
            for (String c : NameSimilarity.codes(f.surname())) out.add("p:" + c);
        }
    }

    /**
     * The order in which the linker takes an article's entities: persons with the longest full names first (most
     * evidence), then the rest in article order. Global entities are numbered in this order within an article.
     */
    public static List<ArticleEntity> linkOrder(List<ArticleEntity> ents) {
        List<ArticleEntity> ordered = new ArrayList<>(ents);
        ordered.sort(Comparator.comparingInt(LinkBlocking::evidence).reversed());
        return ordered;
    }

    private static int evidence(ArticleEntity e) {
        if (e == null || e.type() != EntityType.PERSON) return 0;
        int words = 0;
        for (String v : e.variants()) {
            PersonName n = PersonName.of(v);
            if (n.isFull()) words = Math.max(words, n.words().size());
        }
        return words;
    }
}
