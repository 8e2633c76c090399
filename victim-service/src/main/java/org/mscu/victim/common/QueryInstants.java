package org.mscu.victim.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.mscu.platform.problem.ProblemException;

/** Reads RFC 3339 instants from query parameters; a malformed one is a 400 naming the parameter. */
public final class QueryInstants {

    private QueryInstants() {
    }

    /** The instant, or {@code null} when absent. */
    public static Instant optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an RFC 3339 instant, e.g. 2026-12-01T08:00:00Z");
        }
    }

    public static Instant required(String name, String value) {
        Instant instant = optional(name, value);
        if (instant == null) {
            throw ProblemException.invalid(name, "is required");
        }
        return instant;
    }
}
