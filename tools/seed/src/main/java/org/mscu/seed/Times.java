package org.mscu.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * "Now" for one run, and the seed data's relative times resolved against it. Steps after receipt are
 * placed relative to the referral's recorded receipt, so a second run that finishes an interrupted first
 * one puts them where the first would have; nothing is ever placed in the future.
 */
final class Times {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final Instant now;

    Times(Clock clock) {
        this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, UK);
    }

    /** {@code hours} after {@code start}, but at the latest a minute ago. */
    Instant after(Instant start, long hours) {
        Instant at = start.plus(Duration.ofHours(hours));
        Instant latest = now.minus(Duration.ofMinutes(1));
        return at.isAfter(latest) ? latest : at;
    }
}
