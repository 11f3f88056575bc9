package org.parley.store;

/** A store that cannot be opened, read or written, with a message a user can act on. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
