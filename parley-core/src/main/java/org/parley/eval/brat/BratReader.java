package org.parley.eval.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads PolNeAR's BRAT standoff: a folder with {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}
 * (or a parent folder with {@code train/} and {@code dev/} holding those). {@code T} lines are
 * Source/Cue/Content (and Attribution) spans, possibly discontinuous; {@code E} lines tie them.
 * When an article was annotated by several annotators, the annotation file that sorts first is
 * used, so that each article counts once. Unreadable files are skipped with a message on stderr.
 */
public final class BratReader {
    private BratReader() {}

    /** Documents under {@code root} for {@code split} ("dev", "train" or "all"), sorted by id. */
    public static List<BratDocument> read(Path root, String split) throws IOException {
        List<BratDocument> out = new ArrayList<>();
        if (Files.isDirectory(root.resolve("text"))) {
            out.addAll(readSplit(root, root.getFileName() == null ? "" : root.getFileName().toString()));
            return out;
        }
        for (String s : "all".equals(split) ? List.of("train", "dev") : List.of(split)) {
            Path dir = root.resolve(s);
            if (Files.isDirectory(dir.resolve("text"))) out.addAll(readSplit(dir, s));
        }
        return out;
    }

    private static List<BratDocument> readSplit(Path dir, String split) throws IOException {
        Map<String, Path> annByText = new TreeMap<>();
        try (Stream<Path> anns = Files.list(dir.resolve("attributions"))) {
            for (Path p : anns.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".ann")) continue;
                String stem = name.substring(0, name.length() - 4);
                int us = stem.lastIndexOf('_');
                String textId = us > 0 ? stem.substring(0, us) : stem;
                annByText.putIfAbsent(textId, p);
            }
        }
        List<BratDocument> out = new ArrayList<>();
        for (Map.Entry<String, Path> e : annByText.entrySet()) {
            Path txt = dir.resolve("text").resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) continue;
            try {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                out.add(new BratDocument(e.getKey(), split, text, parse(Files.readAllLines(e.getValue(), StandardCharsets.UTF_8))));
            } catch (IOException | RuntimeException ex) {
                System.err.println("skipped " + e.getKey() + ": " + ex.getMessage());
            }
        }
        return out;
    }

    /** Attributions of one .ann file. */
    public static List<BratAttribution> parse(List<String> lines) {
        Map<String, BratSpan> spans = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].startsWith("T")) continue;
            int sp = f[1].indexOf(' ');
            if (sp < 0) continue;
            try {
                spans.put(f[0], BratSpan.parse(f[1].substring(sp + 1)));
            } catch (RuntimeException ex) {
                // malformed span: ignore the line
            }
        }
        List<BratAttribution> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2 || !f[0].startsWith("E")) continue;
            BratSpan source = null, cue = null, content = null;
            for (String arg : f[1].trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) continue;
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                BratSpan s = spans.get(arg.substring(colon + 1));
                switch (role) {
                    case "Source" -> source = s;
                    case "Cue" -> cue = s;
                    case "Content" -> content = s;
                    default -> { }
                }
            }
            out.add(new BratAttribution(source, cue, content));
        }
        return out;
    }
}
