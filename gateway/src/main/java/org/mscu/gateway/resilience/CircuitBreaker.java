package org.mscu.gateway.resilience;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A per-upstream circuit breaker. CLOSED: requests pass; {@code failureThreshold} consecutive
 * failures open it. OPEN: requests are refused at once until {@code openDuration} has passed.
 * HALF_OPEN: one probe request passes; its success closes the circuit, its failure opens it again.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean probeInFlight;

    public CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = nanoClock;
    }

    public CircuitBreaker(int failureThreshold, Duration openDuration) {
        this(failureThreshold, openDuration, System::nanoTime);
    }

    /** Whether a request may go to the upstream now; a true answer must be followed by a success or failure report. */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanoClock.getAsLong() - openedAt < openNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                return true;
            default:
                if (probeInFlight) {
                    return false;
                }
                probeInFlight = true;
                return true;
        }
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    public synchronized void onFailure() {
        probeInFlight = false;
        if (state == State.HALF_OPEN) {
            open();
            return;
        }
        consecutiveFailures++;
        if (state == State.CLOSED && consecutiveFailures >= failureThreshold) {
            open();
        }
    }

    /** The request ended without telling anything about the upstream (e.g. the client went away). */
    public synchronized void release() {
        probeInFlight = false;
    }

    /** Whole seconds until an open circuit lets a probe through (at least 1). */
    public synchronized long retryAfterSeconds() {
        long remaining = openNanos - (nanoClock.getAsLong() - openedAt);
        return Math.max(1, (long) Math.ceil(remaining / 1_000_000_000.0));
    }

    public synchronized State state() {
        if (state == State.OPEN && nanoClock.getAsLong() - openedAt >= openNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    private void open() {
        state = State.OPEN;
        openedAt = nanoClock.getAsLong();
        consecutiveFailures = 0;
    }
}
