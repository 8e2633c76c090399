package org.mscu.platform.pagination;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mscu.platform.problem.ProblemException;

/**
 * The sort keys of the last row of a page, opaque to clients: base64url of a JSON array of
 * strings. {@code Cursor.of(row.createdAt, row.id).encode()}; read back with
 * {@link #instant(int)}, {@link #uuid(int)}, ... — a key of the wrong shape is a 400 on {@code cursor}.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> keys;

    private Cursor(List<String> keys) {
        this.keys = keys;
    }

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(key -> Objects.requireNonNull(key, "cursor key").toString()).toList());
    }

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(keys));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode cursor", e);
        }
    }

    /** Decodes a client's cursor; anything that is not one of ours is a 400 on {@code cursor}. */
    public static Cursor decode(String encoded) {
        try {
            String[] keys = JSON.readValue(Base64.getUrlDecoder().decode(encoded), String[].class);
            if (keys.length == 0 || Arrays.stream(keys).anyMatch(Objects::isNull)) {
                throw invalid();
            }
            return new Cursor(List.of(keys));
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    public int size() {
        return keys.size();
    }

    public String text(int index) {
        if (index >= keys.size()) {
            throw invalid();
        }
        return keys.get(index);
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(text(index));
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid();
        }
    }

    public UUID uuid(int index) {
        try {
            return UUID.fromString(text(index));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public long number(int index) {
        try {
            return Long.parseLong(text(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "is not a cursor this list returned");
    }

    @Override
    public String toString() {
        return "Cursor" + keys;
    }
}
