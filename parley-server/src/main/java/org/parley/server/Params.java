package org.parley.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and checks query parameters; a bad one is a 400 naming it. */
final class Params {
    static final int DEFAULT_PAGE = 20, MAX_PAGE = 100, MAX_OFFSET = 10_000, MAX_VALUE_CHARS = 500;

    private final Context ctx;

    Params(Context ctx) { this.ctx = ctx; }

    /** The value, stripped, or null when absent or blank; longer than {@link #MAX_VALUE_CHARS} is a 400. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_VALUE_CHARS) {
            throw new ApiError(400, "parameter '" + name + "' is longer than " + MAX_VALUE_CHARS + " characters");
        }
        return v.strip();
    }

    String required(String name) {
        String v = text(name);
        if (v == null) throw new ApiError(400, "parameter '" + name + "' is required");
        return v;
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ApiError(400, "parameter '" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    Integer integer(String name, int min, int max) {
        String v = text(name);
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new ApiError(400, "parameter '" + name + "' must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new ApiError(400, "parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    int offset() {
        Integer o = integer("offset", 0, MAX_OFFSET);
        return o == null ? 0 : o;
    }

    int limit() {
        Integer l = integer("limit", 1, MAX_PAGE);
        return l == null ? DEFAULT_PAGE : l;
    }

    /** One of an enum's constants by name (any case), or null when the parameter is absent. */
    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        if (v == null) return null;
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(v)) return c;
        }
        throw new ApiError(400, "parameter '" + name + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                + ", not '" + v + "'");
    }

    boolean flag(String name, boolean dflt) {
        String v = text(name);
        if (v == null) return dflt;
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ApiError(400, "parameter '" + name + "' must be true or false");
        };
    }
}
