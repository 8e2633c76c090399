package org.mscu.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * "Now" for one run, the seed world's epoch (the first run's "now"), and the seed data's relative times
 * resolved against them. Steps after receipt are placed relative to the referral's recorded receipt, so a
 * second run that finishes an interrupted first one puts them where the first would have; nothing is ever
 * placed in the future.
 */
final class Times {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final Instant now;
    private final Instant epoch;

    /** A run's times before it knows better: the epoch is its own "now" (the first run). */
    Times(Clock clock) {
        this(clock.instant().truncatedTo(ChronoUnit.SECONDS), null);
    }

    private Times(Instant now, Instant epoch) {
        this.now = now;
        this.epoch = epoch == null ? now : epoch;
    }

    /** This run's times in a seed world first created at {@code epoch} (found again from the seed's records). */
    Times since(Instant epoch) {
        return new Times(now, epoch);
    }

    Instant now() {
        return now;
    }

    /** When the seed world was first created: this run's "now" unless {@link #since} found an earlier run. */
    Instant epoch() {
        return epoch;
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
