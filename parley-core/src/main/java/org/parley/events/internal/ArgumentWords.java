package org.parley.events.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.knowledge.TsvLoader;

/**
 * The closed-class words argument finding reads ({@code argument-words.tsv}, format in its header):
 * third-person pronouns with their number and gender, the verbs whose subject receives what their
 * object noun names, and the nouns for the other party of a relation.
 */
final class ArgumentWords {
    enum Number { SINGULAR, PLURAL }

    /** What a pronoun can stand for: a man or a woman (a person), a state or body (neuter), or unknown. */
    enum Gender { MASCULINE, FEMININE, NEUTER, UNKNOWN }

    record Pronoun(String word, Number number, Gender gender) {
        boolean person() { return gender == Gender.MASCULINE || gender == Gender.FEMININE; }
    }

    static final ArgumentWords BUILT_IN = load("/org/parley/events/argument-words.tsv");

    private final Map<String, Pronoun> pronouns = new HashMap<>();
    private final Set<String> recipients = new HashSet<>();
    private final Set<String> counterparts = new HashSet<>();
    private final Set<String> possessives = new HashSet<>();
    private final Set<String> borders = new HashSet<>();
    private final Set<String> disputes = new HashSet<>();
    private final Set<String> protests = new HashSet<>();
    private final Set<String> conditions = new HashSet<>();
    private final Set<String> domesticSectors = new HashSet<>();
    private final Set<String> targetPreps = new HashSet<>();
    private final Set<String> verbObjectPreps = new HashSet<>();
    private final Set<String> nounObjectPreps = new HashSet<>();
    private final Set<String> relatives = new HashSet<>();
    private final Set<String> politicalSectors = new HashSet<>();

    private ArgumentWords() {}

    static ArgumentWords load(String resource) {
        ArgumentWords w = new ArgumentWords();
        for (TsvLoader.Row r : TsvLoader.resource(resource)) {
            String word = r.cell(1).toLowerCase(Locale.ROOT);
            switch (r.cell(0)) {
                case "pronoun" -> w.pronouns.put(word, new Pronoun(word, Number.valueOf(r.cell(2).toUpperCase(Locale.ROOT)),
                        r.cellOr(3, null) == null ? Gender.UNKNOWN : Gender.valueOf(r.cell(3).toUpperCase(Locale.ROOT))));
                case "recipient" -> w.recipients.add(word);
                case "counterpart" -> w.counterparts.add(word);
                case "possessive" -> w.possessives.add(word);
                case "border" -> w.borders.add(word);
                case "dispute" -> w.disputes.add(word);
                case "protest" -> w.protests.add(word);
                case "threat_condition" -> w.conditions.add(word);
                case "domestic" -> w.domesticSectors.add(r.cell(1).toUpperCase(Locale.ROOT));
                case "target_prep" -> w.targetPreps.add(word);
                case "verb_object_prep" -> w.verbObjectPreps.add(word);
                case "noun_object_prep" -> w.nounObjectPreps.add(word);
                case "relative" -> w.relatives.add(word);
                case "political" -> w.politicalSectors.add(r.cell(1).toUpperCase(Locale.ROOT));
                default -> throw new IllegalArgumentException(r.where() + ": unknown class " + r.cell(0));
            }
        }
        return w;
    }

    /** The pronoun {@code lowerWord} is, or null when it is none of the listed ones. */
    Pronoun pronoun(String lowerWord) { return pronouns.get(lowerWord); }

    /** A verb whose subject receives what its object noun names ("won the endorsement of X"). */
    boolean recipient(String lemma) { return recipients.contains(lemma); }

    /** A third-person possessive determiner ("his", "their"). */
    boolean possessive(String lowerWord) { return possessives.contains(lowerWord); }

    /** A noun for the other party of a relation ("neighbour", "rival"): its possessor is not its country. */
    boolean counterpart(String lemma) { return counterparts.contains(lemma); }

    /** A noun for the border between two states ("border", "frontier"): the state across it is a target. */
    boolean border(String lemma) { return borders.contains(lemma); }

    /** A noun for a conflict between parties ("standoff", "dispute"): its with-phrase names the other side. */
    boolean dispute(String lemma) { return disputes.contains(lemma); }

    /** A noun for the stance of a protest ("in protest against X", "in defiance of X"): its phrase names the target. */
    boolean protest(String lemma) { return protests.contains(lemma); }

    /** A subordinator of a condition ("unless", "if"): a threat is aimed at the subject of its condition. */
    boolean threatCondition(String lemma) { return conditions.contains(lemma); }

    /** A sector whose unnamed groups act mostly within their own state ("protesters", "police", "militants"). */
    boolean domesticSector(String sector) { return sector != null && domesticSectors.contains(sector); }

    /** Prepositions whose phrase after a trigger names its target ("sanctions on X", "talks with X"), lower case. */
    Set<String> targetPreps() { return Set.copyOf(targetPreps); }

    /** Prepositions whose phrase after a verb trigger is its object for the argument-kinds test ("slammed into X"). */
    Set<String> verbObjectPreps() { return Set.copyOf(verbObjectPreps); }

    /** Prepositions whose phrase after a noun trigger is its object for the argument-kinds test ("an attack on X"). */
    Set<String> nounObjectPreps() { return Set.copyOf(nounObjectPreps); }

    /** Relative pronouns ("who", "which"): a relative clause's subject, whose antecedent is the actor. */
    boolean relative(String lowerWord) { return relatives.contains(lowerWord); }

    /** A sector of political actors, whose attacks on each other are words (VerbalAttackRule). */
    boolean political(String sector) { return sector != null && politicalSectors.contains(sector); }
}
