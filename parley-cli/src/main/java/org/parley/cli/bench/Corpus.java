package org.parley.cli.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's articles: the .txt files of a folder (recursively; BRAT .ann files and anything
 * else ignored), or of a .tar.gz, which is unpacked (its .txt files only) into a temporary folder
 * deleted by {@link #close()}. Sorted by path, so every run sees the same articles in the same order.
 */
public final class Corpus implements AutoCloseable {
    private final List<Path> files;
    private final Path temp;

    private Corpus(List<Path> files, Path temp) {
        this.files = files;
        this.temp = temp;
    }

    public static Corpus open(Path source, int limit) throws IOException {
        if (Files.isDirectory(source)) return new Corpus(txtFiles(source, limit), null);
        Path temp = Files.createTempDirectory("parley-bench");
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
            untarTxt(in, temp);
        }
        return new Corpus(txtFiles(temp, limit), temp);
    }

    public List<Path> files() { return files; }

    private static List<Path> txtFiles(Path dir, int limit) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            return limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
        }
    }

    /** A minimal ustar reader: regular files ending in .txt are written under {@code to}, flattened per entry path. */
    private static void untarTxt(InputStream in, Path to) throws IOException {
        byte[] header = new byte[512];
        String longName = null;
        while (in.readNBytes(header, 0, 512) == 512) {
            boolean empty = true;
            for (byte b : header) if (b != 0) { empty = false; break; }
            if (empty) break;
            String name = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            if (!prefix.isEmpty()) name = prefix + "/" + name;
            long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
            char type = (char) header[156];
            byte[] data = in.readNBytes((int) size);
            long pad = (512 - size % 512) % 512;
            in.skipNBytes(pad);
            if (type == 'L') { longName = new String(data, StandardCharsets.UTF_8).trim(); continue; }
            if (longName != null) { name = longName; longName = null; }
            if ((type == '0' || type == 0) && name.endsWith(".txt") && !name.contains("..")) {
                Path out = to.resolve(name.replace('/', '_').replaceFirst("^\\._", ""));
                Files.write(out, data);
            }
        }
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) end++;
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    @Override public void close() throws IOException {
        if (temp != null) new Deleter(temp).run();
    }

    /** Deletes a folder tree; failures are ignored (it is a temporary folder). */
    public record Deleter(Path root) implements Runnable {
        @Override public void run() {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
