package org.mscu.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerRulesTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void staysClosedBelowTheThreshold() {
        fail(2);
        assertTrue(breaker.tryAcquire());
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void aSuccessResetsTheCountOfConsecutiveFailures() {
        fail(2);
        breaker.tryAcquire();
        breaker.onSuccess();
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void opensAtTheThresholdAndRefusesUntilTheOpenDurationHasPassed() {
        fail(3);
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.retryAfterSeconds());
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertFalse(breaker.tryAcquire());
        assertEquals(1, breaker.retryAfterSeconds());
    }

    @Test
    void letsExactlyOneProbeThroughWhenHalfOpen() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.tryAcquire());
        assertFalse(breaker.tryAcquire());
    }

    @Test
    void closesWhenTheProbeSucceeds() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        breaker.tryAcquire();
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void opensAgainForAFullPeriodWhenTheProbeFails() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        breaker.tryAcquire();
        breaker.onFailure();
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.retryAfterSeconds());
    }

    @Test
    void aProbeWhoseClientWentAwayLetsTheNextProbeThrough() {
        fail(3);
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        breaker.tryAcquire();
        breaker.release();
        assertTrue(breaker.tryAcquire());
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.tryAcquire();
            breaker.onFailure();
        }
    }
}
