package org.mscu.victim.rota;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open period of time [from, to). */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a window ends after it starts");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    public boolean overlaps(TimeWindow other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
