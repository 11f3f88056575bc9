package org.parley.read.internal;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Ends a compressed stream quietly where it is truncated or corrupt, and remembers why. Without it the
 * error reaches the character decoder in the middle of a buffer and the complete lines already
 * decompressed in that buffer are lost with it; with it, every complete line before the damage is read
 * and the reader reports the damage once, after them.
 */
final class TruncationGuard extends FilterInputStream {
    private IOException failure;

    TruncationGuard(InputStream in) { super(in); }

    /** The truncation or corruption met, or null. */
    IOException failure() { return failure; }

    @Override public int read() throws IOException {
        if (failure != null) return -1;
        try {
            return super.read();
        } catch (EOFException | ZipException e) {
            failure = e;
            return -1;
        }
    }

    @Override public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) return -1;
        try {
            return super.read(b, off, len);
        } catch (EOFException | ZipException e) {
            failure = e;
            return -1;
        }
    }
}
