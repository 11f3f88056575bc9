package org.parley.eval.timeml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * A minimal reader of (uncompressed) tar streams: regular files only, ustar and GNU long names. Enough
 * to read a TimeML corpus straight from its archive without unpacking it.
 */
final class TarEntries {
    private TarEntries() {}

    static void forEach(InputStream in, BiConsumer<String, byte[]> consumer) throws IOException {
        byte[] header = new byte[512];
        String longName = null;
        while (readFully(in, header)) {
            if (isZero(header)) break;
            String name = cString(header, 0, 100);
            String prefix = cString(header, 345, 155);
            long size = octal(header, 124, 12);
            char kind = (char) header[156];
            byte[] data = in.readNBytes((int) size);
            long pad = (512 - size % 512) % 512;
            in.skipNBytes(pad);
            if (kind == 'L') { // GNU long name for the next entry
                longName = new String(data, StandardCharsets.UTF_8).replace("\0", "");
                continue;
            }
            String full = longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name;
            longName = null;
            if (kind == '0' || kind == '\0') consumer.accept(full, data);
        }
    }

    private static boolean readFully(InputStream in, byte[] buf) throws IOException {
        int n = in.readNBytes(buf, 0, buf.length);
        return n == buf.length;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int off, int len) {
        long v = 0;
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '7') v = v * 8 + (c - '0');
            else if (v > 0 && (c == 0 || c == ' ')) break;
        }
        return v;
    }
}
