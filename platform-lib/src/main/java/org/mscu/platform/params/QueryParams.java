package org.mscu.platform.params;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mscu.platform.problem.ProblemException;

/**
 * Query parameters read as strings and parsed here, so that a malformed value is a 400 problem
 * naming the parameter (JAX-RS itself answers 404 for a query parameter it cannot convert). Each
 * method returns {@code null} for an absent or blank value unless its name says "required".
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Instant instant(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an RFC 3339 instant, e.g. 2026-11-29T09:30:00Z");
        }
    }

    public static Instant instant(String name, String value, Instant fallback) {
        Instant instant = instant(name, value);
        return instant != null ? instant : fallback;
    }

    public static Instant requiredInstant(String name, String value) {
        return required(name, instant(name, value), "an RFC 3339 instant");
    }

    public static LocalDate date(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static LocalDate requiredDate(String name, String value) {
        return required(name, date(name, value), "a date (YYYY-MM-DD)");
    }

    public static UUID uuid(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + choices(type));
        }
    }

    /** Values given repeated ({@code f=A&f=B}) or comma-separated ({@code f=A,B}); empty when none. */
    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, String name, Collection<String> values) {
        Set<E> set = EnumSet.noneOf(type);
        if (values == null) {
            return set;
        }
        values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .filter(v -> !v.isBlank())
                .forEach(v -> set.add(enumOf(type, name, v)));
        return set;
    }

    public static Integer integer(String name, String value) {
        return integer(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (absent(value)) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.invalid(name, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    public static Boolean bool(String name, String value) {
        if (absent(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }

    private static <T> T required(String name, T value, String what) {
        if (value == null) {
            throw ProblemException.invalid(name, "is required: " + what);
        }
        return value;
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
