package org.mscu.accommodation.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mscu.platform.problem.ProblemException;

/** Query parameters parsed with problems that name the parameter (JAX-RS would answer 404). */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an RFC 3339 instant, e.g. 2026-11-30T22:00:00Z");
        }
    }

    public static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    /** Features given repeated ({@code features=A&features=B}) or comma-separated ({@code features=A,B}). */
    public static Set<Feature> features(String name, Collection<String> values) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        List<String> names = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> names.addAll(List.of(v.split(","))));
        }
        for (String value : names) {
            if (value.isBlank()) {
                continue;
            }
            try {
                features.add(Feature.valueOf(value.strip()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(name, "unknown feature; one of " + List.of(Feature.values()));
            }
        }
        return features;
    }
}
