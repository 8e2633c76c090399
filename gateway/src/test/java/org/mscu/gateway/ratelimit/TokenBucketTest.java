package org.mscu.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void allowsTheBurstAtOnceThenRefusesWithTheWaitForTheNextToken() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        for (int i = 0; i < 3; i++) {
            assertTrue(bucket.take(0).allowed());
        }
        TokenBucket.Decision refused = bucket.take(0);
        assertFalse(refused.allowed());
        assertEquals(500, refused.retryAfterMillis());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void tellsTheTokensLeftAndWhenTheBucketIsFullAgain() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        TokenBucket.Decision first = bucket.take(0);
        assertEquals(3, first.limit());
        assertEquals(2, first.remaining());
        assertEquals(500, first.resetMillis());
        bucket.take(0);
        TokenBucket.Decision last = bucket.take(0);
        assertEquals(0, last.remaining());
        assertEquals(1500, last.resetMillis());
        assertEquals(2, last.resetSeconds());
        assertEquals(0, bucket.take(0).remaining());
    }

    @Test
    void refillsAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        assertTrue(bucket.take(0).allowed());
        assertFalse(bucket.take(499).allowed());
        assertTrue(bucket.take(500).allowed());
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        bucket.take(0);
        assertTrue(bucket.take(1_000_000).allowed());
        assertTrue(bucket.take(1_000_000).allowed());
        assertFalse(bucket.take(1_000_000).allowed());
    }

    @Test
    void roundsRetryAfterUpToWholeSeconds() {
        TokenBucket bucket = new TokenBucket(1, 0.1, 0);
        bucket.take(0);
        assertEquals(10, bucket.take(0).retryAfterSeconds());
    }

    @Test
    void rejectsAnEmptyBucketOrRate() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, 0));
    }
}
