package org.parley.read.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into a string: byte-order mark first, then strict UTF-8, then (for
 * HTML) a declared meta charset, then juniversalchardet's guess, and windows-1252 as the last resort
 * (it decodes any byte). Also tells binary files from text.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {}

    /** The decoded text and the charset that produced it. */
    public record Decoded(String text, String charset) {}

    /**
     * Why {@code bytes} are not text, or null when they look like text. Looks at the first 64 KiB:
     * NUL bytes (outside UTF-16) or more than 10% control characters mean binary.
     */
    public static String binaryReason(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return null; // UTF-16 with BOM: NULs are expected
        }
        if (utf16WithoutBom(bytes) != null) return null;
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return "binary file (NUL bytes)";
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) control++;
        }
        if (n > 0 && control * 10 > n) return "binary file (mostly non-text bytes)";
        return null;
    }

    public static Decoded decode(byte[] bytes, boolean html) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) return new Decoded(new String(bytes, utf16), utf16.name());
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) return new Decoded(utf8, "UTF-8");
        if (html) {
            String declared = declaredCharset(bytes);
            if (declared != null && !declared.equals("UTF-8")) {
                return new Decoded(new String(bytes, Charset.forName(declared)), declared);
            }
        }
        String guess = guess(bytes);
        // Latin-1 guesses are upgraded to windows-1252, its superset that browsers use for both names.
        if (guess == null || guess.equals("ISO-8859-1") || guess.equals("US-ASCII") || guess.equals("UTF-8")) {
            guess = "windows-1252";
        }
        return new Decoded(new String(bytes, Charset.forName(guess)), guess);
    }

    /**
     * UTF-16 without a byte-order mark, told by where the NUL bytes are: text in a Latin script has a NUL
     * as the high byte of most characters, so in UTF-16LE most odd bytes are NUL and almost no even one
     * (the reverse in UTF-16BE). Binary data has NULs on both sides. Looks at the first 64 KiB.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024) & ~1;
        if (n < 4) return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 4 && evenNul * 50 <= pairs) return StandardCharsets.UTF_16LE;
        if (evenNul * 10 >= pairs * 4 && oddNul * 50 <= pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            Charset cs = Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
            String name = cs.name();
            return name.equals("ISO-8859-1") || name.equals("US-ASCII") ? "windows-1252" : name;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) return null;
        try {
            return Charset.isSupported(name) ? Charset.forName(name).name() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
