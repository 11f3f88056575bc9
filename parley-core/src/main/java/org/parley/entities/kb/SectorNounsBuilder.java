package org.parley.entities.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.knowledge.wordnet.Sense;
import org.parley.knowledge.wordnet.WordClass;
import org.parley.knowledge.wordnet.WordNet;

/**
 * Development-time generator of {@code sector-nouns.tsv} and {@code non-agent-nouns.tsv}: PLOVER sectors for head nouns, from the seed
 * senses of {@code sector-seeds.tsv} ("soldier" sense 1 -> MIL) and their WordNet 3.1 hyponyms, minus
 * the words of {@code sector-exclusions.tsv}. Run time reads only the generated file, so WordNet is
 * never loaded by {@code analyze}. A word gets a sector only when its <i>most frequent</i> noun sense
 * lies under a seed ("bomber" is first an aircraft, so MIL; "tank" is first a vessel, so nothing): a
 * word's rarer senses would code ordinary words as actors. When two seeds cover the sense, the nearer
 * one wins ("military policeman" is under both "policeman" and "serviceman"; it is nearer the first).
 *
 * <pre>
 * java -cp "parley-core/target/classes:$(cat /tmp/cp.txt)" org.parley.entities.kb.SectorNounsBuilder \
 *     parley-core/src/main/resources/org/parley/entities/kb
 * java ... SectorNounsBuilder --show soldier tank bomber     # senses with their glosses, to choose seeds
 * </pre>
 */
public final class SectorNounsBuilder {
    private record Seed(String lemma, int senseNumber, String sector, int depth) {}

    /** Seeds with this sector list gatherings and agreements that WordNet files as groups: non-agent nouns. */
    static final String NONE = "NONE";

    private record Hit(String sector, int distance, String seed) {}

    private SectorNounsBuilder() {}

