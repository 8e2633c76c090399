package org.mscu.victim.rota;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A tactical-advisor shift ends after it starts and lasts at most 24 hours. */
public final class ShiftRules {

    public static final Duration MAX_SHIFT = Duration.ofHours(24);

    private ShiftRules() {
    }

    /** Empty when the shift is valid, else the reason it is not. */
    public static Optional<String> violation(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return Optional.of("must be after start");
        }
        if (Duration.between(start, end).compareTo(MAX_SHIFT) > 0) {
            return Optional.of("a shift lasts at most 24 hours");
        }
        return Optional.empty();
    }
}
