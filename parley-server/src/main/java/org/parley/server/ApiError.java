package org.parley.server;

/** A request the API refuses, with the HTTP status (4xx) and a message for the caller. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }
}