    public static void main(String[] args) throws IOException {
        WordNet wn = WordNet.load();
        if (args.length > 0 && args[0].equals("--show")) {
            for (int i = 1; i < args.length; i++) {
                List<Sense> ss = wn.senses(args[i].replace('_', ' '), WordClass.NOUN);
                for (int k = 0; k < ss.size(); k++) System.out.printf("%s %d %s %s: %s%n", args[i], k + 1, ss.get(k).id(), ss.get(k).lemmas(), ss.get(k).gloss());
            }
            return;
        }
        Path dir = Path.of(args[0]);
        List<Seed> seeds = readSeeds(dir.resolve("sector-seeds.tsv"));
        Set<String> excluded = readWords(dir.resolve("sector-exclusions.tsv"));
        Map<String, Hit> bySense = new LinkedHashMap<>();
        for (Seed s : seeds) {
            List<Sense> senses = wn.senses(s.lemma(), WordClass.NOUN);
            if (s.senseNumber() < 1 || s.senseNumber() > senses.size()) throw new IllegalArgumentException("no sense " + s.senseNumber() + " of " + s.lemma());
            Sense root = senses.get(s.senseNumber() - 1);
            put(bySense, root.id(), new Hit(s.sector(), 0, s.lemma()));
            // breadth first, one level at a time, to know each sense's distance from the seed
            List<Sense> seen = new ArrayList<>();
            for (int d = 1; d <= s.depth(); d++) {
                for (Sense h : wn.hyponyms(root, d)) {
                    if (seen.stream().anyMatch(x -> x.id().equals(h.id()))) continue;
                    seen.add(h);
                    put(bySense, h.id(), new Hit(s.sector(), d, s.lemma()));
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        Map<String, String> why = new TreeMap<>();
        int notFirst = 0, names = 0;
        Set<String> adjectives = new java.util.TreeSet<>();
        ProperNames proper = new ProperNames();
        for (Map.Entry<String, Hit> e : bySense.entrySet()) {
            Sense sense = wn.sense(e.getKey()).orElseThrow();
            for (String lemma : sense.lemmas()) {
                String l = lemma.toLowerCase(Locale.ROOT);
                if (excluded.contains(l) || !l.matches("[a-z][a-z .'-]*")) continue;
                if (proper.isProperName(e.getKey())) { names++; continue; }
                // "religious", "senior", "private", "military": also adjectives, which a phrase scan cannot tell apart
                if (!wn.senses(l, WordClass.ADJECTIVE).isEmpty()) { adjectives.add(l); continue; }
                List<Sense> all = wn.senses(l, WordClass.NOUN);
                boolean seedSense = e.getValue().distance() == 0; // a seed's own sense was chosen by hand
                if (!seedSense && (all.isEmpty() || !all.get(0).id().equals(sense.id()))) { notFirst++; continue; }
                out.put(l, e.getValue().sector());
                why.put(l, e.getValue().seed());
            }
        }
        Set<String> eventNouns = new java.util.TreeSet<>();
        out.entrySet().removeIf(x -> { if (x.getValue().equals(NONE)) { eventNouns.add(x.getKey()); return true; } return false; });
        StringBuilder b = new StringBuilder();
        b.append("# kind: roles\n");
        b.append("# GENERATED by org.parley.entities.kb.SectorNounsBuilder from sector-seeds.tsv and WordNet 3.1 hyponyms,\n");
        b.append("# minus sector-exclusions.tsv. Do not edit: change the seeds or the exclusions and regenerate.\n");
        b.append("# Same columns as roles.tsv (phrase, sector, strength); roles.tsv is read after this file and wins.\n");
        b.append("# A word is listed only when its most frequent WordNet noun sense lies under a seed. Last column: the seed.\n");
        for (Map.Entry<String, String> e : out.entrySet()) b.append(e.getKey()).append('\t').append(e.getValue()).append("\t\t").append(why.get(e.getKey())).append('\n');
        Files.writeString(dir.resolve("sector-nouns.tsv"), b.toString(), StandardCharsets.UTF_8);
        writeNonAgentNouns(dir, wn, proper, out.keySet(), eventNouns);
        System.out.println("also adjectives, skipped: " + adjectives);
        System.out.println(out.size() + " nouns written; " + notFirst + " lemmas skipped (a rarer sense); " + names + " proper names skipped; " + excluded.size() + " exclusions");
    }

    /**
     * Proper names (instances such as a named president, agency or company, or capitalised lemmas) are not
     * role words: the facade lower-cases lemmas and follows instance links, so this asks extJWNL directly.
     */
    private static final class ProperNames {
        private final net.sf.extjwnl.dictionary.Dictionary dict;

        ProperNames() {
            try {
                dict = net.sf.extjwnl.dictionary.Dictionary.getDefaultResourceInstance();
            } catch (net.sf.extjwnl.JWNLException e) {
                throw new IllegalStateException(e);
            }
        }

        String lexFile(String senseId) {
            try {
                return synset(senseId).getLexFileName();
            } catch (net.sf.extjwnl.JWNLException e) {
                throw new IllegalStateException(e);
            }
        }

        int useCount(String senseId, String lemma) {
            try {
                for (net.sf.extjwnl.data.Word w : synset(senseId).getWords()) {
                    if (w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' ').equals(lemma)) return w.getUseCount();
                }
                return 0;
            } catch (net.sf.extjwnl.JWNLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Every lower-case noun lemma of WordNet. */
        List<String> commonNounLemmas() {
            try {
                List<String> out = new ArrayList<>();
                var it = dict.getIndexWordIterator(net.sf.extjwnl.data.POS.NOUN);
                while (it.hasNext()) {
                    String l = it.next().getLemma();
                    if (l.equals(l.toLowerCase(Locale.ROOT))) out.add(l.replace('_', ' '));
                }
                return out;
            } catch (net.sf.extjwnl.JWNLException e) {
                throw new IllegalStateException(e);
            }
        }

        private net.sf.extjwnl.data.Synset synset(String senseId) throws net.sf.extjwnl.JWNLException {
            int dash = senseId.lastIndexOf('-');
            return dict.getSynsetAt(net.sf.extjwnl.data.POS.NOUN, Long.parseLong(senseId.substring(0, dash)));
        }

        boolean isProperName(String senseId) {
            try {
                int dash = senseId.lastIndexOf('-');
                net.sf.extjwnl.data.Synset s = dict.getSynsetAt(net.sf.extjwnl.data.POS.NOUN, Long.parseLong(senseId.substring(0, dash)));
                if (!s.getPointers(net.sf.extjwnl.data.PointerType.INSTANCE_HYPERNYM).isEmpty()) return true;
                for (net.sf.extjwnl.data.Word w : s.getWords()) if (!w.getLemma().equals(w.getLemma().toLowerCase(Locale.ROOT))) return true;
                return false;
            } catch (net.sf.extjwnl.JWNLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * WordNet lexicographer files of nouns that name no one who acts: acts, events, communications,
     * thoughts, states, attributes, times, feelings, processes, phenomena, relations, quantities.
     */
    private static final Set<String> NON_AGENT_LEXFILES = Set.of("noun.act", "noun.event", "noun.communication",
            "noun.cognition", "noun.state", "noun.attribute", "noun.time", "noun.feeling", "noun.process",
            "noun.phenomenon", "noun.relation", "noun.quantity", "noun.motive", "noun.possession");

    /**
     * Writes {@code non-agent-nouns.tsv}: common nouns ("agreement", "conference", "retaliation",
     * "withdrawal") whose most frequent sense is in {@link #NON_AGENT_LEXFILES}, so that a phrase headed by
     * one ("the Minsk agreements", "French retaliation") is not coded as the country acting. Only words
     * WordNet has seen in its sense-tagged corpus (use count > 0) are kept, to keep the file small.
     */
    private static void writeNonAgentNouns(Path dir, WordNet wn, ProperNames proper, Set<String> sectorNouns,
                                           Set<String> eventNouns) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String l : eventNouns) out.put(l, "seed");
        for (String lemma : proper.commonNounLemmas()) {
            String l = lemma.toLowerCase(Locale.ROOT);
            if (sectorNouns.contains(l) || !l.matches("[a-z][a-z -]*")) continue;
            List<Sense> senses = wn.senses(l, WordClass.NOUN);
            if (senses.isEmpty()) continue;
            String lexfile = proper.lexFile(senses.get(0).id());
            if (NON_AGENT_LEXFILES.contains(lexfile) && proper.useCount(senses.get(0).id(), l) > 0) out.put(l, lexfile);
        }
        StringBuilder b = new StringBuilder();
        b.append("# GENERATED by org.parley.entities.kb.SectorNounsBuilder from WordNet 3.1. Do not edit: regenerate.\n");
        b.append("# Nouns naming no one who acts (their most frequent sense is an act, event, communication, state...):\n");
        b.append("# a phrase headed by one and naming no role is no actor (\"the Minsk agreements\", \"French retaliation\").\n");
        b.append("# Role words of roles.tsv and sector-nouns.tsv win over this list. Columns: noun, WordNet lexicographer file.\n");
        for (Map.Entry<String, String> e : out.entrySet()) b.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        Files.writeString(dir.resolve("non-agent-nouns.tsv"), b.toString(), StandardCharsets.UTF_8);
        System.out.println(out.size() + " non-agent nouns written");
    }

    private static void put(Map<String, Hit> m, String id, Hit h) {
        Hit old = m.get(id);
        if (old == null || h.distance() < old.distance()) m.put(id, h);
    }

    private static List<Seed> readSeeds(Path p) throws IOException {
        List<Seed> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.add(new Seed(f[0].strip(), Integer.parseInt(f[1].strip()), f[2].strip(), f.length > 3 && !f[3].isBlank() ? Integer.parseInt(f[3].strip()) : 6));
        }
        return out;
    }

    private static Set<String> readWords(Path p) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line.split("\t")[0].strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

}
