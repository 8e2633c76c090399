package org.mscu.platform.events;

import java.time.Duration;

/** Exponential backoff for the relay: {@code initial × 2^failures}, never more than {@code max}. */
record Backoff(Duration initial, Duration max) {

    /** The wait before the next attempt, after {@code failures} failed ones (0 = the first failure just happened). */
    Duration after(int failures) {
        int exponent = Math.max(0, Math.min(failures, 30));
        long millis = initial.toMillis() << exponent;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
